package no.kobling.advisory.catalogue.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * One ranked expert: score out of 100 and the reasons behind it, each a message key with arguments (the web layer
 * words them in the reader's language).
 */
public record ExpertMatch(long personId, String name, String organisationName, String homeMunicipalityName,
        List<String> languages, int score, List<String> matchedCompetences, boolean speaksLanguage,
        BigDecimal hoursPerMonth, BigDecimal hoursLeft, String distance, List<Reason> reasons) {

    public record Reason(String messageKey, List<Object> args) {

        public Object[] argArray() {
            return args.toArray();
        }
    }
}
