package no.kobling.identity;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import no.kobling.shared.Zones;

/** The signed-in user as other modules see them; {@code zone} is their own time zone (docs/time.md). */
public record CurrentUser(long id, String username, String displayName, Long organisationId,
        Set<Permission> permissions, Locale locale, ZoneId zone) {

    public CurrentUser {
        zone = zone == null ? Zones.DEFAULT : zone;
    }

    /** A user whose zone is not known: the default zone. */
    public CurrentUser(long id, String username, String displayName, Long organisationId, Set<Permission> permissions,
            Locale locale) {
        this(id, username, displayName, organisationId, permissions, locale, null);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Administrators see across tenants. */
    public boolean isAdministrator() {
        return permissions.contains(Permission.ADMINISTER_ORGANISATIONS);
    }
}
