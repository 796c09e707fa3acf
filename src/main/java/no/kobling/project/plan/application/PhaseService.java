package no.kobling.project.plan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.identity.UserDirectory;
import no.kobling.project.document.DocumentRef;
import no.kobling.project.document.DocumentStore;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.Gate;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.GateRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a project's phases: goals and planned dates, starting a phase (only after the previous gate's GO), gate
 * decisions with their minutes, deliverables with owner, due date, status and file, and the download of those files
 * for the callers who may see the project.
 */
@Service
public class PhaseService {

    private final PhaseRepository phases;
    private final GateRepository gates;
    private final DeliverableRepository deliverables;
    private final ProjectAccess access;
    private final PlanDirectory directory;
    private final DocumentStore documents;

    PhaseService(PhaseRepository phases, GateRepository gates, DeliverableRepository deliverables,
            ProjectAccess access, PlanDirectory directory, DocumentStore documents) {
        this.phases = phases;
        this.gates = gates;
        this.deliverables = deliverables;
        this.access = access;
        this.directory = directory;
        this.documents = documents;
    }

    /** What a gate decision is made of. */
    public record GateData(String decisionBody, LocalDate decidedOn, GateDecision decision, String notes) {
    }

    /** What a deliverable is made of; a null name keeps the template's name. */
    public record DeliverableData(String name, Long ownerOrganisationId, Long ownerUserId, LocalDate dueDate,
            DeliverableStatus status) {
    }

    /** A file to attach: its name and bytes (checked by the document store). */
    public record Upload(String filename, byte[] content) {

        public boolean present() {
            return content != null && content.length > 0;
        }
    }

    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Phase updatePhase(long projectId, long phaseId, long version, String goals, LocalDate plannedStart,
            LocalDate plannedEnd) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        Phase phase = phase(projectId, phaseId);
        if (phase.getVersion() != version) {
            throw new StaleVersionException("phase", phaseId);
        }
        phase.setGoals(goals);
        phase.plan(plannedStart, plannedEnd);
        return phase;
    }

    /** Starts a phase on {@code day} (today in the caller's zone when null). */
    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Phase startPhase(long projectId, long phaseId, LocalDate day) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        List<Phase> list = phases.findByProjectIdOrderByOrder(projectId);
        Phase phase = phase(projectId, phaseId);
        int index = list.indexOf(phase);
        Gate previousGate = null;
        if (index > 0) {
            List<Gate> previous = gates.findByPhaseIdInOrderByDecidedOnAscIdAsc(List.of(list.get(index - 1).getId()));
            previousGate = previous.isEmpty() ? null : previous.get(previous.size() - 1);
        }
        LocalDate today = directory.today();
        phase.start(day == null ? today : day, index == 0, previousGate, today);
        project.phaseStarted();
        return phase;
    }

    /**
     * Records a gate decision with its minutes (optional upload). GO ends the phase (and completes the project after
     * its last phase), STOP ends the phase and stops the project, REVISE lets the phase run on.
     */
    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Gate decide(long projectId, long phaseId, GateData data, Upload minutes) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        Phase phase = phase(projectId, phaseId);
        Long documentId = null;
        Gate gate = phase.decide(data.decisionBody(), data.decidedOn(), data.decision(), null, data.notes(),
                directory.today(), directory.callerName(), directory.now());
        if (minutes != null && minutes.present()) {
            DocumentRef stored = documents.store(minutes.filename(), minutes.content());
            documentId = stored.id();
            gate.attachMinutes(documentId);
        }
        gate = gates.save(gate);
        if (data.decision() == GateDecision.STOP) {
            project.stop();
        } else if (data.decision() == GateDecision.GO) {
            List<Phase> list = phases.findByProjectIdOrderByOrder(projectId);
            if (list.get(list.size() - 1).equals(phase)) {
                project.complete();
            }
        }
        return gate;
    }

    /** Attaches (or replaces) the minutes of a recorded gate. */
    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Gate attachMinutes(long projectId, long gateId, Upload minutes) {
        access.requireEditable(projectId);
        Gate gate = gates.findById(gateId).orElseThrow(() -> new NotFoundException("gate", gateId));
        phase(projectId, gate.getPhaseId());
        gate.attachMinutes(documents.store(minutes == null ? null : minutes.filename(),
                minutes == null ? null : minutes.content()).id());
        return gate;
    }

    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Deliverable addDeliverable(long projectId, long phaseId, DeliverableData data) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        phase(projectId, phaseId);
        int order = deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(List.of(phaseId)).size() + 1;
        Deliverable deliverable = Deliverable.named(phaseId, data.name(), order);
        apply(project, deliverable, data);
        return deliverables.save(deliverable);
    }

    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Deliverable updateDeliverable(long projectId, long deliverableId, long version, DeliverableData data) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        Deliverable deliverable = deliverable(projectId, deliverableId);
        if (deliverable.getVersion() != version) {
            throw new StaleVersionException("deliverable", deliverableId);
        }
        if (data.name() != null) {
            deliverable.rename(data.name());
        }
        apply(project, deliverable, data);
        return deliverable;
    }

    @PreAuthorize(ProjectService.MANAGE)
    @Transactional
    public Deliverable attachFile(long projectId, long deliverableId, Upload file) {
        Project project = access.requireEditable(projectId);
        project.requireOpen();
        Deliverable deliverable = deliverable(projectId, deliverableId);
        deliverable.attach(documents.store(file == null ? null : file.filename(),
                file == null ? null : file.content()).id());
        return deliverable;
    }

    /**
     * A document of the project (a deliverable's file or a gate's minutes) for a caller who may see the project; a
     * document of another project, or of a project the caller may not see, answers 404.
     */
    @Transactional(readOnly = true)
    public DocumentStore.StoredContent document(long projectId, long documentId) {
        access.requireVisible(projectId);
        List<Long> phaseIds = phases.findByProjectIdOrderByOrder(projectId).stream().map(Phase::getId).toList();
        boolean ours = !phaseIds.isEmpty() && (deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(phaseIds)
                .stream().anyMatch(d -> Long.valueOf(documentId).equals(d.getDocumentId()))
                || gates.findByPhaseIdInOrderByDecidedOnAscIdAsc(phaseIds).stream()
                        .anyMatch(g -> Long.valueOf(documentId).equals(g.getMinutesDocumentId())));
        if (!ours) {
            throw new NotFoundException("document", documentId);
        }
        return documents.content(documentId);
    }

    private void apply(Project project, Deliverable deliverable, DeliverableData data) {
        Set<Long> partyOrgs = access.partyOrganisationIds(project.getId());
        Long owner = data.ownerOrganisationId();
        if (data.ownerUserId() != null) {
            UserDirectory.UserInfo user = directory.user(data.ownerUserId()).orElse(null);
            if (user == null || user.organisationId() == null || !partyOrgs.contains(user.organisationId())
                    || (owner != null && !owner.equals(user.organisationId()))) {
                throw DomainException.rule("deliverable-owner-not-party", "project.error.deliverable-owner-not-party");
            }
            owner = user.organisationId();
        }
        if (owner != null && !partyOrgs.contains(owner)) {
            throw DomainException.rule("deliverable-owner-not-party", "project.error.deliverable-owner-not-party");
        }
        deliverable.assign(owner, data.ownerUserId(), data.dueDate());
        deliverable.setStatus(data.status() == null ? deliverable.getStatus() : data.status());
    }

    private Phase phase(long projectId, long phaseId) {
        Phase phase = phases.findById(phaseId).orElseThrow(() -> new NotFoundException("phase", phaseId));
        if (phase.getProjectId() != projectId) {
            throw new NotFoundException("phase", phaseId);
        }
        return phase;
    }

    private Deliverable deliverable(long projectId, long deliverableId) {
        Deliverable d = deliverables.findById(deliverableId)
                .orElseThrow(() -> new NotFoundException("deliverable", deliverableId));
        phase(projectId, d.getPhaseId());
        return d;
    }
}
