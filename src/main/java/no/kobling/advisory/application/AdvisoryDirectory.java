package no.kobling.advisory.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.kobling.actor.Visibility;
import no.kobling.actor.Visibility.OrganisationInfo;
import no.kobling.actor.Visibility.PartnershipInfo;
import no.kobling.company.Companies;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserDirectory.UserInfo;
import org.springframework.stereotype.Component;

/**
 * The directory facts the advisory module needs, asked of the modules that own them: the tenancy rule and
 * partnerships of the actor module ({@link Visibility}), users of the identity module ({@link UserDirectory}) and
 * target groups of the company module. This module reads none of their tables.
 */
@Component
public class AdvisoryDirectory {

    private final Visibility visibility;
    private final UserDirectory users;
    private final Companies companies;

    AdvisoryDirectory(Visibility visibility, UserDirectory users, Companies companies) {
        this.visibility = visibility;
        this.users = users;
        this.companies = companies;
    }

    public record Named(long id, String name) {
    }

    /** The organisation itself and every organisation that shares an active partnership with it. */
    public Set<Long> partnerOrganisationIds(long organisationId) {
        return visibility.visibleOrganisationIds(organisationId);
    }

    public List<Named> partnershipsOf(long organisationId) {
        return visibility.partnershipsOf(organisationId).stream().map(p -> new Named(p.id(), p.name())).toList();
    }

    public List<Named> allPartnerships() {
        return visibility.allPartnerships().stream().map(p -> new Named(p.id(), p.name())).toList();
    }

    public List<Long> memberOrganisationIds(long partnershipId) {
        return visibility.partnership(partnershipId).map(p -> List.copyOf(p.members().keySet())).orElse(List.of());
    }

    public List<Long> partnershipMunicipalityIds(long partnershipId) {
        return visibility.partnership(partnershipId).map(PartnershipInfo::municipalityIds).map(List::copyOf)
                .orElse(List.of());
    }

    public List<Named> usersOfOrganisation(long organisationId) {
        return users.enabledUsersOf(organisationId).stream().map(u -> new Named(u.id(), u.displayName())).toList();
    }

    public Map<Long, String> userNames(Collection<Long> ids) {
        Map<Long, String> names = new TreeMap<>();
        users.byIds(ids).values().forEach(u -> names.put(u.id(), u.displayName()));
        return names;
    }

    public Optional<Long> organisationOfUser(long userId) {
        return users.find(userId).map(UserInfo::organisationId);
    }

    public Optional<String> organisationName(long id) {
        return visibility.organisation(id).map(OrganisationInfo::name);
    }

    public Optional<Long> organisationHomeMunicipality(long id) {
        return visibility.organisation(id).map(OrganisationInfo::homeMunicipalityId);
    }

    /** Target groups (code and name in the caller's language), for the pyramid filter. */
    public List<Map.Entry<String, String>> targetGroups() {
        return List.copyOf(companies.targetGroupNames().entrySet());
    }

    /** The companies among {@code companyIds} in the target group. */
    public Set<Long> inTargetGroup(String targetGroupCode, Collection<Long> companyIds) {
        return companies.inTargetGroup(targetGroupCode, companyIds);
    }
}
