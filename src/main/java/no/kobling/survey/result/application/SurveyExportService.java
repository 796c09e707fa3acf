package no.kobling.survey.result.application;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.ActorZones;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.shared.LocalDay;
import no.kobling.survey.definition.SurveyDefinitions.ItemDef;
import no.kobling.survey.definition.SurveyDefinitions.OptionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.application.SurveyResultViews.ExportTable;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.domain.SurveyResponseData.Answer;
import no.kobling.survey.result.persistence.SurveyResultQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responses of a survey as a table for the XLSX and CSV exports: one row per completed response, one column per
 * question (single choice: the option code; scale, number: the number; date: ISO date; text: the text), per option of
 * a multiple choice (1 chosen, 0 not, empty when the question was not answered) and per item of a matrix. Identified
 * surveys start with response, completedAt, language, companyId, company (name, for companies the reader may see),
 * recipientId, municipality, country, targetGroups. Anonymous surveys leave out company, recipient and the snapshot
 * (municipality, country, target groups): a row starts with a running number, the day of completion and the language.
 */
@Service
public class SurveyExportService {

    private final SurveyResultAccess access;
    private final SurveyResultQueries queries;
    private final SurveyResultService results;
    private final Geography geography;
    private final ActorZones zones;

    SurveyExportService(SurveyResultAccess access, SurveyResultQueries queries, SurveyResultService results,
            Geography geography, ActorZones zones) {
        this.access = access;
        this.queries = queries;
        this.results = results;
        this.geography = geography;
        this.zones = zones;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SurveyResultService.READ)
    public ExportTable export(long surveyId) {
        SurveyDef def = access.readable(surveyId);
        List<SurveyResponseData> responses = queries.completed(surveyId);
        List<String> headers = new ArrayList<>();
        if (def.anonymous()) {
            headers.addAll(List.of("response", "completedOn", "language"));
        } else {
            headers.addAll(List.of("response", "completedAt", "language", "companyId", "company", "recipientId",
                    "municipality", "country", "targetGroups"));
        }
        for (QuestionDef q : def.questions()) {
            switch (q.type()) {
                case MULTIPLE_CHOICE -> q.options().forEach(o -> headers.add(q.code() + "." + o.code()));
                case MATRIX -> q.items().forEach(i -> headers.add(q.code() + "." + i.code()));
                default -> headers.add(q.code());
            }
        }
        Map<Long, String> names = results.companyNames(def, responses);
        Set<Long> municipalityIds = new HashSet<>();
        responses.forEach(r -> {
            if (r.municipalityId() != null) {
                municipalityIds.add(r.municipalityId());
            }
        });
        Map<Long, String> municipalities = def.anonymous() || municipalityIds.isEmpty() ? Map.of()
                : geography.municipalities(municipalityIds).stream()
                        .collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
        ZoneId zone = zones.partnership(def.partnershipId());
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (SurveyResponseData r : responses) {
            List<Object> row = new ArrayList<>();
            n++;
            if (def.anonymous()) {
                row.add((long) n);
                row.add(r.completedAt() == null ? null : LocalDay.of(r.completedAt(), zone).toString());
                row.add(r.language());
            } else {
                row.add(r.id());
                row.add(r.completedAt() == null ? null : r.completedAt().toString());
                row.add(r.language());
                String name = r.companyId() == null ? null : names.get(r.companyId());
                row.add(name == null ? null : r.companyId());
                row.add(name);
                row.add(r.recipientId());
                row.add(r.municipalityId() == null ? null : municipalities.get(r.municipalityId()));
                row.add(r.countryCode());
                row.add(String.join(",", r.targetGroups()));
            }
            for (QuestionDef q : def.questions()) {
                List<Answer> answers = r.to(q.id());
                switch (q.type()) {
                    case MULTIPLE_CHOICE -> {
                        Set<String> chosen = answers.stream().map(Answer::optionCode).filter(Objects::nonNull)
                                .collect(Collectors.toSet());
                        for (OptionDef o : q.options()) {
                            row.add(answers.isEmpty() ? null : (Object) (chosen.contains(o.code()) ? 1L : 0L));
                        }
                    }
                    case MATRIX -> {
                        for (ItemDef i : q.items()) {
                            row.add(answers.stream().filter(a -> i.code().equals(a.itemCode()))
                                    .map(Answer::number).filter(Objects::nonNull).findFirst().orElse(null));
                        }
                    }
                    case SINGLE_CHOICE -> row.add(answers.stream().map(Answer::optionCode).filter(Objects::nonNull)
                            .findFirst().orElse(null));
                    case SCALE, NUMBER -> row.add(answers.stream().map(Answer::number).filter(Objects::nonNull)
                            .findFirst().orElse(null));
                    case DATE -> row.add(answers.stream().map(Answer::date).filter(Objects::nonNull)
                            .map(Object::toString).findFirst().orElse(null));
                    case TEXT -> row.add(answers.stream().map(Answer::text).filter(Objects::nonNull)
                            .findFirst().orElse(null));
                    default -> row.add(null);
                }
            }
            rows.add(row);
        }
        return new ExportTable("survey-" + surveyId, headers, rows);
    }

    /** A text cell made safe for spreadsheets: a leading = + - @ (formula) gets a leading apostrophe. */
    public static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    /** A number as plain text (no exponent, no trailing zeros). */
    public static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
