package no.kobling.identity.persistence;

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
 * The identity module's part of privacy requests: user accounts matched by e-mail. Erasure disables the account,
 * replaces username, name and e-mail, revokes its tokens and forgets its login throttle; the row stays (cases, audit
 * and statistics refer to its id).
 */
@Component
class IdentityPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    IdentityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("user", LawfulBasis.CONTRACT, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        return jdbc.sql("select id, username, display_name, email, organisation_id, preferred_locale, enabled, created_at"
                + " from identity_user where lower(email) = :email order by id")
                .param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "user", String.valueOf(rs.getLong("id")),
                        (Long) rs.getObject("organisation_id", Long.class), "UserAccount", PersonalRecord.fields(
                                "username", rs.getString("username"), "name", rs.getString("display_name"),
                                "email", rs.getString("email"), "language", rs.getString("preferred_locale"),
                                "enabled", rs.getBoolean("enabled"), "createdAt", rs.getTimestamp("created_at")
                                        .toInstant())))
                .list();
    }

    @Override
    public int erase(DataSubject subject) {
        List<Long> ids = jdbc.sql("select id from identity_user where lower(email) = :email")
                .param("email", subject.email()).query(Long.class).list();
        List<String> usernames = new ArrayList<>();
        for (long id : ids) {
            usernames.add(jdbc.sql("select username from identity_user where id = ?").param(id).query(String.class)
                    .single());
            jdbc.sql("update identity_user set username = ?, display_name = ?, email = null, enabled = false,"
                    + " password_hash = ?, version = version + 1 where id = ?")
                    .params("erased-" + id, Anonymised.NAME, "!erased", id).update();
            jdbc.sql("update identity_api_token set revoked_at = coalesce(revoked_at, current_timestamp)"
                    + " where user_id = ?").param(id).update();
            jdbc.sql("delete from identity_password_reset where user_id = ?").param(id).update();
        }
        List<String> keys = new ArrayList<>(usernames);
        keys.add(subject.email());
        for (String key : keys) {
            jdbc.sql("delete from identity_login_throttle where lower(throttle_key) = lower(?)").param(key).update();
        }
        return ids.size();
    }
}
