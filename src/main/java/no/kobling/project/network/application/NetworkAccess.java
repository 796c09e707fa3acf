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
 * Tenancy of networks: a network is visible to the users of the member organisations of its partnership, and to
 * administrators and the system; everyone else gets 404. After the partnership has ended its networks stay readable
 * to its former members as history (docs/security.md), but only an active partnership's networks can be changed.
 * Changing needs MANAGE_PROJECTS (coordinators) or being the facilitator; a visible network the caller may not
 * change answers 403.
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

    /**
     * Who is asking: user id (null for the system), organisation, the partnerships they belong to (active and ended)
     * and the active ones among them.
     */
    public record Caller(Long userId, Long organisationId, boolean seesAll, boolean manages,
            Set<Long> partnerships, Set<Long> activePartnerships) {

        public boolean canSee(Network n) {
            return seesAll || partnerships.contains(n.getPartnershipId());
        }

        public boolean canSeePartnership(long partnershipId) {
            return seesAll || partnerships.contains(partnershipId);
        }

        public boolean mayChange(Network n) {
            return canSee(n) && (seesAll || (activePartnerships.contains(n.getPartnershipId())
                    && (manages || (userId != null && userId == n.getFacilitatorUserId()))));
        }

        public boolean mayDelete(Network n) {
            return canSee(n) && (seesAll || (manages && activePartnerships.contains(n.getPartnershipId())));
        }
    }

    public Caller caller() {
        var current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser user = current.get();
            var memberships = user.organisationId() == null ? java.util.List.<Visibility.PartnershipInfo>of()
                    : visibility.partnershipsOf(user.organisationId());
            Set<Long> partnerships = memberships.stream().map(Visibility.PartnershipInfo::id)
                    .collect(Collectors.toSet());
            Set<Long> active = memberships.stream().filter(Visibility.PartnershipInfo::active)
                    .map(Visibility.PartnershipInfo::id).collect(Collectors.toSet());
            return new Caller(user.id(), user.organisationId(), user.isAdministrator(),
                    user.has(Permission.MANAGE_PROJECTS), partnerships, active);
        }
        if (SystemAccess.isSystem()) {
            return new Caller(null, null, true, true, Set.of(), Set.of());
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
