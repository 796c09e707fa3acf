package no.kobling.company.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.kobling.company.OrganisationNumbers;
import no.kobling.company.application.Views.ChangeView;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.FigureView;
import no.kobling.company.application.Views.MergeResult;
import no.kobling.company.domain.ChangeKind;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyChange;
import no.kobling.company.domain.Entrepreneur;
import no.kobling.company.domain.FigureSource;
import no.kobling.company.domain.NaceInfo;
import no.kobling.company.domain.PlaceInfo;
import no.kobling.company.domain.YearlyFigure;
import no.kobling.company.persistence.CompanyChangeRepository;
import no.kobling.company.persistence.CompanyRepository;
import no.kobling.company.persistence.EntrepreneurRepository;
import no.kobling.identity.UserZones;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company register: shared data every user with MANAGE_COMPANIES or VIEW_DIRECTORY may read; creating needs
 * MANAGE_COMPANIES; editing needs it and the company in the caller's area, and on an imported company the
 * register-owned fields stay the import's; merging needs MERGE_COMPANIES (rules in {@link RegisterAccess}). Every
 * manual change writes a row to the company's history.
 */
@Service
public class CompanyService {

    static final String WHAT = "company";
    static final String READ = "hasAnyAuthority('MANAGE_COMPANIES', 'VIEW_DIRECTORY')";
    static final String WRITE = "hasAuthority('MANAGE_COMPANIES')";
    static final String MERGE = "hasAuthority('MERGE_COMPANIES')";

    private final CompanyRepository companies;
    private final CompanyChangeRepository changes;
    private final EntrepreneurRepository entrepreneurs;
    private final TargetGroupCatalogue targetGroups;
    private final CompanyViews views;
    private final CompanyAccess access;
    private final RegisterAccess register;
    private final Clock clock;
    private final UserZones userZones;

    @PersistenceContext
    private EntityManager em;

    CompanyService(CompanyRepository companies, CompanyChangeRepository changes, EntrepreneurRepository entrepreneurs,
            TargetGroupCatalogue targetGroups, CompanyViews views, CompanyAccess access, RegisterAccess register,
            Clock clock, UserZones userZones) {
        this.companies = companies;
        this.changes = changes;
        this.entrepreneurs = entrepreneurs;
        this.targetGroups = targetGroups;
        this.views = views;
        this.access = access;
        this.register = register;
        this.clock = clock;
        this.userZones = userZones;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public CompanyView get(long id) {
        return views.company(find(id));
    }

    /** The company with this number in the register, if any (the number in any accepted spelling). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Optional<CompanyView> byOrgNumber(String countryCode, String orgNumber) {
        String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        return OrganisationNumbers.normalise(country, orgNumber)
                .flatMap(n -> companies.findByCountryCodeAndOrgNumber(country, n)).map(views::company);
    }

    /** Fails (403) unless the caller may create and change companies: for pages that only show a form. */
    @PreAuthorize(WRITE)
    public void requireManage() {
        // the check is the annotation
    }

    /** What the caller may do with the company (for pages: which buttons and fields to offer). */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public EditRights rights(long id) {
        Company company = find(id);
        RegisterAccess.Editor editor = register.editor();
        boolean edit = editor.mayEdit(company);
        return new EditRights(edit, edit && editor.mayEditRegisterFields(company),
                edit && editor.has(no.kobling.identity.Permission.MERGE_COMPANIES), company.isFromRegister());
    }

    /** The company for its edit form: 403 (company-not-in-area) unless the caller may change it. */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITE)
    public CompanyView forEdit(long id) {
        Company company = find(id);
        editable(register.editor(), company);
        return views.company(company);
    }

    /** Fails unless the caller may merge into this company: 403 without MERGE_COMPANIES or outside the area. */
    @Transactional(readOnly = true)
    @PreAuthorize(MERGE)
    public void requireMerge(long id) {
        editable(register.editor(), find(id));
    }

    /** What the caller may change: local fields, register-owned fields, merges; whether it came from a register. */
    public record EditRights(boolean edit, boolean registerFields, boolean merge, boolean fromRegister) {
    }

    @Transactional
    @PreAuthorize(WRITE)
    public CompanyView create(CompanyCommand command) {
        Company company = new Company(command.countryCode(), command.orgNumber(), command.name(), clock.instant());
        companies.findByCountryCodeAndOrgNumber(company.getCountryCode(), company.getOrgNumber()).ifPresent(c -> {
            throw new CompanyExistsException(c.getId(), c.getOrgNumber());
        });
        company.enteredBy(register.editor().organisationId());
        company.describe(command.facts(), nace(command.naceCode()), place(command.municipalityId()),
                targetGroups.resolve(command.targetGroups()), clock.instant());
        companies.saveAndFlush(company);
        record(company.getId(), ChangeKind.CREATED, null);
        return views.company(company);
    }

    @Transactional
    @PreAuthorize(WRITE)
    public CompanyView update(long id, Long expectedVersion, CompanyCommand command) {
        Company company = find(id);
        RegisterAccess.Editor editor = register.editor();
        editable(editor, company);
        boolean registerFields = editor.mayEditRegisterFields(company); // decided on the company as it was
        StaleVersionException.check(WHAT, id, expectedVersion, company.getVersion());
        List<String> changed = new java.util.ArrayList<>();
        if (company.rename(command.name(), userZones.today())) {
            changed.add("name");
        }
        changed.addAll(company.describe(command.facts(), nace(command.naceCode()), place(command.municipalityId()),
                targetGroups.resolve(command.targetGroups()), clock.instant()));
        List<String> owned = changed.stream().filter(Company.REGISTER_OWNED::contains).sorted().toList();
        if (!owned.isEmpty() && !registerFields) {
            // nothing is written: the exception rolls the transaction back
            throw new RegisterOwnedFieldsException(owned);
        }
        if (!changed.isEmpty()) {
            companies.flush();
            record(id, ChangeKind.UPDATED, String.join(",", changed));
        }
        return views.company(company);
    }

    /** Adds or replaces the figures of one year (entered by hand). */
    @Transactional
    @PreAuthorize(WRITE)
    public FigureView recordFigure(long id, int year, BigDecimal revenue, String currency, Integer employees,
            Long expectedVersion) {
        Company company = find(id);
        editable(register.editor(), company);
        company.figure(year).ifPresent(f -> StaleVersionException.check("figure", year, expectedVersion,
                f.getVersion()));
        YearlyFigure figure = company.recordFigure(year, revenue, currency, employees, FigureSource.ENTERED);
        companies.flush();
        record(id, ChangeKind.UPDATED, "figures." + year);
        return new FigureView(figure.getFiscalYear(), figure.getRevenue(), figure.getCurrency(), figure.getEmployees(),
                figure.getSource(), figure.getVersion());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Optional<FigureView> figure(long id, int year) {
        return find(id).figure(year).map(f -> new FigureView(f.getFiscalYear(), f.getRevenue(), f.getCurrency(),
                f.getEmployees(), f.getSource(), f.getVersion()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Page<ChangeView> history(long id, Pageable pageable) {
        find(id);
        return changes.findByCompanyIdOrderByOccurredAtDescIdDesc(id, pageable).map(views::change);
    }

    /**
     * Merges the duplicate into the company: the company takes over names, figures (its own win on a year both
     * have), target groups, history and the entrepreneurs linked to the duplicate; the duplicate points to it.
     */
    @Transactional
    @PreAuthorize(MERGE)
    public MergeResult merge(long id, long duplicateId) {
        Company company = find(id);
        Company duplicate = find(duplicateId);
        if (!register.editor().mayMerge(company, duplicate)) {
            throw RegisterAccess.notInArea();
        }
        List<Integer> conflicts = company.absorb(duplicate, userZones.today(), clock.instant());
        companies.flush();
        int moved = changes.moveHistory(duplicateId, id);
        List<Entrepreneur> linked = entrepreneurs.findByCompanyId(duplicateId);
        linked.forEach(e -> e.companyMergedInto(id));
        String detail = "mergedFrom=" + duplicateId + (conflicts.isEmpty() ? "" : ";keptYears=" + conflicts);
        record(id, ChangeKind.MERGED, detail);
        record(duplicateId, ChangeKind.MERGED, "mergedInto=" + id);
        return new MergeResult(id, duplicateId, conflicts, linked.size(), moved);
    }

    private static void editable(RegisterAccess.Editor editor, Company company) {
        if (!editor.mayEdit(company)) {
            throw RegisterAccess.notInArea();
        }
    }

    Company find(long id) {
        return companies.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
    }

    private void record(long companyId, ChangeKind kind, String fields) {
        changes.save(new CompanyChange(companyId, clock.instant(), access.caller().name(), kind, fields));
    }

    private NaceInfo nace(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        NaceInfo nace = em.find(NaceInfo.class, code.strip());
        if (nace == null) {
            throw DomainException.rule("nace-unknown", "company.error.nace-unknown", code);
        }
        return nace;
    }

    private PlaceInfo place(Long municipalityId) {
        if (municipalityId == null) {
            return null;
        }
        PlaceInfo place = em.find(PlaceInfo.class, municipalityId);
        if (place == null) {
            throw DomainException.rule("municipality-unknown", "company.error.municipality-unknown");
        }
        return place;
    }
}
