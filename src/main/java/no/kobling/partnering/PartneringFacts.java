package no.kobling.partnering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.shared.FactsFilter;

/**
 * Facts of partner search for computing results (the indicator module, docs/indicators.md). Set-based (one query per
 * call). Aggregate facts only: no notes, no reasons. Callers need {@code VIEW_REPORTS}, {@code MANAGE_PROJECTS} or
 * {@code LOG_PROJECT_HOURS}; the caller's module decides which partnership or project the caller may compute for.
 */
public interface PartneringFacts {

    /**
     * Outcomes of the given kinds ({@code LETTER_OF_INTENT}, {@code TRANSACTION}, ...) recorded on cases of the
     * filter's partnership, by the day they occurred, on cases tagged with the filter's project when it names one.
     * Cases carry no municipality: the caller places an outcome by its cases' companies.
     */
    List<OutcomeFact> outcomes(FactsFilter filter, Set<String> kinds);

    /** {@code companyB} is null while a case has no partner; {@code amount}/{@code currency} only on transactions. */
    record OutcomeFact(long id, long caseId, String kind, LocalDate occurredOn, long companyA, Long companyB,
            BigDecimal amount, String currency) {
    }
}
