package no.kobling.company.application;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.PartnershipRef;
import no.kobling.company.domain.Company;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change the shared company register (issue 11 finding 9, rules in docs/security.md "(register)"):
 * <ul>
 * <li>every reader sees every company (the register is shared);</li>
 * <li>a company is in the <em>area</em> of an organisation when its municipality is one of the municipalities of a
 * partnership the organisation is a member of, or when a user of that organisation entered it by hand;</li>
 * <li>users with MANAGE_COMPANIES change companies in their organisation's area; on a company imported from a national
 * register only local enrichments, register-owned fields ({@link Company#REGISTER_OWNED}) only by imports and by
 * administrators of reference data;</li>
 * <li>merging needs MERGE_COMPANIES and both companies in the area;</li>
 * <li>administrators and the system do all.</li>
 * </ul>
 * The organisation and partnership facts come from the actor module's public facade ({@link Actors}).
 */
@Component
public class RegisterAccess {

    private final CurrentUsers currentUsers;
    private final Actors actors;

    RegisterAccess(CurrentUsers currentUsers, Actors actors) {
        this.currentUsers = currentUsers;
        this.actors = actors;
    }

    /** The current caller; computed per use case (the area is looked up at most once). */
    public Editor editor() {
        Optional<CurrentUser> current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser u = current.get();
            return new Editor(u.id(), u.username(), u.isAdministrator(), u.organisationId(), u.permissions());
        }
        if (SystemAccess.isSystem()) {
            return new Editor(null, SystemAccess.SYSTEM, true, null, EnumSet.allOf(Permission.class));
        }
        throw new AccessDeniedException("not signed in");
    }

    /** 403 with code company-not-in-area: the company is outside the caller's area (it stays readable). */
    public static DomainException notInArea() {
        return new DomainException(403, "company-not-in-area", "company.error.not-in-area");
    }

    public final class Editor {

        private final Long userId;
        private final String name;
        private final boolean all;
        private final Long organisationId;
        private final Set<Permission> permissions;
        private Set<Long> area;
        private Set<Long> organisations;

        Editor(Long userId, String name, boolean all, Long organisationId, Set<Permission> permissions) {
            this.userId = userId;
            this.name = name;
            this.all = all;
            this.organisationId = organisationId;
            this.permissions = Set.copyOf(permissions);
        }

        public Long userId() {
            return userId;
        }

        public String name() {
            return name;
        }

        public boolean all() {
            return all;
        }

        public Long organisationId() {
            return organisationId;
        }

        public boolean has(Permission permission) {
            return permissions.contains(permission);
        }

        /** Municipalities of the partnerships the caller's organisation is a member of. */
        public Set<Long> area() {
            if (area == null) {
                Set<Long> ids = new HashSet<>();
                if (!all && organisationId != null) {
                    for (PartnershipRef p : actors.activePartnerships()) {
                        ids.addAll(actors.partnershipMunicipalityIds(p.id()));
                    }
                }
                area = Set.copyOf(ids);
            }
            return area;
        }

        /** Whether the company is in the area of the caller's organisation (administrators: every company). */
        public boolean inArea(Company company) {
            return all || (organisationId != null && organisationId.equals(company.getOwnerOrganisationId()))
                    || (company.getMunicipalityId() != null && area().contains(company.getMunicipalityId()));
        }

        /** Local enrichments of the company (and every field of a company entered by hand). */
        public boolean mayEdit(Company company) {
            return has(Permission.MANAGE_COMPANIES) && inArea(company);
        }

        /** Fields a national register delivers, on a company that came from one. */
        public boolean mayEditRegisterFields(Company company) {
            return company.isFromRegister() ? all && has(Permission.ADMINISTER_REFERENCE_DATA) : mayEdit(company);
        }

        public boolean mayMerge(Company company, Company duplicate) {
            return has(Permission.MERGE_COMPANIES) && mayEdit(company) && mayEdit(duplicate);
        }

        /** The caller's own organisation, or one sharing a partnership with it (administrators: every one). */
        public boolean seesOrganisation(Long id) {
            if (all) {
                return true;
            }
            if (id == null || organisationId == null) {
                return false;
            }
            if (organisations == null) {
                organisations = Set.copyOf(actors.visibleOrganisationIds());
            }
            return organisations.contains(id);
        }
    }
}
