package no.kobling.actor.application;

import java.util.Set;
import no.kobling.identity.Permission;

/** Who reads or writes actor records: a signed-in user, or the system at start-up (an administrator). */
public record Viewer(String name, boolean administrator, Long organisationId, Set<Permission> permissions) {

    public Viewer {
        permissions = Set.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean belongsTo(Long organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }
}
