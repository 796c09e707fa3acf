package no.kobling.project.plan.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Visibility;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.project.plan.application.ProjectData.PartyData;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.Party;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.domain.ProjectType;
import no.kobling.project.plan.domain.TypeDeliverable;
import no.kobling.project.plan.domain.TypePhase;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PartyRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.project.plan.persistence.TypeDeliverableRepository;
import no.kobling.project.plan.persistence.TypePhaseRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits projects: the type's phases and deliverables are copied in on creation; owner, parties,
 * municipalities and funder are checked against the partnership; submission runs every {@link SubmissionCheck}.
 */
@Service
public class ProjectService {

    static final String MANAGE = "hasAuthority('MANAGE_PROJECTS')";

    private final ProjectRepository projects;
    private final PartyRepository parties;
    private final PhaseRepository phases;
    private final DeliverableRepository deliverables;
    private final ProjectTypeRepository types;
    private final TypePhaseRepository typePhases;
    private final TypeDeliverableRepository typeDeliverables;
    private final ProjectAccess access;
    private final PlanDirectory directory;
    private final CurrentUsers currentUsers;
    private final List<SubmissionCheck> checks;

    ProjectService(ProjectRepository projects, PartyRepository parties, PhaseRepository phases,
            DeliverableRepository deliverables, ProjectTypeRepository types, TypePhaseRepository typePhases,
            TypeDeliverableRepository typeDeliverables, ProjectAccess access, PlanDirectory directory,
            CurrentUsers currentUsers, List<SubmissionCheck> checks) {
        this.projects = projects;
        this.parties = parties;
        this.phases = phases;
        this.deliverables = deliverables;
        this.types = types;
        this.typePhases = typePhases;
        this.typeDeliverables = typeDeliverables;
        this.access = access;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.checks = checks;
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public Project create(ProjectData data) {
        if (data.typeId() == null) {
            throw DomainException.rule("project-type-missing", "project.error.type-missing");
        }
        ProjectType type = types.findById(data.typeId()).filter(t -> !t.isArchived())
                .orElseThrow(() -> DomainException.rule("project-type-unknown", "project.error.type-unknown"));
        Visibility.PartnershipInfo partnership = partnership(data.partnershipId());
        if (!partnership.active()) {
            throw DomainException.rule("partnership-not-active", "project.error.partnership-not-active");
        }
        long owner = owner(data.ownerOrganisationId(), partnership);
        Project project = new Project(data.name(), type.getId(), partnership.id(), owner, data.startDate(),
                directory.callerName(), directory.now());
        apply(project, data, partnership);
        project = projects.save(project);
        syncParties(project, data.parties(), partnership);
        instantiate(project, type);
        return project;
    }

    @PreAuthorize(MANAGE)
    @Transactional
    public Project update(long projectId, long version, ProjectData data) {
        Project project = access.requireEditable(projectId);
        if (project.getVersion() != version) {
            throw new StaleVersionException("project", projectId);
        }
        project.requireOpen();
        Visibility.PartnershipInfo partnership = directory.partnership(project.getPartnershipId())
                .orElseThrow(() -> new NotFoundException("partnership", project.getPartnershipId()));
        project.rename(data.name());
        apply(project, data, partnership);
        syncParties(project, data.parties(), partnership);
        return project;
    }

    /** DRAFT → SUBMITTED after every submission check (e.g. the budget balances). */
    @PreAuthorize(MANAGE)
    @Transactional
    public Project submit(long projectId) {
        Project project = access.requireEditable(projectId);
        if (project.getStatus() != no.kobling.project.plan.domain.ProjectStatus.DRAFT) {
            throw DomainException.rule("project-status-invalid", "project.error.status-invalid",
                    project.getStatus().name(), "SUBMITTED");
        }
        for (SubmissionCheck check : checks) {
            check.check(projectId);
        }
        project.submit();
        return project;
    }

    /**
     * Removes a party: archived when it owns deliverables (history kept), deleted otherwise. The owner is no party
     * and cannot be removed.
     */
    @PreAuthorize(MANAGE)
    @Transactional
    public void removeParty(long projectId, long organisationId) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        Party party = parties.findByProjectIdAndOrganisationId(projectId, organisationId)
                .orElseThrow(() -> new NotFoundException("party", organisationId));
        removeParty(project, party);
    }

    /** Adds a party (or takes an archived one back) with its responsibilities. */
    @PreAuthorize(MANAGE)
    @Transactional
    public Party addParty(long projectId, long organisationId, String responsibilities) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        Visibility.PartnershipInfo partnership = directory.partnership(project.getPartnershipId())
                .orElseThrow(() -> new NotFoundException("partnership", project.getPartnershipId()));
        return putParty(project, new PartyData(organisationId, responsibilities), partnership);
    }

    private void removeParty(Project project, Party party) {
        List<Long> phaseIds = phases.findByProjectIdOrderByOrder(project.getId()).stream().map(Phase::getId)
                .toList();
        if (!phaseIds.isEmpty()
                && deliverables.existsByOwnerOrganisationIdAndPhaseIdIn(party.getOrganisationId(), phaseIds)) {
            party.archive();
        } else {
            parties.delete(party);
        }
    }

    private Visibility.PartnershipInfo partnership(Long partnershipId) {
        if (partnershipId == null) {
            throw DomainException.rule("project-partnership-missing", "project.error.partnership-missing");
        }
        Visibility.PartnershipInfo partnership = directory.partnership(partnershipId)
                .orElseThrow(() -> new NotFoundException("partnership", partnershipId));
        if (!access.seesAll() && !partnership.isMember(access.callerOrganisationId())) {
            throw new NotFoundException("partnership", partnershipId);
        }
        return partnership;
    }

    private long owner(Long requested, Visibility.PartnershipInfo partnership) {
        CurrentUser user = currentUsers.current().orElse(null);
        Long own = user == null ? null : user.organisationId();
        long owner;
        if (requested == null) {
            if (own == null) {
                throw DomainException.rule("project-owner-missing", "project.error.owner-missing");
            }
            owner = own;
        } else {
            if (!access.seesAll() && !requested.equals(own)) {
                throw DomainException.rule("project-owner-not-own", "project.error.owner-not-own");
            }
            owner = requested;
        }
        if (!partnership.isMember(owner)) {
            throw DomainException.rule("party-outside-partnership", "project.error.party-outside-partnership");
        }
        return owner;
    }

    private void apply(Project project, ProjectData data, Visibility.PartnershipInfo partnership) {
        project.reschedule(data.startDate(), data.endDate());
        project.describe(data.goals(), data.description());
        Long funder = data.funderOrganisationId();
        if (funder != null && (!directory.organisationExists(funder) || !(access.seesAll()
                || directory.visibleOrganisationIds(project.getOwnerOrganisationId()).contains(funder)))) {
            throw DomainException.rule("project-funder-unknown", "project.error.funder-unknown");
        }
        project.fundedBy(funder);
        for (Long m : data.municipalityIds()) {
            if (!partnership.municipalityIds().contains(m)) {
                throw DomainException.rule("municipality-outside-partnership",
                        "project.error.municipality-outside-partnership");
            }
        }
        Map<String, String> groups = directory.targetGroupNames();
        Set<String> codes = new HashSet<>();
        for (String code : data.targetGroupCodes()) {
            if (code == null || !groups.containsKey(code)) {
                throw DomainException.rule("target-group-unknown", "project.error.target-group-unknown", code);
            }
            codes.add(code);
        }
        project.cover(data.municipalityIds(), codes);
    }

    private void syncParties(Project project, List<PartyData> wanted, Visibility.PartnershipInfo partnership) {
        Set<Long> keep = new HashSet<>();
        for (PartyData p : wanted) {
            if (p.organisationId() == project.getOwnerOrganisationId()) {
                continue;
            }
            putParty(project, p, partnership);
            keep.add(p.organisationId());
        }
        for (Party existing : parties.findByProjectIdOrderById(project.getId())) {
            if (!keep.contains(existing.getOrganisationId()) && !existing.isArchived()) {
                removeParty(project, existing);
            }
        }
    }

    private Party putParty(Project project, PartyData data, Visibility.PartnershipInfo partnership) {
        if (!partnership.isMember(data.organisationId())) {
            throw DomainException.rule("party-outside-partnership", "project.error.party-outside-partnership");
        }
        if (data.organisationId() == project.getOwnerOrganisationId()) {
            throw DomainException.rule("party-is-owner", "project.error.party-is-owner");
        }
        Party party = parties.findByProjectIdAndOrganisationId(project.getId(), data.organisationId())
                .orElse(null);
        if (party == null) {
            return parties.save(new Party(project.getId(), data.organisationId(), data.responsibilities()));
        }
        party.restore();
        party.assign(data.responsibilities());
        return party;
    }

    /** Copies the type's phases (planned back to back from the start, each its maximum length) and deliverables. */
    private void instantiate(Project project, ProjectType type) {
        List<TypePhase> list = typePhases.findByTypeIdOrderByOrder(type.getId());
        Map<Long, List<TypeDeliverable>> templates = new java.util.HashMap<>();
        if (!list.isEmpty()) {
            for (TypeDeliverable d : typeDeliverables
                    .findByTypePhaseIdInOrderBySortOrderAscIdAsc(list.stream().map(TypePhase::getId).toList())) {
                templates.computeIfAbsent(d.getTypePhaseId(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
        LocalDate start = project.getStartDate();
        for (TypePhase tp : list) {
            Integer months = tp.getMaxMonths() != null ? tp.getMaxMonths() : tp.getMinMonths();
            LocalDate end = start == null || months == null ? null : start.plusMonths(months).minusDays(1);
            Phase phase = phases.save(new Phase(project.getId(), tp.getId(), tp.getOrder(), start, end));
            int i = 0;
            for (TypeDeliverable d : templates.getOrDefault(tp.getId(), List.of())) {
                Deliverable deliverable = Deliverable.fromTemplate(phase.getId(), d.getId(), ++i);
                deliverable.assign(project.getOwnerOrganisationId(), null, end);
                deliverables.save(deliverable);
            }
            start = end == null ? null : end.plusDays(1);
        }
    }
}
