package no.kobling.project.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.project.plan.application.PhaseService;
import no.kobling.project.plan.application.PhaseService.DeliverableData;
import no.kobling.project.plan.application.PhaseService.GateData;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectQueries;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.application.ProjectViews.DeliverableView;
import no.kobling.project.plan.application.ProjectViews.GateView;
import no.kobling.project.plan.application.ProjectViews.PhaseView;
import no.kobling.project.plan.application.ProjectViews.ProjectDetail;
import no.kobling.project.plan.application.ProjectViews.ProjectSummary;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Joint projects with their type, parties, phases, deliverables and gates")
class ProjectApiController {

    private final ProjectService projects;
    private final ProjectQueries queries;
    private final PhaseService phases;

    ProjectApiController(ProjectService projects, ProjectQueries queries, PhaseService phases) {
        this.projects = projects;
        this.queries = queries;
        this.phases = phases;
    }

    record PartyRequest(@NotNull Long organisationId, @Size(max = 4000) String responsibilities) {
    }

    record ProjectRequest(@NotBlank @Size(max = 200) String name, Long typeId, Long partnershipId,
            Long ownerOrganisationId, Long funderOrganisationId, @NotNull LocalDate startDate, LocalDate endDate,
            @Size(max = 4000) String goals, @Size(max = 4000) String description, Set<Long> municipalityIds,
            Set<String> targetGroupCodes, List<@Valid PartyRequest> parties, Long version) {

        ProjectData data() {
            return new ProjectData(name, typeId, partnershipId, ownerOrganisationId, funderOrganisationId, startDate,
                    endDate, goals, description, municipalityIds, targetGroupCodes, parties == null ? List.of()
                            : parties.stream().map(p -> new ProjectData.PartyData(p.organisationId(),
                                    p.responsibilities())).toList());
        }
    }

    record PhaseRequest(@Size(max = 4000) String goals, LocalDate plannedStart, LocalDate plannedEnd,
            @NotNull Long version) {
    }

    record StartRequest(LocalDate startedOn) {
    }

    record GateRequest(@NotBlank @Size(max = 300) String decisionBody, @NotNull LocalDate decidedOn,
            @NotNull GateDecision decision, @Size(max = 4000) String notes) {
    }

    record DeliverableRequest(@Size(max = 300) String name, Long ownerOrganisationId, Long ownerUserId,
            LocalDate dueDate, DeliverableStatus status, Long version) {

        DeliverableData data() {
            return new DeliverableData(name, ownerOrganisationId, ownerUserId, dueDate, status);
        }
    }

    @GetMapping
    @Operation(summary = "Projects the caller may see (owner, party, funder; all for administrators), by name, paged")
    PageResult<ProjectSummary> list(@RequestParam(required = false) Long partnershipId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(queries.list(partnershipId, page, size), s -> s);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a project: the type's phases and deliverables are copied in; parties and "
            + "municipalities must belong to the partnership")
    ProjectDetail create(@Valid @RequestBody ProjectRequest body) {
        return queries.detail(projects.create(body.data()).getId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project with its parties, phases, deliverables and gates")
    ProjectDetail get(@PathVariable long id) {
        return queries.detail(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a project (name, funder, dates, goals, municipalities, target groups, parties); "
            + "parties left out are removed, or archived when they own deliverables")
    ProjectDetail update(@PathVariable long id, @Valid @RequestBody ProjectRequest body) {
        projects.update(id, body.version() == null ? -1 : body.version(), body.data());
        return queries.detail(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft project; every submission check must pass (e.g. the budget balances)")
    ProjectDetail submit(@PathVariable long id) {
        projects.submit(id);
        return queries.detail(id);
    }

    @PostMapping("/{id}/parties")
    @Operation(summary = "Add a party (a member of the project's partnership) with its responsibilities")
    ProjectDetail addParty(@PathVariable long id, @Valid @RequestBody PartyRequest body) {
        projects.addParty(id, body.organisationId(), body.responsibilities());
        return queries.detail(id);
    }

    @DeleteMapping("/{id}/parties/{organisationId}")
    @Operation(summary = "Remove a party; a party that owns deliverables is archived (history kept)")
    ProjectDetail removeParty(@PathVariable long id, @PathVariable long organisationId) {
        projects.removeParty(id, organisationId);
        return queries.detail(id);
    }

    @GetMapping("/{id}/phases")
    @Operation(summary = "The project's phases with deliverables and gates; overrun flags the caller's today")
    List<PhaseView> phases(@PathVariable long id) {
        return queries.detail(id).phases();
    }

    @PutMapping("/{id}/phases/{phaseId}")
    @Operation(summary = "Edit a phase's goals and planned dates")
    PhaseView updatePhase(@PathVariable long id, @PathVariable long phaseId, @Valid @RequestBody PhaseRequest body) {
        phases.updatePhase(id, phaseId, body.version(), body.goals(), body.plannedStart(), body.plannedEnd());
        return phase(id, phaseId);
    }

    @PostMapping("/{id}/phases/{phaseId}/start")
    @Operation(summary = "Start a phase (today when no date is given); refused until the previous gate said GO "
            + "(phase-gate-not-passed)")
    PhaseView start(@PathVariable long id, @PathVariable long phaseId,
            @RequestBody(required = false) StartRequest body) {
        phases.startPhase(id, phaseId, body == null ? null : body.startedOn());
        return phase(id, phaseId);
    }

    @PostMapping(path = "/{id}/phases/{phaseId}/gates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a gate decision (GO ends the phase, STOP stops the project, REVISE lets it run on)")
    GateView decide(@PathVariable long id, @PathVariable long phaseId, @Valid @RequestBody GateRequest body) {
        long gateId = phases.decide(id, phaseId, new GateData(body.decisionBody(), body.decidedOn(), body.decision(),
                body.notes()), null).getId();
        return gate(id, gateId);
    }

    @PostMapping(path = "/{id}/phases/{phaseId}/gates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a gate decision with its minutes (a PDF or Office file) in one request")
    GateView decideWithMinutes(@PathVariable long id, @PathVariable long phaseId, @RequestParam String decisionBody,
            @RequestParam LocalDate decidedOn, @RequestParam GateDecision decision,
            @RequestParam(required = false) String notes, @RequestPart(required = false) MultipartFile minutes) {
        long gateId = phases.decide(id, phaseId, new GateData(decisionBody, decidedOn, decision, notes),
                Uploads.of(minutes)).getId();
        return gate(id, gateId);
    }

    @PostMapping("/{id}/gates/{gateId}/minutes")
    @Operation(summary = "Attach the minutes of a recorded gate (multipart part \"file\")")
    GateView minutes(@PathVariable long id, @PathVariable long gateId,
            @RequestParam(required = false) MultipartFile file) {
        phases.attachMinutes(id, gateId, Uploads.of(file));
        return gate(id, gateId);
    }

    @PostMapping("/{id}/phases/{phaseId}/deliverables")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a deliverable to a phase; its owner must be a party organisation (or a user of one)")
    DeliverableView addDeliverable(@PathVariable long id, @PathVariable long phaseId,
            @Valid @RequestBody DeliverableRequest body) {
        return deliverable(id, phases.addDeliverable(id, phaseId, body.data()).getId());
    }

    @PutMapping("/{id}/deliverables/{deliverableId}")
    @Operation(summary = "Edit a deliverable (owner, due date, status; name of an added one)")
    DeliverableView updateDeliverable(@PathVariable long id, @PathVariable long deliverableId,
            @Valid @RequestBody DeliverableRequest body) {
        phases.updateDeliverable(id, deliverableId, body.version() == null ? -1 : body.version(), body.data());
        return deliverable(id, deliverableId);
    }

    @PostMapping("/{id}/deliverables/{deliverableId}/file")
    @Operation(summary = "Attach a file (PDF or Office, checked by content; multipart part \"file\") to a deliverable")
    DeliverableView attach(@PathVariable long id, @PathVariable long deliverableId,
            @RequestParam(required = false) MultipartFile file) {
        phases.attachFile(id, deliverableId, Uploads.of(file));
        return deliverable(id, deliverableId);
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "Download a deliverable's file or a gate's minutes (for those who may see the project)")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        return Uploads.download(phases.document(id, documentId));
    }

    private PhaseView phase(long id, long phaseId) {
        return queries.detail(id).phases().stream().filter(p -> p.id() == phaseId).findFirst()
                .orElseThrow(() -> new NotFoundException("phase", phaseId));
    }

    private GateView gate(long id, long gateId) {
        return queries.detail(id).phases().stream().flatMap(p -> p.gates().stream()).filter(g -> g.id() == gateId)
                .findFirst().orElseThrow(() -> new NotFoundException("gate", gateId));
    }

    private DeliverableView deliverable(long id, long deliverableId) {
        return queries.detail(id).phases().stream().flatMap(p -> p.deliverables().stream())
                .filter(d -> d.id() == deliverableId).findFirst()
                .orElseThrow(() -> new NotFoundException("deliverable", deliverableId));
    }
}
