package no.kobling.company.application;

import java.math.BigDecimal;
import java.util.Collection;
import no.kobling.company.CompanyRef;
import java.util.List;
import java.util.Optional;
import no.kobling.company.Companies;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import org.springframework.stereotype.Service;

/** The company module's facade for other modules; delegates to the application services and their checks. */
@Service
class CompaniesFacade implements Companies {

    private final CompanyService companies;
    private final EntrepreneurService entrepreneurs;
    private final RepresentativeService representatives;
    private final RepresentativeLinks links;
    private final TargetGroupCatalogue targetGroupCatalogue;

    CompaniesFacade(CompanyService companies, EntrepreneurService entrepreneurs,
            RepresentativeService representatives, RepresentativeLinks links,
            TargetGroupCatalogue targetGroupCatalogue) {
        this.companies = companies;
        this.entrepreneurs = entrepreneurs;
        this.representatives = representatives;
        this.links = links;
        this.targetGroupCatalogue = targetGroupCatalogue;
    }

    @Override
    public Optional<CompanyRef> ref(long companyId) {
        return representatives.find(companyId);
    }

    @Override
    public List<CompanyRef> refs(Collection<Long> companyIds) {
        return representatives.refs(companyIds);
    }

    @Override
    public java.util.Map<Long, CompanyContact> contacts(Collection<Long> companyIds) {
        return representatives.contacts(companyIds);
    }

    @Override
    public List<Long> representedCompanyIds() {
        return representatives.representedCompanyIds();
    }

    @Override
    public boolean representsCompany(long companyId) {
        return representatives.represents(companyId);
    }

    @Override
    public void addRepresentative(long companyId, String username) {
        links.add(companyId, username);
    }

    @Override
    public Optional<Long> idByOrgNumber(String countryCode, String orgNumber) {
        return companies.byOrgNumber(countryCode, orgNumber).map(CompanyView::id);
    }

    @Override
    public long register(CompanyData d) {
        CompanyFacts facts = new CompanyFacts(d.legalForm(), null, null, null, null, null, null, null, null, null,
                null, null, d.employees(), null, CompanyStatus.ACTIVE, null, d.description(), List.of());
        return companies.create(new CompanyCommand(d.countryCode(), d.orgNumber(), d.name(), facts, d.naceCode(),
                d.municipalityId(), d.targetGroups())).id();
    }

    @Override
    public long register(CompanyData d, String email, List<String> languages) {
        CompanyFacts facts = new CompanyFacts(d.legalForm(), null, null, null, null, null, null, null, null, null,
                email, null, d.employees(), null, CompanyStatus.ACTIVE, null, d.description(), languages);
        return companies.create(new CompanyCommand(d.countryCode(), d.orgNumber(), d.name(), facts, d.naceCode(),
                d.municipalityId(), d.targetGroups())).id();
    }

    @Override
    public void recordFigure(long companyId, int year, BigDecimal revenue, String currency, Integer employees) {
        companies.recordFigure(companyId, year, revenue, currency, employees, null);
    }

    @Override
    public long registerEntrepreneur(EntrepreneurData d) {
        return entrepreneurs.createFor(d.ownerOrganisationId(), new EntrepreneurCommand(d.name(), d.email(), null,
                d.municipalityId(), d.idea(), d.consent(), d.shared(), d.targetGroups())).id();
    }

    @Override
    public void linkEntrepreneur(long entrepreneurId, long companyId) {
        entrepreneurs.linkCompany(entrepreneurId, companyId);
    }

    @Override
    public void linkEntrepreneur(long entrepreneurId, long companyId, java.time.LocalDate on) {
        entrepreneurs.linkCompany(entrepreneurId, companyId, on);
    }

    @Override
    public java.util.Map<String, String> targetGroupNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        targetGroupCatalogue.all().forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    @Override
    public java.util.Set<Long> inTargetGroup(String targetGroupCode, Collection<Long> companyIds) {
        return targetGroupCatalogue.membersOf(targetGroupCode, companyIds);
    }

    @Override
    public List<CompanyRef> companiesIn(Collection<Long> municipalityIds, int limit) {
        return representatives.inMunicipalities(municipalityIds, limit);
    }

    @Override
    public Optional<String> entrepreneurName(long entrepreneurId) {
        return entrepreneurs.visibleName(entrepreneurId);
    }
}
