package no.kobling.actor.application;

import jakarta.persistence.criteria.Predicate;
import java.util.HashSet;
import java.util.Set;
import no.kobling.actor.domain.Organisation;
import no.kobling.actor.domain.Partnership;
import no.kobling.actor.domain.Person;
import no.kobling.identity.Permission;
import org.springframework.data.jpa.domain.Specification;

/**
 * What one viewer may see and change, computed once per use case by {@link ActorAccess}:
 * <ul>
 * <li>administrators (and the system) see everything;</li>
 * <li>otherwise a user of organisation X sees X and every organisation that shares a partnership with X, the
 * partnerships X is a member of, the people of X, and the people of partner organisations marked as shared.</li>
 * </ul>
 * A record outside this answers 404.
 */
public final class Tenancy {

    private final Viewer viewer;
    private final Set<Long> organisationIds;
    private final Set<Long> partnershipIds;

    Tenancy(Viewer viewer, Set<Long> organisationIds, Set<Long> partnershipIds) {
        this.viewer = viewer;
        this.organisationIds = Set.copyOf(organisationIds);
        this.partnershipIds = Set.copyOf(partnershipIds);
    }

    public Viewer viewer() {
        return viewer;
    }

    public boolean seesAll() {
        return viewer.administrator();
    }

    public boolean canSeeOrganisation(Long id) {
        return seesAll() || (id != null && organisationIds.contains(id));
    }

    public boolean canSee(Organisation organisation) {
        return canSeeOrganisation(organisation.getId());
    }

    public boolean canSee(Partnership partnership) {
        return seesAll() || (partnership.getId() != null && partnershipIds.contains(partnership.getId()));
    }

    public boolean canSee(Person person) {
        return seesAll() || viewer.belongsTo(person.getOrganisationId())
                || (person.isSharedWithPartnerships() && canSeeOrganisation(person.getOrganisationId()));
    }

    /** Administrators edit every organisation; coordinators their own. */
    public boolean mayEdit(Organisation organisation) {
        return seesAll() || (viewer.has(Permission.MANAGE_PARTNERSHIPS) && viewer.belongsTo(organisation.getId()));
    }

    /** Administrators edit every partnership; coordinators those their organisation owns or is the hub of. */
    public boolean mayEdit(Partnership partnership) {
        return seesAll() || (viewer.has(Permission.MANAGE_PARTNERSHIPS)
                && partnership.isRunBy(viewer.organisationId()));
    }

    /** Administrators manage everybody; users with MANAGE_PEOPLE the people of their own organisation. */
    public boolean mayManagePeopleOf(Long organisationId) {
        return seesAll() || (viewer.has(Permission.MANAGE_PEOPLE) && viewer.belongsTo(organisationId));
    }

    public boolean mayCreateOrganisations() {
        return viewer.has(Permission.ADMINISTER_ORGANISATIONS);
    }

    public boolean mayCreatePartnerships() {
        return seesAll() || (viewer.has(Permission.MANAGE_PARTNERSHIPS) && viewer.organisationId() != null);
    }

    public boolean mayCreatePeople() {
        return seesAll() || (viewer.has(Permission.MANAGE_PEOPLE) && viewer.organisationId() != null);
    }

    /** Query restriction: only visible organisations. */
    public Specification<Organisation> organisations() {
        if (seesAll()) {
            return Specification.unrestricted();
        }
        Set<Long> ids = withSentinel(organisationIds);
        return (root, query, cb) -> root.get("id").in(ids);
    }

    /** Query restriction: only visible partnerships. */
    public Specification<Partnership> partnerships() {
        if (seesAll()) {
            return Specification.unrestricted();
        }
        Set<Long> ids = withSentinel(partnershipIds);
        return (root, query, cb) -> root.get("id").in(ids);
    }

    /** Query restriction: people of the own organisation, and shared people of partner organisations. */
    public Specification<Person> people() {
        if (seesAll()) {
            return Specification.unrestricted();
        }
        Long own = viewer.organisationId() == null ? -1L : viewer.organisationId();
        Set<Long> partners = withSentinel(organisationIds);
        return (root, query, cb) -> {
            Predicate mine = cb.equal(root.get("organisationId"), own);
            Predicate shared = cb.and(cb.isTrue(root.get("sharedWithPartnerships")),
                    root.get("organisationId").in(partners));
            return cb.or(mine, shared);
        };
    }

    private static Set<Long> withSentinel(Set<Long> ids) {
        Set<Long> copy = new HashSet<>(ids);
        copy.add(-1L);
        return copy;
    }
}
