package no.kobling.identity.persistence;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import no.kobling.identity.Permission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a request needs to know about its user, in one query on primary keys (user, user-role, role-permission): run
 * on every signed-in request, so it stays cheap and needs no cache that could hold stale rights.
 */
@Repository
public class UserRightsQuery {

    private static final String SQL = """
            select u.username, u.display_name, u.organisation_id, u.preferred_locale, u.enabled, u.security_stamp,
                   u.time_zone,
                   rp.permission
            from identity_user u
            left join identity_user_role ur on ur.user_id = u.id
            left join identity_role_permission rp on rp.role_id = ur.role_id
            where u.id = ?
            """;

    private final JdbcTemplate jdbc;

    UserRightsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's current state and rights, as stored now. */
    public record Rights(long id, String username, String displayName, Long organisationId, String preferredLocale,
            String timeZone, boolean enabled, long securityStamp, Set<Permission> permissions) {
    }

    public Optional<Rights> load(long userId) {
        return Optional.ofNullable(jdbc.query(SQL, rs -> {
            Rights rights = null;
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            while (rs.next()) {
                if (rights == null) {
                    long org = rs.getLong("organisation_id");
                    Long organisationId = rs.wasNull() ? null : org;
                    rights = new Rights(userId, rs.getString("username"), rs.getString("display_name"),
                            organisationId, rs.getString("preferred_locale"), rs.getString("time_zone"),
                            rs.getBoolean("enabled"),
                            rs.getLong("security_stamp"), permissions);
                }
                String permission = rs.getString("permission");
                if (permission != null) {
                    try {
                        permissions.add(Permission.valueOf(permission));
                    } catch (IllegalArgumentException unknown) {
                        // a permission the code no longer knows grants nothing
                    }
                }
            }
            return rights;
        }, userId));
    }
}
