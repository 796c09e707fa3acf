package no.kobling.partnering.cases.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.Visibility;
import no.kobling.identity.Permission;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserDirectory.UserInfo;
import org.springframework.stereotype.Component;

/**
 * The directory facts cases need, asked of the modules that own them (this module reads none of their tables):
 * which partnerships an organisation belongs to and in which role, and whether a partnership is still active, from
 * the actor module's {@link Visibility}; organisation names and countries; the users who may facilitate partner
 * search, from the identity module's {@link UserDirectory}.
 */
@Component
public class CaseDirectory {

    private final Visibility visibility;
    private final UserDirectory userDirectory;

    CaseDirectory(Visibility visibility, UserDirectory userDirectory) {
        this.visibility = visibility;
        this.userDirectory = userDirectory;
    }

    /** A partnership as the case pages show it; {@code active} is false once it has ended (read-only history). */
    public record PartnershipInfo(long id, String name, boolean active) {
    }

    public record FacilitatorInfo(long userId, String displayName, long organisationId, String organisationName,
            String countryCode) {
    }

    public record CaseUser(long id, String displayName, Long organisationId) {
    }

    /** One partnership with its members and whether it runs today. */
    public Optional<Visibility.PartnershipInfo> partnership(long partnershipId) {
        return visibility.partnership(partnershipId);
    }

    /** Member organisations of a partnership with their role (OWNER, HUB, MEMBER). */
    public Map<Long, String> members(long partnershipId) {
        Map<Long, String> members = new HashMap<>();
        visibility.partnership(partnershipId).ifPresent(p -> p.members().forEach((o, r) -> members.put(o, r.name())));
        return members;
    }

    /** Partnerships the organisation is a member of (all partnerships for null = administrator), by name. */
    public List<PartnershipInfo> partnershipsOf(Long organisationId) {
        List<Visibility.PartnershipInfo> list = organisationId == null ? visibility.allPartnerships()
                : visibility.partnershipsOf(organisationId);
        return list.stream().map(p -> new PartnershipInfo(p.id(), p.name(), p.active())).toList();
    }

    /** Ids of partnerships the organisation owns or is the hub of (their coordinators see the cases). */
    public Set<Long> partnershipsRunBy(long organisationId) {
        return visibility.partnershipsOf(organisationId).stream().filter(p -> p.isRunBy(organisationId))
                .map(Visibility.PartnershipInfo::id).collect(Collectors.toSet());
    }

    public Map<Long, String> partnershipNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        visibility.partnerships(ids).forEach((id, p) -> names.put(id, p.name()));
        return names;
    }

    /** The user, if they are enabled and may facilitate partner search (with their organisation). */
    public Optional<FacilitatorInfo> facilitator(long userId) {
        return userDirectory.find(userId).filter(UserInfo::enabled).filter(u -> u.organisationId() != null)
                .filter(u -> userDirectory.hasPermission(userId, Permission.FACILITATE_PARTNER_SEARCH))
                .flatMap(u -> facilitators(List.of(u)).stream().findFirst());
    }

    /** Facilitators whose organisation is a member of one of these partnerships, by name. */
    public List<FacilitatorInfo> facilitatorsIn(Collection<Long> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return List.of();
        }
        Set<Long> organisations = visibility.partnerships(partnershipIds).values().stream()
                .flatMap(p -> p.members().keySet().stream()).collect(Collectors.toSet());
        return facilitators(userDirectory.enabledWithPermission(Permission.FACILITATE_PARTNER_SEARCH, organisations));
    }

    private List<FacilitatorInfo> facilitators(List<UserInfo> users) {
        Map<Long, Visibility.OrganisationInfo> orgs = visibility.organisations(
                users.stream().map(UserInfo::organisationId).collect(Collectors.toSet()));
        return users.stream().filter(u -> orgs.containsKey(u.organisationId())).map(u -> {
            Visibility.OrganisationInfo o = orgs.get(u.organisationId());
            return new FacilitatorInfo(u.id(), u.displayName(), o.id(), o.name(), o.countryCode());
        }).toList();
    }

    public Map<Long, CaseUser> users(Collection<Long> ids) {
        Map<Long, CaseUser> users = new HashMap<>();
        userDirectory.byIds(ids).forEach((id, u) -> users.put(id, new CaseUser(u.id(), u.displayName(),
                u.organisationId())));
        return users;
    }

    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        visibility.organisations(ids).forEach((id, o) -> names.put(id, o.name()));
        return names;
    }
}
