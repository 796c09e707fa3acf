package no.kobling.partnering.profile.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyContact;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.profile.application.ProfileAccess.Caller;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.privacy.ConsentPurpose;
import no.kobling.privacy.Consents;
import org.springframework.stereotype.Component;

/**
 * Consent to partner sharing (docs/privacy.md, "Partner sharing"): a profile whose contact person (the company's
 * e-mail address, else its first verified representative's, as {@link Companies#contacts} gives it) has withdrawn
 * consent to {@link ConsentPurpose#PARTNER_SHARING} is withheld from partners — from lists, search, recommendations and
 * its own address. Those who keep the profile (its organisation, the company's representatives, administrators, and
 * facilitators for a profile of no organisation) still see it. Asked at every read, so it does not depend on any
 * flag having been cleared.
 */
@Component
class PartnerSharing {

    private final Consents consents;
    private final Companies companies;
    private final ProfileAccess access;

    PartnerSharing(Consents consents, Companies companies, ProfileAccess access) {
        this.consents = consents;
        this.companies = companies;
        this.access = access;
    }

    /** The company ids among {@code profiles} withheld from the caller. */
    Set<Long> withheld(Caller caller, Collection<PartnerProfile> profiles) {
        if (caller.all() || profiles.isEmpty()) {
            return Set.of();
        }
        Set<String> withdrawn = consents.withdrawnEmails(ConsentPurpose.PARTNER_SHARING);
        if (withdrawn.isEmpty()) {
            return Set.of();
        }
        List<Long> ofPartners = profiles.stream().filter(p -> !keeps(caller, p)).map(PartnerProfile::getCompanyId)
                .toList();
        if (ofPartners.isEmpty()) {
            return Set.of();
        }
        return SystemAccess.run(() -> companies.contacts(ofPartners)).values().stream()
                .filter(c -> c.email() != null && withdrawn.contains(c.email().trim().toLowerCase(Locale.ROOT)))
                .map(CompanyContact::id).collect(Collectors.toSet());
    }

    /** Whether this one profile is withheld from the caller. */
    boolean withheld(Caller caller, PartnerProfile profile) {
        return !withheld(caller, List.of(profile)).isEmpty();
    }

    private boolean keeps(Caller caller, PartnerProfile p) {
        return access.owns(caller, p) || (p.getOwnerOrganisationId() == null && caller.facilitates())
                || access.representsCompany(caller, p.getCompanyId());
    }
}
