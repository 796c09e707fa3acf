package no.kobling.privacy.persistence;

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
 * The privacy module's own part: consents (by e-mail) and read-log entries that name the person. Erasure deletes the
 * consents (nothing is processed on them any more) and blanks the name in the read log (who read which record stays).
 */
@Component
class PrivacyPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PrivacyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "privacy";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("consent", LawfulBasis.LEGAL_OBLIGATION, null),
                new Processing("read-log", LawfulBasis.LEGAL_OBLIGATION, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        List<PersonalRecord> records = new ArrayList<>(jdbc.sql("select id, email, organisation_id, purpose,"
                + " text_version, locale, how, given_at, recorded_by, withdrawn_at from privacy_consent"
                + " where email = :email order by id").param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "consent", String.valueOf(rs.getLong("id")),
                        (Long) rs.getObject("organisation_id", Long.class), "Consent", PersonalRecord.fields(
                                "email", rs.getString("email"), "purpose", rs.getString("purpose"),
                                "textVersion", rs.getInt("text_version"), "language", rs.getString("locale"),
                                "how", rs.getString("how"), "givenAt", rs.getTimestamp("given_at").toInstant(),
                                "recordedBy", rs.getString("recorded_by"),
                                "withdrawnAt", rs.getTimestamp("withdrawn_at") == null ? null
                                        : rs.getTimestamp("withdrawn_at").toInstant())))
                .list());
        if (!subject.names().isEmpty()) {
            records.addAll(jdbc.sql("select id, occurred_at, reader, reader_org_id, kind, record_id, subject"
                    + " from privacy_read_log where lower(subject) in (:names) order by id")
                    .param("names", subject.names().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList())
                    .query((rs, i) -> new PersonalRecord(module(), "read-log", String.valueOf(rs.getLong("id")),
                            (Long) rs.getObject("reader_org_id", Long.class), null, PersonalRecord.fields(
                                    "at", rs.getTimestamp("occurred_at").toInstant(), "reader", rs.getString("reader"),
                                    "kind", rs.getString("kind"), "recordId", rs.getString("record_id"),
                                    "subject", rs.getString("subject"))))
                    .list());
        }
        return records;
    }

    @Override
    public int erase(DataSubject subject) {
        int changed = jdbc.sql("delete from privacy_consent where email = :email").param("email", subject.email())
                .update();
        if (!subject.names().isEmpty()) {
            changed += jdbc.sql("update privacy_read_log set subject = :name where lower(subject) in (:names)")
                    .param("name", Anonymised.NAME)
                    .param("names", subject.names().stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList())
                    .update();
        }
        return changed;
    }
}
