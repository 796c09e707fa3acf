package no.kobling.survey.result.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.domain.SurveyIndicatorMapping;
import no.kobling.survey.result.domain.SurveyIndicatorMapping.Aggregation;
import no.kobling.survey.result.persistence.SurveyIndicatorMappingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mappings of a project survey's questions to {@code survey-*} indicators (docs/surveys.md "Into the work"). SUM: a
 * number question (or a matrix item); COUNT: responses that chose an option of a choice question; MEAN: a scale
 * question (or a matrix item, or a number). Names default to the question's texts; units to NUMBER, RESPONSES, SCORE.
 */
@Service
public class SurveyIndicatorMappingService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final SurveyResultAccess access;
    private final SurveyIndicatorMappingRepository mappings;
    private final CurrentUsers users;
    private final Clock clock;

    SurveyIndicatorMappingService(SurveyResultAccess access, SurveyIndicatorMappingRepository mappings,
            CurrentUsers users, Clock clock) {
        this.access = access;
        this.mappings = mappings;
        this.users = users;
        this.clock = clock;
    }

    /** A new mapping; {@code names} (by language) and {@code unit} may be left out. */
    public record MappingCommand(long questionId, String itemCode, String optionCode, String slug,
            Aggregation aggregation, String unit, Map<String, String> names) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyResultService.READ)
    public List<SurveyIndicatorMapping> list(long surveyId) {
        access.readable(surveyId);
        return mappings.findBySurveyIdOrderByIdAsc(surveyId);
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_SURVEYS')")
    public SurveyIndicatorMapping create(long surveyId, MappingCommand c) {
        SurveyDef def = access.manageable(surveyId);
        if (def.projectId() == null) {
            throw DomainException.rule("survey-mapping-no-project", "surveyresult.error.mapping-no-project");
        }
        QuestionDef q = def.question(c.questionId()).orElseThrow(() -> DomainException.rule(
                "survey-mapping-question", "surveyresult.error.mapping-question"));
        if (c.aggregation() == null) {
            throw DomainException.rule("survey-mapping-aggregation", "surveyresult.error.mapping-aggregation");
        }
        String item = blank(c.itemCode());
        String option = blank(c.optionCode());
        boolean itemOk = item != null && q.type() == QuestionType.MATRIX
                && q.items().stream().anyMatch(i -> i.code().equals(item));
        boolean fits = switch (c.aggregation()) {
            case SUM -> option == null && (q.type() == QuestionType.NUMBER && item == null || itemOk);
            case MEAN -> option == null && ((q.type() == QuestionType.SCALE || q.type() == QuestionType.NUMBER)
                    && item == null || itemOk);
            case COUNT -> item == null && option != null && (q.type() == QuestionType.SINGLE_CHOICE
                    || q.type() == QuestionType.MULTIPLE_CHOICE)
                    && q.options().stream().anyMatch(o -> o.code().equals(option));
        };
        if (!fits) {
            throw DomainException.rule("survey-mapping-aggregation", "surveyresult.error.mapping-aggregation");
        }
        String slug = c.slug() == null ? "" : c.slug().strip();
        if (slug.length() > 50 || !SLUG.matcher(slug).matches()) {
            throw DomainException.rule("survey-mapping-slug", "surveyresult.error.mapping-slug");
        }
        String code = "survey-" + slug;
        if (mappings.findByCode(code).isPresent()) {
            throw DomainException.conflict("survey-mapping-code-taken", "surveyresult.error.mapping-code-taken", code);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : SurveyDefinitions.LANGUAGES) {
            String given = c.names() == null ? null : blank(c.names().get(lang));
            String name = given != null ? given : def.text(q.texts(), lang);
            if (name == null || name.isBlank()) {
                name = code;
            }
            names.put(lang, name.length() > 200 ? name.substring(0, 200) : name);
        }
        String unit = blank(c.unit());
        if (unit == null) {
            unit = switch (c.aggregation()) {
                case SUM -> "NUMBER";
                case COUNT -> "RESPONSES";
                case MEAN -> "SCORE";
            };
        } else if (unit.length() > 20 || !unit.matches("[A-Z_]+")) {
            throw DomainException.rule("survey-mapping-unit", "surveyresult.error.mapping-unit");
        }
        return mappings.save(new SurveyIndicatorMapping(surveyId, def.projectId(), q.id(), item, option, code,
                c.aggregation(), unit, names, users.require().username(), clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_SURVEYS')")
    public void delete(long surveyId, long mappingId) {
        access.manageable(surveyId);
        SurveyIndicatorMapping m = mappings.findById(mappingId).filter(x -> x.getSurveyId() == surveyId)
                .orElseThrow(() -> new NotFoundException("survey-indicator-mapping", mappingId));
        mappings.delete(m);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
