package no.kobling.company.application;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.company.application.CompanyAccess.Caller;
import no.kobling.company.application.Views.EntrepreneurView;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.Entrepreneur;
import no.kobling.company.persistence.EntrepreneurRepository;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.UserZones;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entrepreneurs: personal data of the organisation that registered them (shared ones visible to partner
 * organisations). Reading needs VIEW_DIRECTORY, writing MANAGE_COMPANIES; registering needs their consent.
 */
@Service
public class EntrepreneurService {

    static final String WHAT = "entrepreneur";
    static final String READ = "hasAuthority('VIEW_DIRECTORY')";
    static final String WRITE = "hasAuthority('MANAGE_COMPANIES')";

    private final EntrepreneurRepository entrepreneurs;
    private final CompanyService companies;
    private final TargetGroupCatalogue targetGroups;
    private final CompanyAccess access;
    private final CompanyViews views;
    private final Geography geography;
    private final Clock clock;
    private final UserZones userZones;

    private final no.kobling.shared.privacy.ReadLog readLog;

    EntrepreneurService(EntrepreneurRepository entrepreneurs, CompanyService companies,
            TargetGroupCatalogue targetGroups, CompanyAccess access, CompanyViews views, Geography geography,
            Clock clock,
            UserZones userZones, no.kobling.shared.privacy.ReadLog readLog) {
        this.readLog = readLog;
        this.entrepreneurs = entrepreneurs;
        this.companies = companies;
        this.targetGroups = targetGroups;
        this.access = access;
        this.views = views;
        this.geography = geography;
        this.clock = clock;
        this.userZones = userZones;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Page<EntrepreneurView> search(String query, Pageable pageable) {
        Caller caller = access.caller();
        Specification<Entrepreneur> spec = visible(caller);
        if (query != null && !query.isBlank()) {
            String like = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("name")), like, '\\'));
        }
        Page<Entrepreneur> page = entrepreneurs.findAll(spec, pageable);
        Map<Long, MunicipalityRef> places = views.municipalities(
                page.getContent().stream().map(Entrepreneur::getMunicipalityId).toList());
        return page.map(e -> view(e, caller, places));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public EntrepreneurView get(long id) {
        Caller caller = access.caller();
        Entrepreneur e = visible(caller, id);
        readLog.read("entrepreneur", String.valueOf(id), e.getName());
        return view(e, caller, views.municipalities(e.getMunicipalityId() == null ? List.of()
                : List.of(e.getMunicipalityId())));
    }

    @Transactional
    @PreAuthorize(WRITE)
    public EntrepreneurView create(EntrepreneurCommand command) {
        return createFor(null, command);
    }

    /** Registers for an organisation: the caller's own; administrators and the system may name another. */
    @Transactional
    @PreAuthorize(WRITE)
    public EntrepreneurView createFor(Long organisationId, EntrepreneurCommand command) {
        Caller caller = access.caller();
        Long owner = organisationId != null && caller.seesAll() ? organisationId : caller.organisationId();
        if (owner == null) {
            throw DomainException.rule("entrepreneur-organisation-required",
                    "company.error.entrepreneur-organisation-required");
        }
        Entrepreneur e = new Entrepreneur(owner, command.name(), command.consent(), clock.instant());
        apply(e, command);
        entrepreneurs.saveAndFlush(e);
        return get(e.getId());
    }

    @Transactional
    @PreAuthorize(WRITE)
    public EntrepreneurView update(long id, Long expectedVersion, EntrepreneurCommand command) {
        Caller caller = access.caller();
        Entrepreneur e = editable(caller, id);
        StaleVersionException.check(WHAT, id, expectedVersion, e.getVersion());
        apply(e, command);
        entrepreneurs.flush();
        return get(id);
    }

    /** Links the entrepreneur to the company they started; today is the day the new company counts as started. */
    @Transactional
    @PreAuthorize(WRITE)
    public EntrepreneurView linkCompany(long id, long companyId) {
        return linkCompany(id, companyId, null);
    }

    /**
     * As {@link #linkCompany(long, long)} on a given day (set-up work such as demo data and imports): {@code null} or
     * a day after today counts as today.
     */
    @Transactional
    @PreAuthorize(WRITE)
    public EntrepreneurView linkCompany(long id, long companyId, java.time.LocalDate on) {
        Caller caller = access.caller();
        Entrepreneur e = editable(caller, id);
        Company company = companies.find(companyId);
        long target = company.isMerged() ? company.getMergedIntoId() : company.getId();
        java.time.LocalDate today = userZones.today();
        e.startedCompany(target, on == null || on.isAfter(today) ? today : on);
        entrepreneurs.flush();
        return get(id);
    }

    /** The entrepreneur for the edit form: 404 unless the caller may change them. */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITE)
    public EntrepreneurView forEdit(long id) {
        editable(access.caller(), id);
        return get(id);
    }

    private void apply(Entrepreneur e, EntrepreneurCommand command) {
        if (command.municipalityId() != null && geography.municipality(command.municipalityId()).isEmpty()) {
            throw DomainException.rule("municipality-unknown", "company.error.municipality-unknown");
        }
        e.update(command.name(), command.email(), command.phone(), command.municipalityId(), command.idea(),
                command.shared(), targetGroups.resolve(command.targetGroups()));
    }

    private Entrepreneur visible(Caller caller, long id) {
        Entrepreneur e = entrepreneurs.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        CompanyAccess.visibleOr404(caller.canSee(e), WHAT, id);
        return e;
    }

    private Entrepreneur editable(Caller caller, long id) {
        Entrepreneur e = visible(caller, id);
        CompanyAccess.visibleOr404(caller.mayEdit(e), WHAT, id);
        return e;
    }

    private EntrepreneurView view(Entrepreneur e, Caller caller, Map<Long, MunicipalityRef> places) {
        MunicipalityRef place = e.getMunicipalityId() == null ? null : places.get(e.getMunicipalityId());
        String companyName = e.getCompanyId() == null ? null : companies.find(e.getCompanyId()).getName();
        return new EntrepreneurView(e.getId(), e.getName(), e.getEmail(), e.getPhone(), e.getMunicipalityId(),
                place == null ? null : place.name(), e.getIdea(), e.isConsentGiven(), e.getConsentAt(), e.isShared(),
                e.getOwnerOrganisationId(), e.getCompanyId(), companyName, e.getCompanyLinkedOn(),
                views.targetGroups(e.getTargetGroups()), e.getCreatedAt(), e.getVersion(), caller.mayEdit(e));
    }

    private static Specification<Entrepreneur> visible(Caller caller) {
        if (caller.seesAll()) {
            return Specification.unrestricted();
        }
        long own = caller.organisationId() == null ? -1L : caller.organisationId();
        Set<Long> partners = new HashSet<>(caller.partnerOrganisations());
        partners.add(-1L);
        return (root, q, cb) -> {
            Predicate mine = cb.equal(root.get("ownerOrganisationId"), own);
            Predicate shared = cb.and(cb.isTrue(root.get("shared")), root.get("ownerOrganisationId").in(partners));
            return cb.or(mine, shared);
        };
    }

    /** The entrepreneur's name if the caller may see them; empty otherwise (never throws for hidden records). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> visibleName(long id) {
        Caller caller = access.caller();
        return entrepreneurs.findById(id).filter(caller::canSee).map(Entrepreneur::getName);
    }
}
