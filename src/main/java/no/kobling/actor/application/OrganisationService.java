package no.kobling.actor.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.domain.Countries;
import no.kobling.actor.domain.Organisation;
import no.kobling.actor.domain.Person;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.actor.persistence.PartnershipRepository;
import no.kobling.actor.persistence.PersonRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: search, read, create (administrators) and edit (administrators, coordinators: their own). */
@Service
public class OrganisationService {

    static final String WHAT = "organisation";

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final PersonRepository people;
    private final ActorAccess access;
    private final ActorViews views;
    private final ReferenceChecks references;

    OrganisationService(OrganisationRepository organisations, PartnershipRepository partnerships,
            PersonRepository people, ActorAccess access, ActorViews views, ReferenceChecks references) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.people = people;
        this.access = access;
        this.views = views;
        this.references = references;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public Page<OrganisationView> search(OrganisationFilter filter, Pageable pageable) {
        Tenancy tenancy = access.tenancy();
        Specification<Organisation> spec = tenancy.organisations();
        if (filter.query() != null && !filter.query().isBlank()) {
            String like = "%" + escapeLike(filter.query().trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("name")), like, '\\'));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
            String country = Countries.require(filter.countryCode());
            spec = spec.and((root, q, cb) -> cb.equal(root.get("countryCode"), country));
        }
        Page<Organisation> page = organisations.findAll(spec, pageable);
        return new PageImpl<>(views.organisations(page.getContent()), pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public OrganisationDetails details(long id) {
        Tenancy tenancy = access.tenancy();
        Organisation organisation = visible(tenancy, id);
        List<PartnershipSummary> memberships = partnerships.findWithMember(id).stream()
                .filter(tenancy::canSee)
                .map(p -> views.summary(p, id))
                .sorted(Comparator.comparing(PartnershipSummary::name, ActorViews.collator()))
                .toList();
        List<Person> staff = people.findByOrganisationIdInOrderByNameAsc(List.of(id)).stream()
                .filter(tenancy::canSee).toList();
        return new OrganisationDetails(views.organisation(organisation), memberships, views.people(staff),
                tenancy.mayEdit(organisation), tenancy.mayManagePeopleOf(id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public OrganisationView get(long id) {
        return views.organisation(visible(access.tenancy(), id));
    }

    /** The organisation for its edit form: 404 unless the viewer may edit it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PARTNERSHIPS')")
    public OrganisationView forEdit(long id) {
        return views.organisation(editable(access.tenancy(), id));
    }

    /** Fails with 403 unless the viewer may create organisations (guards the empty form). */
    @PreAuthorize("hasAuthority('ADMINISTER_ORGANISATIONS')")
    public void requireMayCreate() {
        // the check is the annotation
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_ORGANISATIONS')")
    public OrganisationView create(OrganisationData data) {
        checkReferences(data);
        String country = Countries.require(data.countryCode());
        if (organisations.existsByNameIgnoreCaseAndCountryCode(data.name().trim(), country)) {
            throw nameTaken(data);
        }
        return views.organisation(organisations.save(new Organisation(data)));
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PARTNERSHIPS')")
    public OrganisationView update(long id, Long expectedVersion, OrganisationData data) {
        Organisation organisation = editable(access.tenancy(), id);
        StaleVersionException.check(WHAT, id, expectedVersion, organisation.getVersion());
        checkReferences(data);
        String country = Countries.require(data.countryCode());
        if (organisations.existsByNameIgnoreCaseAndCountryCodeAndIdNot(data.name().trim(), country, id)) {
            throw nameTaken(data);
        }
        organisation.change(data);
        organisations.flush();
        return views.organisation(organisation);
    }

    /** Organisations the viewer may choose as partnership members: all for administrators, else the visible ones. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY') or hasAuthority('ADMINISTER_ORGANISATIONS')")
    public List<OrganisationOption> options() {
        Tenancy tenancy = access.tenancy();
        return organisations.findAll(tenancy.organisations()).stream()
                .map(o -> new OrganisationOption(o.getId(), o.getName(), o.getKind(), o.getCountryCode()))
                .sorted(Comparator.comparing(OrganisationOption::name, ActorViews.collator()))
                .toList();
    }

    private void checkReferences(OrganisationData data) {
        if (data.name() == null || data.name().isBlank()) {
            throw DomainException.rule("organisation-name-required", "actor.error.organisation-name-required");
        }
        references.municipalityInCountry(data.homeMunicipalityId(), data.countryCode());
    }

    private static DomainException nameTaken(OrganisationData data) {
        return DomainException.conflict("organisation-name-taken", "actor.error.organisation-name-taken",
                data.name().trim());
    }

    private Organisation visible(Tenancy tenancy, long id) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        ActorAccess.visibleOr404(tenancy.canSee(organisation), WHAT, id);
        return organisation;
    }

    private Organisation editable(Tenancy tenancy, long id) {
        Organisation organisation = visible(tenancy, id);
        ActorAccess.visibleOr404(tenancy.mayEdit(organisation), WHAT, id);
        return organisation;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
