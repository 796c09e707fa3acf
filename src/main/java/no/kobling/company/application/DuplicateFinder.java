package no.kobling.company.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kobling.company.application.Views.DuplicateView;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyNames;
import no.kobling.company.domain.Entrepreneur;
import no.kobling.company.persistence.EntrepreneurRepository;
import no.kobling.company.search.CompanySearch;
import no.kobling.geo.MunicipalityRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates: companies and (visible) entrepreneurs in the same municipality whose names are similar by
 * {@link CompanyNames#similar}. Candidates among companies come from a fuzzy search in the index.
 */
@Service
public class DuplicateFinder {

    private static final int CANDIDATES = 50;

    private final CompanyService companies;
    private final CompanySearch search;
    private final EntrepreneurRepository entrepreneurs;
    private final CompanyAccess access;
    private final CompanyViews views;

    DuplicateFinder(CompanyService companies, CompanySearch search, EntrepreneurRepository entrepreneurs,
            CompanyAccess access, CompanyViews views) {
        this.companies = companies;
        this.search = search;
        this.entrepreneurs = entrepreneurs;
        this.access = access;
        this.views = views;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CompanyService.READ)
    public List<DuplicateView> forCompany(long id) {
        Company company = companies.find(id);
        return find(company.getName(), company.getMunicipalityId(), id, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public List<DuplicateView> forEntrepreneur(long entrepreneurId, String name, Long municipalityId) {
        return find(name, municipalityId, -1, entrepreneurId);
    }

    private List<DuplicateView> find(String name, Long municipalityId, long companyId, Long entrepreneurId) {
        if (municipalityId == null) {
            return List.of();
        }
        Map<Long, MunicipalityRef> places = views.municipalities(List.of(municipalityId));
        String place = places.containsKey(municipalityId) ? places.get(municipalityId).name() : null;
        List<DuplicateView> found = new ArrayList<>();
        for (CompanySearch.NameCandidate c : search.similarNames(name, municipalityId, companyId, CANDIDATES)) {
            if (CompanyNames.similar(name, c.name())
                    || c.formerNames().stream().anyMatch(f -> CompanyNames.similar(name, f))) {
                found.add(new DuplicateView("COMPANY", c.id(), c.name(), c.orgNumber(), place,
                        "/companies/" + c.id()));
            }
        }
        CompanyAccess.Caller caller = access.caller();
        if (caller.viewsDirectory()) {
            for (Entrepreneur e : entrepreneurs.findByMunicipalityId(municipalityId)) {
                if (!e.getId().equals(entrepreneurId) && caller.canSee(e) && CompanyNames.similar(name, e.getName())) {
                    found.add(new DuplicateView("ENTREPRENEUR", e.getId(), e.getName(), null, place,
                            "/entrepreneurs/" + e.getId()));
                }
            }
        }
        return found;
    }
}
