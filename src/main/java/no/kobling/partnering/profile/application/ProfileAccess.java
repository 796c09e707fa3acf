package no.kobling.partnering.profile.application;

import java.time.Instant;
import java.util.Optional;
import no.kobling.company.Companies;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.profile.domain.PartnerProfile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change partner profiles. The owner organisation (the tenant) sees its profiles in any state; others
 * see validated, unexpired profiles only. The owner organisation's facilitators and advisors and the company's
 * representatives edit; facilitators of the owner organisation validate (a profile without an owner is adopted by the
 * validating facilitator's organisation). Administrators and the system see and do all.
 */
@Component
public class ProfileAccess {

    private final CurrentUsers currentUsers;
    private final Companies companies;

    ProfileAccess(CurrentUsers currentUsers, Companies companies) {
        this.currentUsers = currentUsers;
        this.companies = companies;
    }

    public record Caller(String name, Long organisationId, boolean all, boolean facilitates, boolean advises,
            boolean represents, boolean views) {

        /** Whether the caller works with single profiles at all (a funder, with reports only, does not). */
        public boolean usesProfiles() {
            return all || facilitates || advises || represents || views;
        }
    }

    public Caller caller() {
        Optional<CurrentUser> user = currentUsers.current();
        if (user.isPresent()) {
            CurrentUser u = user.get();
            return new Caller(u.username(), u.organisationId(), u.isAdministrator(),
                    u.has(Permission.FACILITATE_PARTNER_SEARCH), u.has(Permission.MANAGE_COMPANIES),
                    u.has(Permission.REPRESENT_COMPANY),
                    u.has(Permission.VIEW_DIRECTORY) || u.has(Permission.FACILITATE_PARTNER_SEARCH)
                            || u.has(Permission.REPRESENT_COMPANY));
        }
        if (SystemAccess.isSystem()) {
            return new Caller(SystemAccess.SYSTEM, null, true, true, true, false, true);
        }
        throw new AccessDeniedException("not signed in");
    }

    public boolean owns(Caller c, PartnerProfile p) {
        return c.organisationId() != null && c.organisationId().equals(p.getOwnerOrganisationId());
    }

    public boolean representsCompany(Caller c, long companyId) {
        return c.represents() && companies.representsCompany(companyId);
    }

    public boolean canSee(Caller c, PartnerProfile p, Instant now) {
        // an organisation's drafts are seen by those of its users who work with profiles, never by its funders
        return c.all() || (owns(c, p) && c.usesProfiles()) || representsCompany(c, p.getCompanyId()) || (c.views() && p.isPublic(now))
                || (p.getOwnerOrganisationId() == null && c.facilitates());
    }

    public boolean canEdit(Caller c, PartnerProfile p) {
        return c.all() || (owns(c, p) && (c.facilitates() || c.advises()))
                || representsCompany(c, p.getCompanyId())
                || (p.getOwnerOrganisationId() == null && c.facilitates());
    }

    /** A new profile: the company's representative, or a facilitator/advisor who may see the company. */
    public boolean canCreate(Caller c, long companyId) {
        return c.all() || representsCompany(c, companyId)
                || ((c.facilitates() || c.advises()) && companies.ref(companyId).isPresent());
    }

    public boolean canValidate(Caller c, PartnerProfile p) {
        return c.all() || (c.facilitates() && (owns(c, p) || p.getOwnerOrganisationId() == null));
    }
}
