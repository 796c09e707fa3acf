package no.kobling.advisory.catalogue.application;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.PartnershipRef;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking, and what of the catalogue they may see: services of the organisations the actor module lets them
 * see (own and partner organisations; everything for administrators and the system), and companies located in the
 * municipalities of their partnerships. Hidden records answer 404.
 */
@Component
public class CatalogueAccess {

    private final CurrentUsers currentUsers;
    private final Actors actors;
    private final Companies companies;

    CatalogueAccess(CurrentUsers currentUsers, Actors actors, Companies companies) {
        this.currentUsers = currentUsers;
        this.actors = actors;
        this.companies = companies;
    }

    /** The caller; {@code organisations} are the visible organisation ids (unused when {@code seesAll}). */
    public record Caller(String name, Long userId, boolean seesAll, Long organisationId, Set<Long> organisations,
            Set<Permission> permissions) {

        public boolean has(Permission p) {
            return seesAll || permissions.contains(p);
        }

        public boolean canSeeOrganisation(long id) {
            return seesAll || organisations.contains(id);
        }

        public boolean belongsTo(Long id) {
            return organisationId != null && organisationId.equals(id);
        }
    }

    public Caller caller() {
        Optional<CurrentUser> current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser u = current.get();
            return new Caller(u.username(), u.id(), u.isAdministrator(), u.organisationId(),
                    new HashSet<>(actors.visibleOrganisationIds()), u.permissions());
        }
        if (SystemAccess.isSystem()) {
            return new Caller(SystemAccess.SYSTEM, null, true, null, Set.of(), EnumSet.allOf(Permission.class));
        }
        throw new AccessDeniedException("not signed in");
    }

    /** Municipalities of the caller's partnerships (the area whose companies they work with); null = all. */
    public Set<Long> area(Caller caller) {
        if (caller.seesAll()) {
            return null;
        }
        Set<Long> ids = new HashSet<>();
        for (PartnershipRef p : actors.activePartnerships()) {
            ids.addAll(partnershipMunicipalities(p.id()));
        }
        return ids;
    }

    /** The municipality ids of a partnership (reference data for where services are offered). */
    public Set<Long> partnershipMunicipalities(Long partnershipId) {
        if (partnershipId == null) {
            return Set.of();
        }
        return Set.copyOf(SystemAccess.run(() -> actors.partnershipMunicipalityIds(partnershipId)));
    }

    /** A company the caller may see and that lies in their area; 404 otherwise. */
    public CompanyRef company(Caller caller, long companyId) {
        CompanyRef company = companies.ref(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
        Set<Long> area = area(caller);
        if (area != null && (company.municipalityId() == null || !area.contains(company.municipalityId()))) {
            throw new NotFoundException("company", companyId);
        }
        return company;
    }

    public List<PartnershipRef> partnerships() {
        return actors.visiblePartnerships();
    }

    public static void visibleOr404(boolean visible, String what, Object id) {
        if (!visible) {
            throw new NotFoundException(what, id);
        }
    }
}
