package no.kobling.survey.result;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Responses for the results tests, written straight into the agreed answer tables (survey_response, survey_answer)
 * with the snapshot a completed response carries. The answer part's service needs a sent link (distribution) to
 * start a response; the results read only these rows, so the tests write them as the answer part stores them.
 */
final class SurveyResultTestData {

    private final JdbcTemplate jdbc;

    SurveyResultTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Question ids of a survey by question code. */
    static Map<String, Long> questionIds(SurveyDefinitions definitions, long surveyId) {
        return definitions.find(surveyId).orElseThrow().questions().stream()
                .collect(Collectors.toMap(QuestionDef::code, QuestionDef::id));
    }

    /** One answer row: question code, item, option, number, date, text. */
    record A(String question, String item, String option, BigDecimal number, LocalDate date, String text) {

        static A option(String q, String code) {
            return new A(q, null, code, null, null, null);
        }

        static A number(String q, Object n) {
            return new A(q, null, null, new BigDecimal(n.toString()), null, null);
        }

        static A item(String q, String item, Object n) {
            return new A(q, item, null, new BigDecimal(n.toString()), null, null);
        }

        static A date(String q, LocalDate d) {
            return new A(q, null, null, null, d, null);
        }

        static A text(String q, String t) {
            return new A(q, null, null, null, null, t);
        }
    }

    long respond(long surveyId, Map<String, Long> questions, Long companyId, Long municipalityId, String country,
            String groups, boolean complete, Instant at, List<A> answers) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into survey_response (survey_id, company_id, "
                    + "municipality_id, country_code, target_groups, language, status, current_section, started_at, "
                    + "updated_at, completed_at, version) values (?, ?, ?, ?, ?, 'nb', ?, 0, ?, ?, ?, 0)",
                    new String[] {"id"});
            ps.setLong(1, surveyId);
            ps.setObject(2, companyId);
            ps.setObject(3, municipalityId);
            ps.setString(4, country);
            ps.setString(5, groups);
            ps.setString(6, complete ? "COMPLETE" : "IN_PROGRESS");
            ps.setTimestamp(7, Timestamp.from(at));
            ps.setTimestamp(8, Timestamp.from(at));
            ps.setTimestamp(9, complete ? Timestamp.from(at) : null);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        for (A a : answers) {
            jdbc.update("insert into survey_answer (response_id, question_id, item_code, option_code, number_value, "
                    + "date_value, text_value) values (?, ?, ?, ?, ?, ?, ?)", id, questions.get(a.question()),
                    a.item(), a.option(), a.number(), a.date() == null ? null : java.sql.Date.valueOf(a.date()),
                    a.text());
        }
        return id;
    }
}
