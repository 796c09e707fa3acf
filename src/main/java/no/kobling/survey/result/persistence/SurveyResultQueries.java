package no.kobling.survey.result.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.survey.result.domain.SurveyResponseData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read-only JDBC over the survey module's answer tables (survey_response, survey_answer, owned by the answer part)
 * and its recipients (survey_recipient): only completed responses are read.
 */
@Repository
public class SurveyResultQueries {

    private static final String RESPONSE_COLUMNS = "r.id, r.survey_id, r.company_id, r.recipient_id, "
            + "r.municipality_id, r.country_code, r.target_groups, r.language, r.completed_at";

    private final JdbcTemplate jdbc;

    SurveyResultQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The completed responses of a survey with their answers, oldest completion first. */
    public List<SurveyResponseData> completed(long surveyId) {
        return load("r.survey_id = ?", surveyId).getOrDefault(surveyId, List.of());
    }

    /** One completed response with its answers, if it is complete. */
    public java.util.Optional<SurveyResponseData> completedResponse(long responseId) {
        return load("r.id = ?", responseId).values().stream().flatMap(List::stream).findFirst();
    }

    /** The completed responses a company gave (identified surveys only), by survey id. */
    public Map<Long, List<SurveyResponseData>> completedByCompany(long companyId) {
        return load("r.company_id = ?", companyId);
    }

    /**
     * How many recipients the survey was sent to (0 for a survey with an open link only, and while the distribution
     * part's table is not installed: asked without an error, which would spoil a PostgreSQL transaction).
     */
    public long recipients(long surveyId) {
        if (!recipientTable()) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ?", Long.class,
                surveyId);
        return n == null ? 0 : n;
    }

    private volatile boolean recipientTable;

    private boolean recipientTable() {
        if (!recipientTable) {
            Long n = jdbc.queryForObject("select count(*) from information_schema.tables "
                    + "where lower(table_name) = 'survey_recipient'", Long.class);
            recipientTable = n != null && n > 0;
        }
        return recipientTable;
    }

    /** How many responses of the survey are in progress (started, not completed). */
    public long inProgress(long surveyId) {
        Long n = jdbc.queryForObject(
                "select count(*) from survey_response where survey_id = ? and status = 'IN_PROGRESS'", Long.class,
                surveyId);
        return n == null ? 0 : n;
    }

    private Map<Long, List<SurveyResponseData>> load(String where, long value) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query("select " + RESPONSE_COLUMNS + " from survey_response r where " + where
                + " and r.status = 'COMPLETE' order by r.completed_at, r.id", rs -> {
                    rows.put(rs.getLong("id"), row(rs));
                }, value);
        if (rows.isEmpty()) {
            return Map.of();
        }
        jdbc.query("select a.id, a.response_id, a.question_id, a.item_code, a.option_code, a.number_value, "
                + "a.date_value, a.text_value from survey_answer a join survey_response r on r.id = a.response_id "
                + "where " + where + " and r.status = 'COMPLETE' order by a.id", rs -> {
                    Row row = rows.get(rs.getLong("response_id"));
                    if (row != null) {
                        java.sql.Date d = rs.getDate("date_value");
                        row.answers.add(new SurveyResponseData.Answer(rs.getLong("id"), rs.getLong("question_id"),
                                rs.getString("item_code"), rs.getString("option_code"),
                                rs.getBigDecimal("number_value"), d == null ? null : d.toLocalDate(),
                                rs.getString("text_value")));
                    }
                }, value);
        Map<Long, List<SurveyResponseData>> out = new LinkedHashMap<>();
        rows.values().forEach(r -> out.computeIfAbsent(r.surveyId, k -> new ArrayList<>()).add(r.data()));
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        Row r = new Row();
        r.id = rs.getLong("id");
        r.surveyId = rs.getLong("survey_id");
        r.companyId = (Long) rs.getObject("company_id", Long.class);
        r.recipientId = (Long) rs.getObject("recipient_id", Long.class);
        r.municipalityId = (Long) rs.getObject("municipality_id", Long.class);
        r.countryCode = rs.getString("country_code");
        r.targetGroups = groups(rs.getString("target_groups"));
        r.language = rs.getString("language");
        Timestamp t = rs.getTimestamp("completed_at");
        r.completedAt = t == null ? null : t.toInstant();
        return r;
    }

    /** The snapshot's target groups: codes separated by commas (or semicolons, spaces). */
    static Set<String> groups(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(s.split("[,;\\s]+")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static final class Row {
        long id;
        long surveyId;
        Long companyId;
        Long recipientId;
        Long municipalityId;
        String countryCode;
        Set<String> targetGroups;
        String language;
        java.time.Instant completedAt;
        final List<SurveyResponseData.Answer> answers = new ArrayList<>();

        SurveyResponseData data() {
            return new SurveyResponseData(id, companyId, recipientId, municipalityId, countryCode, targetGroups,
                    language, completedAt, answers);
        }
    }
}
