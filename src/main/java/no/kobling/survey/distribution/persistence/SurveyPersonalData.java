package no.kobling.survey.distribution.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.kobling.shared.privacy.Anonymised;
import no.kobling.shared.privacy.DataSubject;
import no.kobling.shared.privacy.LawfulBasis;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.PersonalRecord;
import no.kobling.shared.privacy.Processing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The survey module's part of privacy requests: recipients (name, e-mail, their free-text answers) and contact
 * consents, matched by e-mail. Erasure keeps the recipient and the response with its chosen options and numbers (the
 * response rate and the results count them) and clears name, e-mail, links and free text.
 */
@Component
class SurveyPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    SurveyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "survey";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("survey-recipient", LawfulBasis.CONSENT, "survey-answers"),
                new Processing("survey-consent", LawfulBasis.CONSENT, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>();
        records.addAll(jdbc.sql("select r.id, r.survey_id, r.name, r.email, r.language, r.sent_at, r.completed_at,"
                + " r.unsubscribed_at, s.owner_organisation_id,"
                + " (select count(*) from survey_response x join survey_answer a on a.response_id = x.id"
                + "   where x.recipient_id = r.id and a.text_value is not null) as texts"
                + " from survey_recipient r join survey_survey s on s.id = r.survey_id"
                + " where lower(r.email) = :email order by r.id")
                .param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "survey-recipient", String.valueOf(rs.getLong("id")),
                        rs.getLong("owner_organisation_id"), "SurveyRecipient", PersonalRecord.fields(
                                "surveyId", rs.getLong("survey_id"), "name", rs.getString("name"),
                                "email", rs.getString("email"), "language", rs.getString("language"),
                                "sentAt", instant(rs.getTimestamp("sent_at")),
                                "completedAt", instant(rs.getTimestamp("completed_at")),
                                "unsubscribedAt", instant(rs.getTimestamp("unsubscribed_at")),
                                "freeTextAnswers", rs.getLong("texts"))))
                .list());
        records.addAll(jdbc.sql("select id, company_id, email, purpose, how, given_at, given_by, withdrawn_at"
                + " from survey_contact_consent where lower(email) = :email order by id")
                .param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "survey-consent", String.valueOf(rs.getLong("id")),
                        null, "SurveyContactConsent", PersonalRecord.fields("companyId", rs.getObject("company_id"),
                                "email", rs.getString("email"), "purpose", rs.getString("purpose"),
                                "how", rs.getString("how"), "givenAt", instant(rs.getTimestamp("given_at")),
                                "withdrawnAt", instant(rs.getTimestamp("withdrawn_at")))))
                .list());
        return records;
    }

    @Override
    public int erase(DataSubject subject) {
        List<Long> ids = jdbc.sql("select id from survey_recipient where lower(email) = :email")
                .param("email", subject.email()).query(Long.class).list();
        for (long id : ids) {
            anonymiseRecipient(id);
        }
        int consents = jdbc.sql("delete from survey_contact_consent where company_id is null and lower(email) = :email")
                .param("email", subject.email()).update();
        consents += jdbc.sql("update survey_contact_consent set email = null, note = null, version = version + 1"
                + " where lower(email) = :email").param("email", subject.email()).update();
        return ids.size() + consents;
    }

    /** Survey answers: recipients of surveys that closed (or were sent, when no closing date) before the cutoff. */
    @Override
    public int expire(String rule, Instant cutoff, no.kobling.shared.privacy.RetentionScope scope) {
        if (!"survey-answers".equals(rule)) {
            return 0;
        }
        List<Long> ids = jdbc.sql("select r.id from survey_recipient r join survey_survey s on s.id = r.survey_id"
                + " where r.email not like 'erased-%@invalid' and coalesce(r.completed_at, r.sent_at, r.added_at) < :cutoff"
                + " and (s.closes_on is null or s.closes_on < :day)"
                + " and (:all = true or s.owner_organisation_id in (:organisations))")
                .param("all", scope.all()).param("organisations", scope.sqlList())
                .param("cutoff", Timestamp.from(cutoff))
                .param("day", java.sql.Date.valueOf(cutoff.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                .query(Long.class).list();
        ids.forEach(this::anonymiseRecipient);
        return ids.size();
    }

    private void anonymiseRecipient(long id) {
        jdbc.sql("delete from survey_recipient_token where recipient_id = ?").param(id).update();
        jdbc.sql("update survey_recipient set name = ?, email = ?, token_hash = null, version = version + 1"
                + " where id = ?").params(Anonymised.NAME, "erased-" + id + "@invalid", id).update();
        jdbc.sql("update survey_answer set text_value = null where text_value is not null and response_id in"
                + " (select id from survey_response where recipient_id = ?)").param(id).update();
        jdbc.sql("update survey_response set resume_token_hash = null where recipient_id = ?").param(id).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
