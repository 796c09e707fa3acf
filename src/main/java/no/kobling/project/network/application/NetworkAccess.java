package no.kobling.project.network.application;

import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.Visibility;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.persistence.NetworkRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Tenancy of networks: a network is visible to the users of the member organisations of its partnership while the
 * partnership is active, and to administrators and the system; everyone else gets 404. Changing it needs
 * MANAGE_PROJECTS (coordinators) or being its facilitator; a visible network the caller may not change answers 403.
 */
@Component
public class NetworkAccess {

    private final CurrentUsers currentUsers;
    private final Visibility visibility;
    private final NetworkRepository networks;

    NetworkAccess(CurrentUsers currentUsers, Visibility visibility, NetworkRepository networks) {
        this.currentUsers = currentUsers;
        this.visibility = visibility;
        this.networks = networks;
    }

    /** Who is asking: user id (null for the system), organisation, and the active partnerships they belong to. */
    public record Caller(Long userId, Long organisationId, boolean seesAll, boolean manages,
            Set<Long> partnerships) {

        public boolean canSee(Network n) {
            return seesAll || partnerships.contains(n.getPartnershipId());
        }

        public boolean canSeePartnership(long partnershipId) {
            return seesAll || partnerships.contains(partnershipId);
        }

        public boolean mayChange(Network n) {
            return canSee(n) && (seesAll || manages || (userId != null && userId == n.getFacilitatorUserId()));
        }

        public boolean mayDelete(Network n) {
            return canSee(n) && (seesAll || manages);
        }
    }

    public Caller caller() {
        var current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser user = current.get();
            Set<Long> partnerships = user.organisationId() == null ? Set.of()
                    : visibility.partnershipsOf(user.organisationId()).stream()
                            .filter(Visibility.PartnershipInfo::active).map(Visibility.PartnershipInfo::id)
                            .collect(Collectors.toSet());
            return new Caller(user.id(), user.organisationId(), user.isAdministrator(),
                    user.has(Permission.MANAGE_PROJECTS), partnerships);
        }
        if (SystemAccess.isSystem()) {
            return new Caller(null, null, true, true, Set.of());
        }
        throw new AccessDeniedException("not signed in");
    }

    /** The network with its members if the caller may see it; otherwise 404. */
    public Network visible(Caller caller, long id) {
        Network n = networks.findWithMembers(id).orElseThrow(() -> new NotFoundException("network", id));
        if (!caller.canSee(n)) {
            throw new NotFoundException("network", id);
        }
        return n;
    }

    /** The network if the caller may change it: 404 when hidden, 403 when only visible. */
    public Network changeable(Caller caller, long id) {
        Network n = visible(caller, id);
        if (!caller.mayChange(n)) {
            throw new AccessDeniedException("may not change network " + id);
        }
        return n;
    }
}
