package no.kobling.advisory.catalogue.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.actor.PartnershipRef;
import no.kobling.advisory.catalogue.application.CatalogueAccess;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import org.springframework.stereotype.Component;

/** Choices for the catalogue's forms: partnerships, municipalities and companies of the caller's area. */
@Component
class CatalogueOptions {

    static final int COMPANY_LIMIT = 300;

    private final CatalogueAccess access;
    private final Geography geography;
    private final Companies companies;

    CatalogueOptions(CatalogueAccess access, Geography geography, Companies companies) {
        this.access = access;
        this.geography = geography;
        this.companies = companies;
    }

    List<PartnershipRef> partnerships() {
        return access.partnerships();
    }

    Set<Long> areaIds() {
        Set<Long> ids = new HashSet<>();
        access.partnerships().forEach(p -> ids.addAll(access.partnershipMunicipalities(p.id())));
        return ids;
    }

    List<MunicipalityRef> municipalities() {
        return geography.municipalities(areaIds()).stream()
                .sorted(Comparator.comparing(MunicipalityRef::countryCode).thenComparing(MunicipalityRef::name))
                .toList();
    }

    List<CompanyRef> companies(Set<Long> municipalityIds) {
        return companies.companiesIn(municipalityIds, COMPANY_LIMIT);
    }

    List<CompanyRef> companies() {
        return companies(areaIds());
    }
}
