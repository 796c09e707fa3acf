package no.kobling.actor.application;

import jakarta.persistence.criteria.Join;
import java.util.Locale;
import no.kobling.actor.PersonData;
import no.kobling.actor.domain.Person;
import no.kobling.actor.persistence.OrganisationRepository;
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

/**
 * People in the network. Visible to their own organisation, and, when shared, to the partner organisations.
 * Created and changed by administrators, or by users with MANAGE_PEOPLE for their own organisation.
 */
@Service
public class PersonService {

    static final String WHAT = "person";

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final CompetenceCatalogue competences;
    private final ActorAccess access;
    private final ActorViews views;
    private final ReferenceChecks references;
    private final no.kobling.shared.privacy.ReadLog readLog;

    PersonService(PersonRepository people, OrganisationRepository organisations, CompetenceCatalogue competences,
            ActorAccess access, ActorViews views, ReferenceChecks references,
            no.kobling.shared.privacy.ReadLog readLog) {
        this.readLog = readLog;
        this.people = people;
        this.organisations = organisations;
        this.competences = competences;
        this.access = access;
        this.views = views;
        this.references = references;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public Page<PersonView> search(PersonFilter filter, Pageable pageable) {
        Specification<Person> spec = access.tenancy().people();
        if (filter.query() != null && !filter.query().isBlank()) {
            String like = "%" + OrganisationService.escapeLike(filter.query().trim().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("name")), like, '\\'));
        }
        if (filter.role() != null) {
            spec = spec.and((root, q, cb) -> cb.isMember(filter.role(), root.get("roles")));
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            String language = filter.language().trim().toLowerCase(Locale.ROOT);
            spec = spec.and((root, q, cb) -> cb.isMember(language, root.get("languages")));
        }
        if (filter.competence() != null && !filter.competence().isBlank()) {
            String code = filter.competence().trim();
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var person = sub.from(Person.class);
                Join<Object, Object> competence = person.join("competences");
                sub.select(person.get("id")).where(cb.equal(competence.get("code"), code));
                return root.get("id").in(sub);
            });
        }
        if (filter.organisationId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("organisationId"), filter.organisationId()));
        }
        Page<Person> page = people.findAll(spec, pageable);
        return new PageImpl<>(views.people(page.getContent()), pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public PersonDetails details(long id) {
        Tenancy tenancy = access.tenancy();
        Person person = visible(tenancy, id);
        readLog.read("person", String.valueOf(id), person.getName());
        return new PersonDetails(views.person(person), tenancy.mayManagePeopleOf(person.getOrganisationId()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public PersonView get(long id) {
        Person person = visible(access.tenancy(), id);
        readLog.read("person", String.valueOf(id), person.getName());
        return views.person(person);
    }

    /** The person for the edit form: 404 unless the viewer may change them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PEOPLE')")
    public PersonView forEdit(long id) {
        return views.person(manageable(access.tenancy(), id));
    }

    /** The organisation new people belong to for a non-administrator (null for administrators: they choose). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PEOPLE')")
    public Long fixedOrganisationForNewPeople() {
        Tenancy tenancy = access.tenancy();
        if (tenancy.seesAll()) {
            return null;
        }
        if (!tenancy.mayCreatePeople()) {
            throw DomainException.rule("person-organisation-not-allowed", "actor.error.person-organisation-not-allowed");
        }
        return tenancy.viewer().organisationId();
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PEOPLE')")
    public PersonView create(PersonData data) {
        Tenancy tenancy = access.tenancy();
        Long organisationId = data.organisationId() == null && !tenancy.seesAll()
                ? tenancy.viewer().organisationId() : data.organisationId();
        checkOrganisation(tenancy, organisationId);
        Person person = new Person(data.name(), organisationId);
        apply(person, data);
        if (tenancy.seesAll()) {
            person.linkUser(data.userId());
        }
        return views.person(people.saveAndFlush(person));
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMINISTER_ORGANISATIONS', 'MANAGE_PEOPLE')")
    public PersonView update(long id, Long expectedVersion, PersonData data) {
        Tenancy tenancy = access.tenancy();
        Person person = manageable(tenancy, id);
        StaleVersionException.check(WHAT, id, expectedVersion, person.getVersion());
        Long organisationId = data.organisationId() == null ? person.getOrganisationId() : data.organisationId();
        checkOrganisation(tenancy, organisationId);
        person.rename(data.name());
        person.workFor(organisationId);
        apply(person, data);
        if (tenancy.seesAll() && data.userId() != null) {
            person.linkUser(data.userId());
        }
        people.flush();
        return views.person(person);
    }

    /** Links a person to a user account (administrators). */
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public void linkUser(long personId, long userId) {
        Person person = manageable(access.tenancy(), personId);
        person.linkUser(userId);
    }

    private void apply(Person person, PersonData data) {
        person.actAs(data.roles());
        person.speak(data.languages());
        person.master(competences.resolve(data.competences()));
        references.municipality(data.homeMunicipalityId());
        person.liveIn(data.homeMunicipalityId());
        person.contact(data.email(), data.phone());
        person.shareWithPartnerships(data.sharedWithPartnerships());
    }

    private void checkOrganisation(Tenancy tenancy, Long organisationId) {
        if (organisationId == null) {
            throw DomainException.rule("person-organisation-required", "actor.error.person-organisation-required");
        }
        if (!tenancy.mayManagePeopleOf(organisationId)) {
            throw DomainException.rule("person-organisation-not-allowed", "actor.error.person-organisation-not-allowed");
        }
        if (!organisations.existsById(organisationId)) {
            throw DomainException.rule("organisation-unknown", "actor.error.organisation-unknown");
        }
    }

    private Person visible(Tenancy tenancy, long id) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException(WHAT, id));
        ActorAccess.visibleOr404(tenancy.canSee(person), WHAT, id);
        return person;
    }

    private Person manageable(Tenancy tenancy, long id) {
        Person person = visible(tenancy, id);
        ActorAccess.visibleOr404(tenancy.mayManagePeopleOf(person.getOrganisationId()), WHAT, id);
        return person;
    }
}
