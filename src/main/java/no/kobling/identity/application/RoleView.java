package no.kobling.identity.application;

import java.util.List;
import no.kobling.identity.Permission;

/** A role with its permissions (in the enum's order) and how many enabled users hold it. */
public record RoleView(long id, String code, boolean builtin, List<Permission> permissions, long enabledUsers,
        long version) {
}
