package no.kobling.project.plan.timeline;

import java.time.LocalDate;
import java.util.List;
import no.kobling.project.plan.timeline.domain.DeliverableProgress;
import no.kobling.project.plan.timeline.domain.GateVerdict;
import no.kobling.project.plan.timeline.domain.Timeline;

/**
 * Everything the PDF project plan prints, with names already in the viewer's language: the project's facts, parties
 * and responsibilities, municipalities, target groups, goals, the phases with their deliverables and gate decisions,
 * and the timeline. {@code status} and {@code PhasePlan.status} are enum names (ProjectStatus, PhaseStatus).
 */
public record ProjectPlan(long id, String name, String typeName, String status, String partnershipName,
        String ownerName, String funderName, LocalDate startDate, LocalDate endDate, String goals,
        String description, List<PartyLine> parties, List<String> municipalities, List<String> targetGroups,
        List<PhasePlan> phases, Timeline timeline) {

    public ProjectPlan {
        parties = List.copyOf(parties);
        municipalities = List.copyOf(municipalities);
        targetGroups = List.copyOf(targetGroups);
        phases = List.copyOf(phases);
    }

    /** The owner (first) or a party with its responsibilities ({@code null}: none written). */
    public record PartyLine(String organisation, boolean owner, String responsibilities) {
    }

    public record PhasePlan(long id, String name, String status, String goals, LocalDate plannedStart,
            LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, Integer minMonths, Integer maxMonths,
            List<DeliverableLine> deliverables, List<GateLine> gates) {

        public PhasePlan {
            deliverables = List.copyOf(deliverables);
            gates = List.copyOf(gates);
        }
    }

    /** A deliverable: owner organisation and person (each may be {@code null}), file name of its document. */
    public record DeliverableLine(long id, String name, String ownerOrganisation, String ownerPerson, LocalDate due,
            DeliverableProgress progress, boolean overdue, String fileName) {
    }

    /** A gate decision with the file name of its minutes ({@code null}: none attached). */
    public record GateLine(long id, String decisionBody, LocalDate decidedOn, GateVerdict decision, String notes,
            String minutesFileName) {
    }
}
