package no.kobling.project.plan.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.kobling.project.ProjectPlans;
import no.kobling.project.plan.application.PhaseService.DeliverableData;
import no.kobling.project.plan.application.PhaseService.GateData;
import no.kobling.project.plan.application.PhaseService.Upload;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProjectPlans}: the project services addressed by names and positions, for set-up work. */
@Service
class ProjectPlansFacade implements ProjectPlans {

    private final ProjectService projects;
    private final PhaseService phaseService;
    private final ProjectRepository projectRepository;
    private final PhaseRepository phases;
    private final DeliverableRepository deliverables;
    private final ProjectTypeRepository types;
    private final ProjectAccess access;

    ProjectPlansFacade(ProjectService projects, PhaseService phaseService, ProjectRepository projectRepository,
            PhaseRepository phases, DeliverableRepository deliverables, ProjectTypeRepository types,
            ProjectAccess access) {
        this.projects = projects;
        this.phaseService = phaseService;
        this.projectRepository = projectRepository;
        this.phases = phases;
        this.deliverables = deliverables;
        this.types = types;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> projectIdByName(long partnershipId, String name) {
        return projectRepository.findByNameAndPartnershipId(name, partnershipId).stream()
                .filter(access::maySee).map(Project::getId).findFirst();
    }

    @Override
    @Transactional
    public long create(NewProject p) {
        long typeId = types.findByCode(p.typeCode()).orElseThrow(() -> DomainException.rule("project-type-unknown",
                "project.error.type-unknown")).getId();
        List<ProjectData.PartyData> parties = new ArrayList<>();
        p.parties().forEach((org, text) -> parties.add(new ProjectData.PartyData(org, text)));
        return projects.create(new ProjectData(p.name(), typeId, p.partnershipId(), p.ownerOrganisationId(),
                p.funderOrganisationId(), p.startDate(), p.endDate(), p.goals(), p.description(), p.municipalityIds(),
                p.targetGroupCodes(), parties)).getId();
    }

    @Override
    @Transactional
    public void startPhase(long projectId, int phaseOrder, LocalDate day) {
        phaseService.startPhase(projectId, phase(projectId, phaseOrder).getId(), day);
    }

    @Override
    @Transactional
    public void decideGate(long projectId, int phaseOrder, String decisionBody, LocalDate decidedOn,
            String decision, String notes, String minutesFilename, byte[] minutes) {
        phaseService.decide(projectId, phase(projectId, phaseOrder).getId(), new GateData(decisionBody, decidedOn,
                GateDecision.valueOf(decision), notes), minutes == null ? null : new Upload(minutesFilename, minutes));
    }

    @Override
    @Transactional
    public void updateDeliverable(long projectId, int phaseOrder, int position, Long ownerOrganisationId,
            LocalDate dueDate, String status) {
        Deliverable d = deliverable(projectId, phaseOrder, position);
        phaseService.updateDeliverable(projectId, d.getId(), d.getVersion(), new DeliverableData(null,
                ownerOrganisationId, null, dueDate, DeliverableStatus.valueOf(status)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> deliverableStatuses(long projectId, int phaseOrder) {
        access.requireVisible(projectId);
        return deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(phase(projectId, phaseOrder).getId()))
                .stream().map(d -> d.getStatus().name()).toList();
    }

    private Phase phase(long projectId, int order) {
        access.requireVisible(projectId);
        return phases.findByProjectIdOrderByOrder(projectId).stream().filter(p -> p.getOrder() == order).findFirst()
                .orElseThrow(() -> new NotFoundException("phase", order));
    }

    private Deliverable deliverable(long projectId, int phaseOrder, int position) {
        List<Deliverable> list = deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(
                List.of(phase(projectId, phaseOrder).getId()));
        if (position < 1 || position > list.size()) {
            throw new NotFoundException("deliverable", position);
        }
        return list.get(position - 1);
    }
}
