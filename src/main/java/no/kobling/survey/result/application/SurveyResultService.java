package no.kobling.survey.result.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.application.SurveyResultViews.CrossTabView;
import no.kobling.survey.result.application.SurveyResultViews.QuestionView;
import no.kobling.survey.result.application.SurveyResultViews.Results;
import no.kobling.survey.result.application.SurveyResultViews.TextView;
import no.kobling.survey.result.domain.SurveyAggregates;
import no.kobling.survey.result.domain.SurveyAggregates.QuestionResult;
import no.kobling.survey.result.domain.SurveyCrossTab;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.persistence.SurveyResultQueries;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results (docs/surveys.md "Results"): response rate, per-question aggregates, cross-tabulation with
 * suppression for anonymous surveys. Anonymous surveys never show who answered: no company, no recipient, free texts
 * in a random but stable order.
 */
@Service
public class SurveyResultService {

    static final String READ = "hasAnyAuthority('MANAGE_SURVEYS', 'VIEW_REPORTS')";

    /** The dimensions of a cross-tabulation (API values). */
    public static final List<String> DIMENSIONS = List.of("municipality", "target-group", "country");

    private final SurveyResultAccess access;
    private final SurveyResultQueries queries;
    private final Companies companies;
    private final Geography geography;
    private final MessageSource messages;

    SurveyResultService(SurveyResultAccess access, SurveyResultQueries queries, Companies companies,
            Geography geography, MessageSource messages) {
        this.access = access;
        this.queries = queries;
        this.companies = companies;
        this.geography = geography;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Results results(long surveyId, Locale locale) {
        SurveyDef def = access.readable(surveyId);
        List<SurveyResponseData> responses = queries.completed(surveyId);
        long recipients = queries.recipients(surveyId);
        String lang = language(locale);
        Map<Long, String> names = companyNames(def, responses);
        List<QuestionView> views = def.questions().stream()
                .map(q -> view(def, q, SurveyAggregates.of(q, responses), lang, names)).toList();
        return new Results(def, def.title(lang), recipients, responses.size(), queries.inProgress(surveyId),
                recipients > 0 ? SurveyAggregates.percent(responses.size(), recipients) : null, views);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public CrossTabView crossTab(long surveyId, long questionId, String by, Locale locale) {
        SurveyDef def = access.readable(surveyId);
        QuestionDef q = def.question(questionId).orElseThrow(() -> new NotFoundException("survey-question",
                questionId));
        if (!crossTabulable(q)) {
            throw DomainException.rule("survey-crosstab-type", "surveyresult.error.crosstab-type");
        }
        String dimension = by == null ? "municipality" : by;
        if (!DIMENSIONS.contains(dimension)) {
            throw DomainException.rule("survey-crosstab-dimension", "surveyresult.error.crosstab-dimension", by);
        }
        List<SurveyResponseData> responses = queries.completed(surveyId);
        String lang = language(locale);
        Function<SurveyResponseData, Set<String>> rowsOf = switch (dimension) {
            case "municipality" -> r -> r.municipalityId() == null ? Set.of() : Set.of(r.municipalityId().toString());
            case "country" -> r -> r.countryCode() == null ? Set.of() : Set.of(r.countryCode());
            default -> SurveyResponseData::targetGroups;
        };
        Function<SurveyResponseData, Set<String>> columnsOf = r -> r.to(q.id()).stream()
                .map(a -> q.type() == QuestionType.SCALE
                        ? (a.number() == null ? null : a.number().stripTrailingZeros().toPlainString())
                        : a.optionCode())
                .filter(Objects::nonNull).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<String> columns = new ArrayList<>();
        if (q.type() == QuestionType.SCALE && q.scale() != null) {
            for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                columns.add(String.valueOf(v));
            }
        } else {
            q.options().forEach(o -> columns.add(o.code()));
        }
        Map<String, String> rowLabels = new LinkedHashMap<>();
        List<String> rowOrder = new ArrayList<>();
        String none = messages.getMessage("surveyresult.crosstab.none", null, "–", locale);
        switch (dimension) {
            case "municipality" -> {
                Set<Long> ids = responses.stream().map(SurveyResponseData::municipalityId).filter(Objects::nonNull)
                        .collect(Collectors.toSet());
                geography.municipalities(ids).stream().sorted(java.util.Comparator.comparing(MunicipalityRef::name))
                        .forEach(m -> {
                            rowOrder.add(String.valueOf(m.id()));
                            rowLabels.put(String.valueOf(m.id()), m.name());
                        });
            }
            case "country" -> responses.stream().map(SurveyResponseData::countryCode).filter(Objects::nonNull)
                    .distinct().sorted().forEach(c -> {
                        rowOrder.add(c);
                        rowLabels.put(c, new Locale("", c).getDisplayCountry(locale));
                    });
            default -> {
                Set<String> met = responses.stream().flatMap(r -> r.targetGroups().stream())
                        .collect(Collectors.toSet());
                Map<String, String> catalogue = companies.targetGroupNames();
                catalogue.forEach((code, name) -> {
                    if (met.contains(code)) {
                        rowOrder.add(code);
                    }
                });
                met.stream().sorted().forEach(code -> rowLabels.put(code, catalogue.getOrDefault(code, code)));
            }
        }
        rowLabels.put("", none);
        SurveyCrossTab.Table table = SurveyCrossTab.build(responses, columns, rowOrder, rowsOf, columnsOf,
                def.anonymous());
        QuestionView view = view(def, q, SurveyAggregates.of(q, List.of()), lang, Map.of());
        Map<String, String> columnLabels = new LinkedHashMap<>(view.labels());
        table.columns().forEach(c -> columnLabels.putIfAbsent(c, c));
        return new CrossTabView(def, view, dimension, table, rowLabels, columnLabels);
    }

    /** Choice and scale questions can be cross-tabulated. */
    public static boolean crossTabulable(QuestionDef q) {
        return q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE
                || q.type() == QuestionType.SCALE;
    }

    QuestionView view(SurveyDef def, QuestionDef q, QuestionResult result, String lang, Map<Long, String> names) {
        Map<String, String> labels = new LinkedHashMap<>();
        q.options().forEach(o -> labels.put(o.code(), def.text(o.labels(), lang)));
        q.items().forEach(i -> labels.put(i.code(), def.text(i.labels(), lang)));
        if (q.scale() != null) {
            for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                labels.putIfAbsent(String.valueOf(v), String.valueOf(v));
            }
            String min = def.text(q.scale().minLabels(), lang);
            String max = def.text(q.scale().maxLabels(), lang);
            if (!min.isBlank()) {
                labels.put(String.valueOf(q.scale().min()), q.scale().min() + " – " + min);
            }
            if (!max.isBlank()) {
                labels.put(String.valueOf(q.scale().max()), q.scale().max() + " – " + max);
            }
        }
        List<TextView> texts;
        if (def.anonymous()) {
            texts = SurveyAggregates.shuffledStable(result.texts()).stream()
                    .map(t -> new TextView(t.text(), null, null)).toList();
        } else {
            texts = result.texts().stream().map(t -> {
                String name = t.companyId() == null ? null : names.get(t.companyId());
                return new TextView(t.text(), name == null ? null : t.companyId(), name);
            }).toList();
        }
        QuestionResult stripped = new QuestionResult(result.questionId(), result.code(), result.type(),
                result.answered(), result.counts(), result.mean(), result.sum(), result.median(), result.items(),
                List.of());
        return new QuestionView(q, def.text(q.texts(), lang), stripped, labels, texts, crossTabulable(q));
    }

    /** Names of the responding companies the caller may see (none for anonymous surveys). */
    Map<Long, String> companyNames(SurveyDef def, List<SurveyResponseData> responses) {
        if (def.anonymous()) {
            return Map.of();
        }
        Set<Long> ids = new HashSet<>();
        responses.forEach(r -> {
            if (r.companyId() != null) {
                ids.add(r.companyId());
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        return companies.refs(ids).stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::name));
    }

    static String language(Locale locale) {
        String l = locale == null ? "nb" : locale.getLanguage();
        return "no".equals(l) ? "nb" : l;
    }
}
