package no.kobling.survey.result.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.ActorZones;
import no.kobling.advisory.Advisory;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.CurrentUsers;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.application.SurveyResultViews.AnswerLine;
import no.kobling.survey.result.application.SurveyResultViews.AnsweredSurvey;
import no.kobling.survey.result.application.SurveyResultViews.CompanySurveys;
import no.kobling.survey.result.application.SurveyResultViews.NeedSuggestionView;
import no.kobling.survey.result.domain.SurveyNeedSuggestion;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.domain.SurveyResponseData.Answer;
import no.kobling.survey.result.persistence.SurveyNeedSuggestionRepository;
import no.kobling.survey.result.persistence.SurveyResultQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's identified survey answers (for staff who see the company and the survey) and the need suggestions
 * drawn from them: a chosen option whose code is a need code of the advisory taxonomy (case and "-"/"_" ignored)
 * suggests that need; an advisor ({@code LOG_ACTIVITIES}) confirms it — the own organisation's assessment of the
 * need, priority MEDIUM, status OPEN, through {@link Advisory#assessNeed} — or dismisses it.
 */
@Service
public class SurveyCompanyService {

    /** The need codes of the advisory taxonomy (advisory_need_type). */
    public static final Set<String> NEED_CODES = Set.of("EXPORT", "INDUSTRY_COOPERATION", "RECRUITMENT",
            "BUSINESS_PLANNING", "BUDGETING", "MARKET_ANALYSIS", "SUPPLIERS", "FINANCING", "INNOVATION",
            "DIGITALISATION", "INTERNATIONALISATION", "COMPETENCE", "GENDER_EQUALITY");

    public static final String CONFIRMED_PRIORITY = "MEDIUM";
    public static final String CONFIRMED_STATUS = "OPEN";

    private final SurveyResultAccess access;
    private final SurveyDefinitions definitions;
    private final SurveyResultQueries queries;
    private final SurveyNeedSuggestionRepository suggestions;
    private final Companies companies;
    private final Advisory advisory;
    private final CurrentUsers users;
    private final ActorZones zones;
    private final Clock clock;

    SurveyCompanyService(SurveyResultAccess access, SurveyDefinitions definitions, SurveyResultQueries queries,
            SurveyNeedSuggestionRepository suggestions, Companies companies, Advisory advisory, CurrentUsers users,
            ActorZones zones, Clock clock) {
        this.zones = zones;
        this.access = access;
        this.definitions = definitions;
        this.queries = queries;
        this.suggestions = suggestions;
        this.companies = companies;
        this.advisory = advisory;
        this.users = users;
        this.clock = clock;
    }

    /** The need code an option code stands for, if any. */
    public static Optional<String> needCode(String optionCode) {
        if (optionCode == null) {
            return Optional.empty();
        }
        String c = optionCode.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return NEED_CODES.contains(c) ? Optional.of(c) : Optional.empty();
    }

    /**
     * The company's answered surveys the caller may read, with the suggestions drawn from them (made when each
     * response was completed: {@link SurveyNeedSuggester}; reading stores nothing).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SurveyResultService.READ)
    public CompanySurveys ofCompany(long companyId, Locale locale) {
        CompanyRef company = companies.ref(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
        String lang = SurveyResultService.language(locale);
        List<AnsweredSurvey> answered = new ArrayList<>();
        Map<Long, SurveyDef> seen = new java.util.HashMap<>();
        for (var e : queries.completedByCompany(companyId).entrySet()) {
            Optional<SurveyDef> def = definitions.find(e.getKey()).filter(d -> !d.anonymous())
                    .filter(access::mayRead);
            if (def.isEmpty()) {
                continue;
            }
            seen.put(def.get().id(), def.get());
            for (SurveyResponseData r : e.getValue()) {
                answered.add(new AnsweredSurvey(def.get().id(), r.id(), def.get().title(lang), r.completedAt(),
                        r.completedAt() == null ? null : LocalDay.of(r.completedAt(),
                                zones.partnership(def.get().partnershipId())),
                        lines(def.get(), r, lang)));
            }
        }
        List<NeedSuggestionView> views = suggestions.findByCompanyIdOrderByIdAsc(companyId).stream()
                .filter(s -> seen.containsKey(s.getSurveyId()))
                .map(s -> view(s, seen.get(s.getSurveyId()), lang)).toList();
        return new CompanySurveys(companyId, company.name(), answered, views);
    }

    /** Confirms (the need is assessed for the caller's organisation) or dismisses a pending suggestion. */
    @Transactional
    @PreAuthorize("hasAuthority('LOG_ACTIVITIES')")
    public NeedSuggestionView decide(Long companyId, long suggestionId, boolean confirm, Long expectedVersion,
            Locale locale) {
        SurveyNeedSuggestion s = suggestions.findById(suggestionId)
                .filter(x -> companyId == null || x.getCompanyId() == companyId)
                .orElseThrow(() -> new NotFoundException("survey-need-suggestion", suggestionId));
        SurveyDef def = definitions.find(s.getSurveyId()).filter(access::mayRead)
                .orElseThrow(() -> new NotFoundException("survey-need-suggestion", suggestionId));
        if (companies.ref(s.getCompanyId()).isEmpty()) {
            throw new NotFoundException("survey-need-suggestion", suggestionId);
        }
        StaleVersionException.check("survey-need-suggestion", suggestionId, expectedVersion, s.getVersion());
        s.decide(confirm, users.require().username(), clock.instant());
        if (confirm) {
            advisory.assessNeed(s.getCompanyId(), s.getNeedCode(), CONFIRMED_PRIORITY, CONFIRMED_STATUS, null);
        }
        suggestions.flush();
        return view(s, def, SurveyResultService.language(locale));
    }

    private static List<AnswerLine> lines(SurveyDef def, SurveyResponseData r, String lang) {
        List<AnswerLine> out = new ArrayList<>();
        for (QuestionDef q : def.questions()) {
            List<Answer> answers = r.to(q.id());
            if (answers.isEmpty()) {
                continue;
            }
            String text = switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> answers.stream().map(Answer::optionCode)
                        .filter(Objects::nonNull).map(code -> q.options().stream().filter(o -> o.code().equals(code))
                                .map(o -> def.text(o.labels(), lang)).findFirst().orElse(code))
                        .collect(Collectors.joining(", "));
                case SCALE, NUMBER -> answers.stream().map(Answer::number).filter(Objects::nonNull)
                        .map(SurveyExportService::plain).collect(Collectors.joining(", "));
                case MATRIX -> q.items().stream().map(i -> def.text(i.labels(), lang) + ": " + answers.stream()
                        .filter(a -> i.code().equals(a.itemCode())).map(Answer::number).filter(Objects::nonNull)
                        .map(SurveyExportService::plain).findFirst().orElse("–")).collect(Collectors.joining("; "));
                case DATE -> answers.stream().map(Answer::date).filter(Objects::nonNull).map(Object::toString)
                        .collect(Collectors.joining(", "));
                default -> answers.stream().map(Answer::text).filter(Objects::nonNull)
                        .collect(Collectors.joining(" "));
            };
            out.add(new AnswerLine(def.text(q.texts(), lang), text));
        }
        return out;
    }

    /** The suggestion with the label of the option that suggested it (the survey's text in the reader's language). */
    private static NeedSuggestionView view(SurveyNeedSuggestion s, SurveyDef def, String lang) {
        String label = def.questions().stream().flatMap(q -> q.options().stream())
                .filter(o -> needCode(o.code()).filter(s.getNeedCode()::equals).isPresent())
                .map(o -> def.text(o.labels(), lang)).filter(t -> !t.isBlank()).findFirst().orElse(s.getNeedCode());
        return new NeedSuggestionView(s.getId(), s.getSurveyId(), def.title(lang), s.getCompanyId(),
                s.getNeedCode(), label, s.getStatus().name(), s.getDecidedBy(), s.getDecidedAt(), s.getVersion());
    }
}
