package no.kobling.notification.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read-only look-up of a user's name, e-mail address and language in the identity tables (not owned here). */
@Repository
public class Recipients {

    private final JdbcTemplate jdbc;

    Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Recipient(long id, String displayName, String email, String locale, boolean enabled) {
    }

    public Optional<Recipient> find(long userId) {
        return jdbc.query("select id, display_name, email, preferred_locale, enabled from identity_user where id = ?",
                (rs, i) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)), userId).stream().findFirst();
    }
}
