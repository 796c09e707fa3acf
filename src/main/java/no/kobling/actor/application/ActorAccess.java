package no.kobling.actor.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The resource-access bean of the actor module: who is asking ({@link Viewer}) and what they may see and change
 * ({@link Tenancy}). Application services call it on every read and write; permissions themselves are checked by
 * {@code @PreAuthorize} on the service methods.
 */
@Component
public class ActorAccess {

    private final CurrentUsers currentUsers;
    private final TenancyRule rule;

    ActorAccess(CurrentUsers currentUsers, TenancyRule rule) {
        this.currentUsers = currentUsers;
        this.rule = rule;
    }

    public Viewer viewer() {
        var current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser user = current.get();
            return new Viewer(user.username(), user.isAdministrator(), user.organisationId(), user.permissions());
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && SystemAccess.SYSTEM.equals(auth.getName())) {
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            for (GrantedAuthority authority : auth.getAuthorities()) {
                Arrays.stream(Permission.values()).filter(p -> p.name().equals(authority.getAuthority()))
                        .forEach(granted::add);
            }
            return new Viewer(SystemAccess.SYSTEM, granted.contains(Permission.ADMINISTER_ORGANISATIONS), null,
                    granted);
        }
        throw new AccessDeniedException("not signed in");
    }

    /** The tenancy of the current viewer. */
    public Tenancy tenancy() {
        Viewer viewer = viewer();
        if (viewer.administrator() || viewer.organisationId() == null) {
            return new Tenancy(viewer, Set.of(), Set.of());
        }
        long own = viewer.organisationId();
        return new Tenancy(viewer, rule.visibleOrganisationIds(own), rule.partnershipIdsOf(own));
    }

    /** Fails with 404 unless the condition holds: hidden records look exactly like missing ones. */
    public static void visibleOr404(boolean visible, String what, Object id) {
        if (!visible) {
            throw new NotFoundException(what, id);
        }
    }
}
