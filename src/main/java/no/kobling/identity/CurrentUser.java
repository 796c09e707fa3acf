package no.kobling.identity;

import java.util.Locale;
import java.util.Set;

/** The signed-in user as other modules see them. */
public record CurrentUser(long id, String username, String displayName, Long organisationId,
        Set<Permission> permissions, Locale locale) {

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Administrators see across tenants. */
    public boolean isAdministrator() {
        return permissions.contains(Permission.ADMINISTER_ORGANISATIONS);
    }
}
