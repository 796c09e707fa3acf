package no.kobling.project.plan.timeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserZones;
import no.kobling.project.document.DocumentRef;
import no.kobling.project.document.DocumentStore;
import no.kobling.project.plan.application.PlanDirectory;
import no.kobling.project.plan.application.ProjectAccess;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.Gate;
import no.kobling.project.plan.domain.Party;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.domain.TypeDeliverable;
import no.kobling.project.plan.domain.TypePhase;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.GateRepository;
import no.kobling.project.plan.persistence.PartyRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.project.plan.persistence.TypeDeliverableRepository;
import no.kobling.project.plan.persistence.TypePhaseRepository;
import no.kobling.project.plan.timeline.domain.DeliverableProgress;
import no.kobling.project.plan.timeline.domain.GateVerdict;
import no.kobling.project.plan.timeline.domain.Timeline;
import no.kobling.project.plan.timeline.domain.TimelineCalculator;
import no.kobling.project.plan.timeline.domain.TimelineInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline and the printable plan of a project the caller may see (404 otherwise, {@link ProjectAccess}). Names
 * of types, phases and template deliverables are in the caller's language; "today" is the caller's own day
 * (docs/time.md). Reads only; the plan helper's services change projects.
 */
@Service
public class ProjectTimelineService {

    private final ProjectAccess access;
    private final PhaseRepository phases;
    private final GateRepository gates;
    private final DeliverableRepository deliverables;
    private final PartyRepository parties;
    private final ProjectTypeRepository types;
    private final TypePhaseRepository typePhases;
    private final TypeDeliverableRepository typeDeliverables;
    private final PlanDirectory directory;
    private final Geography geography;
    private final DocumentStore documents;
    private final UserZones zones;
    private final TimelineCalculator calculator;

    ProjectTimelineService(ProjectAccess access, PhaseRepository phases, GateRepository gates,
            DeliverableRepository deliverables, PartyRepository parties, ProjectTypeRepository types,
            TypePhaseRepository typePhases, TypeDeliverableRepository typeDeliverables, PlanDirectory directory,
            Geography geography, DocumentStore documents, UserZones zones, Clock clock) {
        this.access = access;
        this.phases = phases;
        this.gates = gates;
        this.deliverables = deliverables;
        this.parties = parties;
        this.types = types;
        this.typePhases = typePhases;
        this.typeDeliverables = typeDeliverables;
        this.directory = directory;
        this.geography = geography;
        this.documents = documents;
        this.zones = zones;
        this.calculator = new TimelineCalculator(clock);
    }

    /** The project's timeline as the caller sees it (404 for a project the caller may not see). */
    @Transactional(readOnly = true)
    public Timeline timeline(long projectId) {
        return load(access.requireVisible(projectId)).timeline();
    }

    /** The project plan to print (404 for a project the caller may not see). */
    @Transactional(readOnly = true)
    public ProjectPlan plan(long projectId) {
        Project project = access.requireVisible(projectId);
        Loaded l = load(project);
        Locale locale = LocaleContextHolder.getLocale();

        List<Party> partyRows = parties.findByProjectIdOrderById(projectId).stream().filter(p -> !p.isArchived())
                .filter(p -> p.getOrganisationId() != project.getOwnerOrganisationId()).toList();
        Set<Long> organisationIds = new HashSet<>();
        organisationIds.add(project.getOwnerOrganisationId());
        if (project.getFunderOrganisationId() != null) {
            organisationIds.add(project.getFunderOrganisationId());
        }
        partyRows.forEach(p -> organisationIds.add(p.getOrganisationId()));
        l.deliverables.stream().map(Deliverable::getOwnerOrganisationId).filter(Objects::nonNull)
                .forEach(organisationIds::add);
        Map<Long, String> organisations = directory.organisationNames(organisationIds);
        Map<Long, UserDirectory.UserInfo> people = directory.users(l.deliverables.stream()
                .map(Deliverable::getOwnerUserId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> files = fileNames(l);

        List<ProjectPlan.PartyLine> partyLines = new ArrayList<>();
        parties.findByProjectIdAndOrganisationId(projectId, project.getOwnerOrganisationId()).ifPresentOrElse(
                own -> partyLines.add(new ProjectPlan.PartyLine(organisations.get(project.getOwnerOrganisationId()),
                        true, own.getResponsibilities())),
                () -> partyLines.add(new ProjectPlan.PartyLine(organisations.get(project.getOwnerOrganisationId()),
                        true, null)));
        partyRows.forEach(p -> partyLines.add(new ProjectPlan.PartyLine(organisations.get(p.getOrganisationId()),
                false, p.getResponsibilities())));

        Map<Long, Timeline.DeliverableMark> marks = l.timeline.deliverables().stream()
                .collect(Collectors.toMap(Timeline.DeliverableMark::id, Function.identity()));
        List<ProjectPlan.PhasePlan> phasePlans = new ArrayList<>();
        for (Phase phase : l.phases) {
            TypePhase typePhase = l.typePhases.get(phase.getTypePhaseId());
            List<ProjectPlan.DeliverableLine> lines = l.deliverables.stream()
                    .filter(d -> d.getPhaseId() == phase.getId())
                    .map(d -> new ProjectPlan.DeliverableLine(d.getId(), l.deliverableName(d, locale),
                            d.getOwnerOrganisationId() == null ? null : organisations.get(d.getOwnerOrganisationId()),
                            d.getOwnerUserId() == null || !people.containsKey(d.getOwnerUserId()) ? null
                                    : people.get(d.getOwnerUserId()).displayName(),
                            d.getDueDate(), progress(d), marks.get(d.getId()).overdue(),
                            d.getDocumentId() == null ? null : files.get(d.getDocumentId())))
                    .toList();
            List<ProjectPlan.GateLine> gateLines = l.gates.stream().filter(g -> g.getPhaseId() == phase.getId())
                    .map(g -> new ProjectPlan.GateLine(g.getId(), g.getDecisionBody(), g.getDecidedOn(),
                            GateVerdict.valueOf(g.getDecision().name()), g.getNotes(),
                            g.getMinutesDocumentId() == null ? null : files.get(g.getMinutesDocumentId())))
                    .toList();
            phasePlans.add(new ProjectPlan.PhasePlan(phase.getId(), l.phaseName(phase, locale),
                    phase.getStatus().name(), phase.getGoals(), phase.getPlannedStart(), phase.getPlannedEnd(),
                    phase.getActualStart(), phase.getActualEnd(), typePhase == null ? null : typePhase.getMinMonths(),
                    typePhase == null ? null : typePhase.getMaxMonths(), lines, gateLines));
        }

        List<String> municipalities = geography.municipalities(project.getMunicipalityIds()).stream()
                .map(MunicipalityRef::name).sorted(Comparator.comparing(n -> n.toLowerCase(locale))).toList();
        Map<String, String> groupNames = directory.targetGroupNames();
        List<String> targetGroups = project.getTargetGroupCodes().stream()
                .map(c -> groupNames.getOrDefault(c, c)).sorted().toList();
        String typeName = types.findById(project.getTypeId()).map(t -> t.name(locale)).orElse(null);
        String partnershipName = directory.partnership(project.getPartnershipId()).map(p -> p.name()).orElse(null);
        return new ProjectPlan(project.getId(), project.getName(), typeName, project.getStatus().name(),
                partnershipName, organisations.get(project.getOwnerOrganisationId()),
                project.getFunderOrganisationId() == null ? null : organisations.get(project.getFunderOrganisationId()),
                project.getStartDate(), project.getEndDate(), project.getGoals(), project.getDescription(),
                partyLines, municipalities, targetGroups, phasePlans, l.timeline);
    }

    private Map<Long, String> fileNames(Loaded l) {
        Set<Long> ids = new HashSet<>();
        l.deliverables.stream().map(Deliverable::getDocumentId).filter(Objects::nonNull).forEach(ids::add);
        l.gates.stream().map(Gate::getMinutesDocumentId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            documents.find(id).map(DocumentRef::filename).ifPresent(n -> names.put(id, n));
        }
        return names;
    }

    private Loaded load(Project project) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Phase> phaseRows = phases.findByProjectIdOrderByOrder(project.getId());
        List<Long> phaseIds = phaseRows.stream().map(Phase::getId).toList();
        List<Deliverable> deliverableRows = phaseIds.isEmpty() ? List.of()
                : deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(phaseIds);
        List<Gate> gateRows = phaseIds.isEmpty() ? List.of() : gates.findByPhaseIdInOrderByDecidedOnAscIdAsc(phaseIds);
        Map<Long, TypePhase> typePhaseById = byId(typePhases.findAllById(
                phaseRows.stream().map(Phase::getTypePhaseId).collect(Collectors.toSet())), TypePhase::getId);
        Set<Long> templateIds = deliverableRows.stream().map(Deliverable::getTemplateId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, TypeDeliverable> templates = templateIds.isEmpty() ? Map.of()
                : byId(typeDeliverables.findAllById(templateIds), TypeDeliverable::getId);
        Loaded l = new Loaded(phaseRows, deliverableRows, gateRows, typePhaseById, templates, null);

        List<TimelineInput.Phase> inputPhases = phaseRows.stream().map(p -> {
            TypePhase t = typePhaseById.get(p.getTypePhaseId());
            return new TimelineInput.Phase(p.getId(), l.phaseName(p, locale), p.getPlannedStart(), p.getPlannedEnd(),
                    p.getActualStart(), p.getActualEnd(), t == null ? null : t.getMaxMonths());
        }).toList();
        List<TimelineInput.Deliverable> inputDeliverables = deliverableRows.stream()
                .map(d -> new TimelineInput.Deliverable(d.getId(), d.getPhaseId(), l.deliverableName(d, locale),
                        d.getDueDate(), progress(d)))
                .toList();
        List<TimelineInput.Gate> inputGates = new ArrayList<>();
        Set<Long> decidedPhases = new HashSet<>();
        for (Gate g : gateRows) {
            inputGates.add(new TimelineInput.Gate(g.getId(), g.getPhaseId(), g.getDecidedOn(),
                    GateVerdict.valueOf(g.getDecision().name())));
            if (g.getDecision() != no.kobling.project.plan.domain.GateDecision.REVISE) {
                decidedPhases.add(g.getPhaseId());
            }
        }
        // a phase whose gate has not said GO or STOP yet: its gate is expected at the planned end (a negative id);
        // a closed project expects no more gates
        for (Phase p : phaseRows) {
            if (!project.isClosed() && !decidedPhases.contains(p.getId())) {
                inputGates.add(new TimelineInput.Gate(-p.getId(), p.getId(), null, null));
            }
        }
        Timeline timeline = calculator.lay(new TimelineInput(inputPhases, inputDeliverables, inputGates),
                zones.current()).forProject(project.getId());
        return new Loaded(phaseRows, deliverableRows, gateRows, typePhaseById, templates, timeline);
    }

    private static DeliverableProgress progress(Deliverable d) {
        return DeliverableProgress.valueOf(d.getStatus().name());
    }

    private static <T> Map<Long, T> byId(Collection<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }

    private record Loaded(List<Phase> phases, List<Deliverable> deliverables, List<Gate> gates,
            Map<Long, TypePhase> typePhases, Map<Long, TypeDeliverable> templates, Timeline timeline) {

        String phaseName(Phase p, Locale locale) {
            TypePhase t = typePhases.get(p.getTypePhaseId());
            return t == null ? "" : t.name(locale);
        }

        String deliverableName(Deliverable d, Locale locale) {
            return d.displayName(d.getTemplateId() == null ? null : templates.get(d.getTemplateId()), locale);
        }
    }
}
