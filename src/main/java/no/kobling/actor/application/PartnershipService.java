package no.kobling.actor.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.domain.Organisation;
import no.kobling.actor.domain.Partnership;
import no.kobling.actor.domain.Period;
import no.kobling.actor.domain.Person;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.actor.persistence.PartnershipRepository;
import no.kobling.actor.persistence.PersonRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.Zones;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships: visible to their member organisations; created by administrators or coordinators (whose
 * organisation becomes owner); changed by administrators or coordinators of an owner or hub.
 */
@Service
public class PartnershipService {

    static final String WHAT = "partnership";

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final ActorAccess access;
    private final ActorViews views;
    private final ReferenceChecks references;
    private final Clock clock;

    PartnershipService(PartnershipRepository partnerships, OrganisationRepository organisations,
            PersonRepository people, ActorAccess access, ActorViews views, ReferenceChecks references, Clock clock) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
        this.access = access;
        this.views = views;
        this.references = references;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public Page<PartnershipSummary> search(String query, Pageable pageable) {
        Tenancy tenancy = access.tenancy();
        Specification<Partnership> spec = tenancy.partnerships();
        if (query != null && !query.isBlank()) {
            String like = "%" + OrganisationService.escapeLike(query.trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("name")), like, '\\'));
        }
        Page<Partnership> page = partnerships.findAll(spec, pageable);
        Long own = tenancy.viewer().organisationId();
        return new PageImpl<>(page.getContent().stream().map(p -> views.summary(p, own)).toList(), pageable,
                page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public PartnershipDetails details(long id) {
        Tenancy tenancy = access.tenancy();
        Partnership partnership = visible(tenancy, id);
        List<Person> staff = people.findByOrganisationIdInOrderByNameAsc(partnership.getMembers().keySet()).stream()
                .filter(tenancy::canSee).toList();
        return new PartnershipDetails(views.partnership(partnership), views.people(staff), tenancy.mayEdit(partnership));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public PartnershipView get(long id) {
        return views.partnership(visible(access.tenancy(), id));
    }

    /** The partnership for its edit form: 404 unless the viewer may change it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PARTNERSHIPS')")
    public PartnershipView forEdit(long id) {
        return views.partnership(editable(access.tenancy(), id));
    }

    /** Fails unless the viewer may create partnerships (guards the empty form). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PARTNERSHIPS')")
    public void requireMayCreate() {
        if (!access.tenancy().mayCreatePartnerships()) {
            throw DomainException.rule("partnership-needs-organisation", "actor.error.partnership-needs-organisation");
        }
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PARTNERSHIPS')")
    public PartnershipView create(PartnershipData data) {
        Tenancy tenancy = access.tenancy();
        if (!tenancy.mayCreatePartnerships()) {
            throw DomainException.rule("partnership-needs-organisation", "actor.error.partnership-needs-organisation");
        }
        Map<Long, MemberRole> members = new HashMap<>(data.members());
        if (!tenancy.seesAll()) {
            members.put(tenancy.viewer().organisationId(), MemberRole.OWNER);
        }
        check(tenancy, data, members);
        Partnership partnership = new Partnership(data.name(), data.purpose(),
                Period.of(data.startDate(), data.endDate()), tenancy.viewer().name(), clock.instant());
        partnership.coverMunicipalities(data.municipalityIds());
        partnership.replaceMembers(members);
        partnership.changeZone(Zones.require(data.timeZone(), hubZone(members)));
        return views.partnership(partnerships.saveAndFlush(partnership));
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PARTNERSHIPS')")
    public PartnershipView update(long id, Long expectedVersion, PartnershipData data) {
        Tenancy tenancy = access.tenancy();
        Partnership partnership = editable(tenancy, id);
        StaleVersionException.check(WHAT, id, expectedVersion, partnership.getVersion());
        check(tenancy, data, data.members());
        partnership.describe(data.name(), data.purpose());
        partnership.reschedule(Period.of(data.startDate(), data.endDate()));
        partnership.coverMunicipalities(data.municipalityIds());
        partnership.replaceMembers(data.members());
        partnership.changeZone(Zones.require(data.timeZone(), hubZone(data.members())));
        if (!tenancy.mayEdit(partnership)) {
            // a coordinator must not lock their own organisation out of the partnership they are editing
            throw DomainException.rule("partnership-editor-role-lost", "actor.error.partnership-editor-role-lost");
        }
        partnerships.flush();
        return views.partnership(partnership);
    }

    /** Members must be organisations the viewer may see; municipalities must exist. */
    private void check(Tenancy tenancy, PartnershipData data, Map<Long, MemberRole> members) {
        Period.of(data.startDate(), data.endDate());
        references.municipalities(data.municipalityIds());
        Set<Long> ids = members.keySet();
        long known = organisations.findAllById(ids).stream().filter(tenancy::canSee).count();
        if (known != ids.size()) {
            throw DomainException.rule("organisation-unknown", "actor.error.organisation-unknown");
        }
    }

    /** The zone of the hub, else of an owner, else of any member (the lowest id), else the default. */
    private ZoneId hubZone(Map<Long, MemberRole> members) {
        Comparator<Map.Entry<Long, MemberRole>> order = Comparator.comparingInt(
                (Map.Entry<Long, MemberRole> e) -> e.getValue() == MemberRole.HUB ? 0
                        : e.getValue() == MemberRole.OWNER ? 1 : 2).thenComparing(Map.Entry::getKey);
        return members.entrySet().stream().sorted(order).findFirst()
                .flatMap(e -> organisations.findById(e.getKey())).map(Organisation::zone).orElse(Zones.DEFAULT);
    }

    private Partnership visible(Tenancy tenancy, long id) {
        Partnership partnership = partnerships.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        ActorAccess.visibleOr404(tenancy.canSee(partnership), WHAT, id);
        return partnership;
    }

    private Partnership editable(Tenancy tenancy, long id) {
        Partnership partnership = visible(tenancy, id);
        ActorAccess.visibleOr404(tenancy.mayEdit(partnership), WHAT, id);
        return partnership;
    }
}
