package no.kobling.survey.result.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.ActorZones;
import no.kobling.indicator.IndicatorSource;
import no.kobling.shared.LocalDay;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.domain.SurveyIndicatorMapping;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.persistence.SurveyIndicatorMappingRepository;
import no.kobling.survey.result.persistence.SurveyResultQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code survey-*} indicators of a project: the mappings of the surveys tied to it (a mapping counts while its
 * survey is still tied to the project). Values over completed responses whose completion day (in the zone of the
 * survey's partnership) lies in the period. SUM of the numbers; COUNT of responses that chose the option; MEAN of the
 * numbers (two decimals; no value when nobody answered). Subjects: the distinct responding companies (responses
 * without a company count one each).
 */
@Component
class SurveyIndicatorSource implements IndicatorSource {

    private final SurveyIndicatorMappingRepository mappings;
    private final SurveyDefinitions definitions;
    private final SurveyResultQueries queries;
    private final ActorZones zones;
    private final MessageSource messages;

    SurveyIndicatorSource(SurveyIndicatorMappingRepository mappings, SurveyDefinitions definitions,
            SurveyResultQueries queries, ActorZones zones, MessageSource messages) {
        this.mappings = mappings;
        this.definitions = definitions;
        this.queries = queries;
        this.zones = zones;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Definition> definitions(long projectId) {
        return current(projectId).stream().map(m -> {
            Map<String, String> units = new LinkedHashMap<>();
            for (String lang : SurveyDefinitions.LANGUAGES) {
                units.put(lang, messages.getMessage("surveyresult.unit." + m.getUnit(), null, m.getUnit(),
                        Locale.forLanguageTag(lang)));
            }
            return new Definition(m.getCode(), m.getUnit(), m.names(), units);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SourceValue> values(long projectId, LocalDate from, LocalDate to) {
        Map<String, SourceValue> out = new LinkedHashMap<>();
        Map<Long, List<SurveyResponseData>> bySurvey = new java.util.HashMap<>();
        for (SurveyIndicatorMapping m : current(projectId)) {
            SurveyDef def = definitions.find(m.getSurveyId()).orElseThrow();
            ZoneId zone = zones.partnership(def.partnershipId());
            List<SurveyResponseData> responses = bySurvey.computeIfAbsent(m.getSurveyId(), queries::completed)
                    .stream().filter(r -> r.completedAt() != null).filter(r -> {
                        LocalDate day = LocalDay.of(r.completedAt(), zone);
                        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
                    }).toList();
            value(m, responses).ifPresent(v -> out.put(m.getCode(), v));
        }
        return out;
    }

    static Optional<SourceValue> value(SurveyIndicatorMapping m, List<SurveyResponseData> responses) {
        BigDecimal sum = BigDecimal.ZERO;
        long n = 0;
        Set<String> subjects = new HashSet<>();
        for (SurveyResponseData r : responses) {
            boolean counted = false;
            for (SurveyResponseData.Answer a : r.to(m.getQuestionId())) {
                if (m.getAggregation() == SurveyIndicatorMapping.Aggregation.COUNT) {
                    if (m.getOptionCode().equals(a.optionCode())) {
                        counted = true;
                    }
                } else if (a.number() != null && java.util.Objects.equals(m.getItemCode(), a.itemCode())) {
                    sum = sum.add(a.number());
                    n++;
                    counted = true;
                }
            }
            if (counted) {
                subjects.add(r.companyId() != null ? "c" + r.companyId() : "r" + r.id());
                if (m.getAggregation() == SurveyIndicatorMapping.Aggregation.COUNT) {
                    n++;
                }
            }
        }
        return switch (m.getAggregation()) {
            case SUM -> Optional.of(new SourceValue(sum, subjects.size()));
            case COUNT -> Optional.of(new SourceValue(BigDecimal.valueOf(n), subjects.size()));
            case MEAN -> n == 0 ? Optional.empty() : Optional.of(new SourceValue(
                    sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP), subjects.size()));
        };
    }

    private List<SurveyIndicatorMapping> current(long projectId) {
        return mappings.findByProjectIdOrderByIdAsc(projectId).stream()
                .filter(m -> definitions.find(m.getSurveyId()).map(SurveyDef::projectId)
                        .filter(p -> p == projectId).isPresent())
                .toList();
    }
}
