package no.kobling.project.plan.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.project.document.DocumentRef;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.domain.PhaseStatus;
import no.kobling.project.plan.domain.ProjectStatus;

/** Projects as pages and the API show them (names in the viewer's language). */
public final class ProjectViews {

    private ProjectViews() {
    }

    /** A row of the project list. */
    public record ProjectSummary(long id, String name, String typeName, long partnershipId, String partnershipName,
            long ownerOrganisationId, String ownerName, ProjectStatus status, LocalDate startDate, LocalDate endDate,
            String currentPhase, boolean flagged) {
    }

    /** A project with its parties, phases, deliverables and gates. */
    public record ProjectDetail(long id, long version, String name, long typeId, String typeCode, String typeName,
            long partnershipId, String partnershipName, long ownerOrganisationId, String ownerName,
            Long funderOrganisationId, String funderName, ProjectStatus status, LocalDate startDate,
            LocalDate endDate, String goals, String description, Map<Long, String> municipalities,
            Map<String, String> targetGroups, List<PartyView> parties, List<PhaseView> phases, boolean editable,
            LocalDate today) {
    }

    public record PartyView(long organisationId, String name, String responsibilities, boolean archived) {
    }

    /**
     * A phase. {@code overrun}: it runs (or ran) past its planned length or its type's maximum months;
     * {@code startable}: planned, and the previous phase's gate said GO (or it is the first phase).
     */
    public record PhaseView(long id, long version, int order, String code, String name, PhaseStatus status,
            LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, String goals,
            Integer minMonths, Integer maxMonths, boolean overrun, boolean startable, boolean decidable,
            List<DeliverableView> deliverables, List<GateView> gates) {
    }

    public record DeliverableView(long id, long version, long phaseId, String name, Long templateId,
            Long ownerOrganisationId, String ownerName, Long ownerUserId, String ownerUserName, LocalDate dueDate,
            DeliverableStatus status, DocumentRef document) {
    }

    public record GateView(long id, long phaseId, String decisionBody, LocalDate decidedOn, GateDecision decision,
            DocumentRef minutes, String notes, String recordedBy) {
    }

    /** A project type with its phases and deliverable templates. */
    public record TypeView(long id, long version, String code, String name, Map<String, String> names,
            boolean builtin, boolean archived, List<TypePhaseView> phases) {
    }

    public record TypePhaseView(long id, int order, String code, String name, Map<String, String> names,
            Integer minMonths, Integer maxMonths, List<TypeDeliverableView> deliverables) {
    }

    public record TypeDeliverableView(long id, String code, String name, Map<String, String> names) {
    }
}
