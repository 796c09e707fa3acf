package no.kobling.project.plan.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.project.document.DocumentRef;
import no.kobling.project.document.DocumentStore;
import no.kobling.project.plan.application.ProjectViews.DeliverableView;
import no.kobling.project.plan.application.ProjectViews.GateView;
import no.kobling.project.plan.application.ProjectViews.PartyView;
import no.kobling.project.plan.application.ProjectViews.PhaseView;
import no.kobling.project.plan.application.ProjectViews.ProjectDetail;
import no.kobling.project.plan.application.ProjectViews.ProjectSummary;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.Gate;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.domain.Party;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.PhaseStatus;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.domain.ProjectType;
import no.kobling.project.plan.domain.TypeDeliverable;
import no.kobling.project.plan.domain.TypePhase;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.GateRepository;
import no.kobling.project.plan.persistence.PartyRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.project.plan.persistence.TypeDeliverableRepository;
import no.kobling.project.plan.persistence.TypePhaseRepository;
import no.kobling.shared.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads projects for pages and the API, under {@link ProjectAccess}'s rule (hidden projects answer 404). */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

    private final ProjectRepository projects;
    private final PartyRepository parties;
    private final PhaseRepository phases;
    private final DeliverableRepository deliverables;
    private final GateRepository gates;
    private final ProjectTypeRepository types;
    private final TypePhaseRepository typePhases;
    private final TypeDeliverableRepository typeDeliverables;
    private final ProjectAccess access;
    private final PlanDirectory directory;
    private final DocumentStore documents;

    ProjectQueries(ProjectRepository projects, PartyRepository parties, PhaseRepository phases,
            DeliverableRepository deliverables, GateRepository gates, ProjectTypeRepository types,
            TypePhaseRepository typePhases, TypeDeliverableRepository typeDeliverables, ProjectAccess access,
            PlanDirectory directory, DocumentStore documents) {
        this.projects = projects;
        this.parties = parties;
        this.phases = phases;
        this.deliverables = deliverables;
        this.gates = gates;
        this.types = types;
        this.typePhases = typePhases;
        this.typeDeliverables = typeDeliverables;
        this.access = access;
        this.directory = directory;
        this.documents = documents;
    }

    /** The projects the caller may see, by name, a page at a time (optionally of one partnership). */
    public Page<ProjectSummary> list(Long partnershipId, int page, int size) {
        boolean all = access.seesAll();
        Long org = access.callerOrganisationId();
        Page<Project> found = projects.page(all, org == null ? -1 : org, partnershipId == null ? -1 : partnershipId,
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, Paging.MAX_SIZE)),
                        Sort.by("name", "id")));
        List<Project> rows = found.getContent();
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, ProjectType> typeById = types.findAllById(rows.stream().map(Project::getTypeId).collect(
                Collectors.toSet())).stream().collect(Collectors.toMap(ProjectType::getId, Function.identity()));
        Map<Long, String> orgNames = directory.organisationNames(rows.stream().map(Project::getOwnerOrganisationId)
                .collect(Collectors.toSet()));
        Map<Long, String> partnershipNames = new HashMap<>();
        rows.stream().map(Project::getPartnershipId).distinct().forEach(id -> directory.partnership(id)
                .ifPresent(p -> partnershipNames.put(id, p.name())));
        LocalDate today = directory.today();
        List<ProjectSummary> summaries = new ArrayList<>();
        // one query for the running phases of the page, one for their type phases
        Map<Long, Phase> running = new HashMap<>();
        if (!rows.isEmpty()) {
            phases.findByProjectIdInOrderByOrder(rows.stream().map(Project::getId).toList()).stream()
                    .filter(ph -> ph.getStatus() == PhaseStatus.RUNNING)
                    .forEach(ph -> running.putIfAbsent(ph.getProjectId(), ph));
        }
        Map<Long, TypePhase> runningTypes = running.isEmpty() ? Map.of()
                : typePhases.findAllById(running.values().stream().map(Phase::getTypePhaseId).toList()).stream()
                        .collect(Collectors.toMap(TypePhase::getId, Function.identity()));
        for (Project p : rows) {
            Phase current = running.get(p.getId());
            String currentName = null;
            boolean flagged = false;
            if (current != null) {
                TypePhase tp = runningTypes.get(current.getTypePhaseId());
                currentName = tp == null ? null : tp.name(locale);
                flagged = current.overrun(tp == null ? null : tp.getMaxMonths(), today);
            }
            ProjectType type = typeById.get(p.getTypeId());
            summaries.add(new ProjectSummary(p.getId(), p.getName(), type == null ? "" : type.name(locale),
                    p.getPartnershipId(), partnershipNames.getOrDefault(p.getPartnershipId(), ""),
                    p.getOwnerOrganisationId(), orgNames.getOrDefault(p.getOwnerOrganisationId(), ""), p.getStatus(),
                    p.getStartDate(), p.getEndDate(), currentName, flagged));
        }
        return new org.springframework.data.domain.PageImpl<>(summaries, found.getPageable(),
                found.getTotalElements());
    }

    /** A project with everything on its page; 404 when the caller may not see it. */
    public ProjectDetail detail(long projectId) {
        Project p = access.requireVisible(projectId);
        Locale locale = LocaleContextHolder.getLocale();
        ProjectType type = types.findById(p.getTypeId()).orElseThrow();
        List<Party> partyList = parties.findByProjectIdOrderById(projectId);
        List<Phase> phaseList = phases.findByProjectIdOrderByOrder(projectId);
        List<Long> phaseIds = phaseList.stream().map(Phase::getId).toList();
        List<Deliverable> deliverableList = phaseIds.isEmpty() ? List.of()
                : deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(phaseIds);
        List<Gate> gateList = phaseIds.isEmpty() ? List.of() : gates.findByPhaseIdInOrderByDecidedOnAscIdAsc(phaseIds);
        Map<Long, TypePhase> typePhaseById = typePhases.findByTypeIdOrderByOrder(p.getTypeId()).stream()
                .collect(Collectors.toMap(TypePhase::getId, Function.identity()));
        Map<Long, TypeDeliverable> templates = typePhaseById.isEmpty() ? Map.of()
                : typeDeliverables.findByTypePhaseIdInOrderBySortOrderAscIdAsc(typePhaseById.keySet()).stream()
                        .collect(Collectors.toMap(TypeDeliverable::getId, Function.identity()));
        Set<Long> orgIds = new HashSet<>();
        orgIds.add(p.getOwnerOrganisationId());
        if (p.getFunderOrganisationId() != null) {
            orgIds.add(p.getFunderOrganisationId());
        }
        partyList.forEach(x -> orgIds.add(x.getOrganisationId()));
        deliverableList.stream().map(Deliverable::getOwnerOrganisationId).filter(java.util.Objects::nonNull)
                .forEach(orgIds::add);
        Map<Long, String> orgNames = directory.organisationNames(orgIds);
        Map<Long, String> userNames = new HashMap<>();
        directory.users(deliverableList.stream().map(Deliverable::getOwnerUserId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet())).forEach((id, u) -> userNames.put(id, u.displayName()));
        LocalDate today = directory.today();

        List<PhaseView> phaseViews = new ArrayList<>();
        Gate previousLatest = null;
        for (int i = 0; i < phaseList.size(); i++) {
            Phase ph = phaseList.get(i);
            TypePhase tp = typePhaseById.get(ph.getTypePhaseId());
            List<DeliverableView> dv = deliverableList.stream().filter(d -> d.getPhaseId() == ph.getId())
                    .map(d -> new DeliverableView(d.getId(), d.getVersion(), d.getPhaseId(),
                            d.displayName(d.getTemplateId() == null ? null : templates.get(d.getTemplateId()), locale),
                            d.getTemplateId(), d.getOwnerOrganisationId(),
                            d.getOwnerOrganisationId() == null ? null : orgNames.get(d.getOwnerOrganisationId()),
                            d.getOwnerUserId(), d.getOwnerUserId() == null ? null : userNames.get(d.getOwnerUserId()),
                            d.getDueDate(), d.getStatus(), document(d.getDocumentId())))
                    .toList();
            List<Gate> own = gateList.stream().filter(g -> g.getPhaseId() == ph.getId()).toList();
            List<GateView> gv = own.stream().map(g -> new GateView(g.getId(), g.getPhaseId(), g.getDecisionBody(),
                    g.getDecidedOn(), g.getDecision(), document(g.getMinutesDocumentId()), g.getNotes(),
                    g.getRecordedBy())).toList();
            boolean startable = ph.getStatus() == PhaseStatus.PLANNED && !p.isClosed() && (i == 0
                    || (previousLatest != null && previousLatest.getDecision() == GateDecision.GO));
            phaseViews.add(new PhaseView(ph.getId(), ph.getVersion(), ph.getOrder(), tp == null ? "" : tp.getCode(),
                    tp == null ? "" : tp.name(locale), ph.getStatus(), ph.getPlannedStart(), ph.getPlannedEnd(),
                    ph.getActualStart(), ph.getActualEnd(), ph.getGoals(), tp == null ? null : tp.getMinMonths(),
                    tp == null ? null : tp.getMaxMonths(), ph.overrun(tp == null ? null : tp.getMaxMonths(), today),
                    startable, ph.getStatus() == PhaseStatus.RUNNING, dv, gv));
            previousLatest = own.isEmpty() ? null : own.get(own.size() - 1);
        }
        Map<String, String> groupNames = directory.targetGroupNames();
        Map<String, String> groups = new LinkedHashMap<>();
        p.getTargetGroupCodes().stream().sorted().forEach(c -> groups.put(c, groupNames.getOrDefault(c, c)));
        String partnershipName = directory.partnership(p.getPartnershipId()).map(x -> x.name()).orElse("");
        return new ProjectDetail(p.getId(), p.getVersion(), p.getName(), type.getId(), type.getCode(),
                type.name(locale), p.getPartnershipId(), partnershipName, p.getOwnerOrganisationId(),
                orgNames.getOrDefault(p.getOwnerOrganisationId(), ""), p.getFunderOrganisationId(),
                p.getFunderOrganisationId() == null ? null : orgNames.get(p.getFunderOrganisationId()), p.getStatus(),
                p.getStartDate(), p.getEndDate(), p.getGoals(), p.getDescription(),
                directory.municipalityNames(p.getMunicipalityIds()), groups,
                partyList.stream().map(x -> new PartyView(x.getOrganisationId(),
                        orgNames.getOrDefault(x.getOrganisationId(), ""), x.getResponsibilities(), x.isArchived()))
                        .toList(),
                phaseViews, access.mayEditProject(p), today);
    }

    /** Today in the caller's zone. */
    public LocalDate today() {
        return directory.today();
    }

    /** What the project form offers: partnerships, and for the chosen one its members, area and funders. */
    public record FormOptions(List<Choice> partnerships, Long partnershipId, List<Choice> members,
            List<Choice> municipalities, Map<String, String> targetGroups, List<Choice> funders,
            List<Choice> types) {
    }

    public record Choice(long id, String name) {
    }

    /** Choices for the new/edit form; {@code partnershipId} null picks the only active partnership, if one. */
    public FormOptions formOptions(Long partnershipId) {
        Long org = access.callerOrganisationId();
        List<Choice> partnerships = directory.partnershipsOf(access.seesAll() ? null : org).stream()
                .filter(no.kobling.actor.Visibility.PartnershipInfo::active)
                .map(x -> new Choice(x.id(), x.name())).toList();
        Long chosen = partnershipId;
        if (chosen == null && partnerships.size() == 1) {
            chosen = partnerships.get(0).id();
        }
        final Long pid = chosen;
        var info = pid == null ? null : directory.partnership(pid)
                .filter(x -> access.seesAll() || x.isMember(org)).orElse(null);
        List<Choice> members = List.of();
        List<Choice> municipalities = List.of();
        List<Choice> funders = List.of();
        if (info != null) {
            members = sorted(directory.organisationNames(info.members().keySet()));
            municipalities = directory.municipalityNames(info.municipalityIds()).entrySet().stream()
                    .map(e -> new Choice(e.getKey(), e.getValue())).toList();
            Set<Long> funderIds = new HashSet<>(info.members().keySet());
            if (org != null) {
                funderIds.addAll(directory.visibleOrganisationIds(org));
            }
            funders = sorted(directory.organisationNames(funderIds));
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Choice> typeChoices = types.findAllByOrderBySortOrderAscIdAsc().stream().filter(t -> !t.isArchived())
                .map(t -> new Choice(t.getId(), t.name(locale))).toList();
        return new FormOptions(partnerships, info == null ? null : info.id(), members, municipalities,
                directory.targetGroupNames(), funders, typeChoices);
    }

    private static List<Choice> sorted(Map<Long, String> names) {
        return names.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Users of the project's party organisations (owners of deliverables), by name. */
    public List<Choice> partyUsers(long projectId) {
        access.requireVisible(projectId);
        List<Choice> list = new ArrayList<>();
        for (Long org : access.partyOrganisationIds(projectId)) {
            directory.usersOf(org).forEach(u -> list.add(new Choice(u.id(), u.displayName())));
        }
        list.sort(java.util.Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER));
        return list;
    }

    private DocumentRef document(Long id) {
        return id == null ? null : documents.find(id).orElse(null);
    }
}
