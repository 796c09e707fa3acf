package no.kobling.actor.application;

import java.util.List;
import java.util.Optional;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PartnershipRef;
import no.kobling.actor.PersonData;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.actor.persistence.PartnershipRepository;
import no.kobling.actor.persistence.PersonRepository;
import no.kobling.identity.Permission;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The actor module's facade for other modules; delegates to the application services and their checks. */
@Service
class ActorsFacade implements Actors {

    private final OrganisationService organisationService;
    private final PartnershipService partnershipService;
    private final PersonService personService;
    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final PersonRepository people;
    private final ActorAccess access;
    private final CompetenceCatalogue competenceCatalogue;
    private final TenancyRule tenancyRule;

    ActorsFacade(OrganisationService organisationService, PartnershipService partnershipService,
            PersonService personService, OrganisationRepository organisations, PartnershipRepository partnerships,
            PersonRepository people, ActorAccess access, CompetenceCatalogue competenceCatalogue,
            TenancyRule tenancyRule) {
        this.tenancyRule = tenancyRule;
        this.organisationService = organisationService;
        this.partnershipService = partnershipService;
        this.personService = personService;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.people = people;
        this.access = access;
        this.competenceCatalogue = competenceCatalogue;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public Optional<Long> organisationIdByName(String name) {
        Tenancy tenancy = access.tenancy();
        return organisations.findFirstByNameIgnoreCaseOrderByIdAsc(name).filter(tenancy::canSee)
                .map(o -> o.getId());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public Optional<Long> partnershipIdByName(String name) {
        Tenancy tenancy = access.tenancy();
        return partnerships.findFirstByNameIgnoreCaseOrderByIdAsc(name).filter(tenancy::canSee)
                .map(p -> p.getId());
    }

    @Override
    public long createOrganisation(OrganisationData data) {
        return organisationService.create(data).id();
    }

    @Override
    public long createPartnership(PartnershipData data) {
        return partnershipService.create(data).id();
    }

    @Override
    public long createPerson(PersonData data) {
        return personService.create(data).id();
    }

    @Override
    public void linkPersonToUser(long personId, long userId) {
        personService.linkUser(personId, userId);
    }

    @Override
    public List<Long> partnershipMunicipalityIds(long partnershipId) {
        return partnershipService.get(partnershipId).municipalities().stream().map(m -> m.id()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnershipRef> visiblePartnerships() {
        return visiblePartnershipEntities().stream().map(p -> new PartnershipRef(p.getId(), p.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnershipRef> activePartnerships() {
        java.time.LocalDate today = tenancyRule.today();
        return visiblePartnershipEntities().stream().filter(p -> p.isActiveOn(today))
                .map(p -> new PartnershipRef(p.getId(), p.getName())).toList();
    }

    private List<no.kobling.actor.domain.Partnership> visiblePartnershipEntities() {
        Tenancy tenancy = access.tenancy();
        // funders (VIEW_REPORTS) choose among their partnerships for the reports (aggregates), too
        if (!tenancy.seesAll() && !tenancy.viewer().has(Permission.VIEW_DIRECTORY)
                && !tenancy.viewer().has(Permission.VIEW_REPORTS)) {
            return List.of();
        }
        return partnerships.findAll(tenancy.partnerships(), Sort.by("name", "id"));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('VIEW_DIRECTORY')")
    public Counts counts() {
        Tenancy tenancy = access.tenancy();
        return new Counts(organisations.count(tenancy.organisations()), partnerships.count(tenancy.partnerships()),
                people.count(tenancy.people()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> visibleOrganisationIds() {
        Tenancy tenancy = access.tenancy();
        return organisations.findAll(tenancy.organisations()).stream().map(o -> o.getId()).sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<no.kobling.actor.ExpertRef> experts() {
        Tenancy tenancy = access.tenancy();
        List<no.kobling.actor.domain.Person> found = people.findAll(tenancy.people(), Sort.by("name", "id")).stream()
                .filter(p -> p.getRoles().contains(no.kobling.actor.NetworkRole.MENTOR_EXPERT)).toList();
        java.util.Map<Long, no.kobling.actor.domain.Organisation> orgs = organisations.findAllById(
                found.stream().map(p -> p.getOrganisationId()).collect(java.util.stream.Collectors.toSet()))
                .stream().collect(java.util.stream.Collectors.toMap(o -> o.getId(), o -> o));
        return found.stream().filter(p -> orgs.containsKey(p.getOrganisationId())).map(p -> {
            no.kobling.actor.domain.Organisation o = orgs.get(p.getOrganisationId());
            return new no.kobling.actor.ExpertRef(p.getId(), p.getName(), o.getId(), o.getName(), o.getCountryCode(),
                    p.getHomeMunicipalityId(), p.getLanguages(), p.getCompetences().stream()
                            .map(c -> c.getCode()).collect(java.util.stream.Collectors.toSet()), p.getUserId());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, String> competenceNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        competenceCatalogue.all().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }
}
