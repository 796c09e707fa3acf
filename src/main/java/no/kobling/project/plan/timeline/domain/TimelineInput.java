package no.kobling.project.plan.timeline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a timeline is drawn from: the project's phases in their order, its deliverables and its gates. Plain values,
 * so the calculator needs neither Spring nor the database.
 */
public record TimelineInput(List<Phase> phases, List<Deliverable> deliverables, List<Gate> gates) {

    public TimelineInput {
        phases = List.copyOf(phases);
        deliverables = List.copyOf(deliverables);
        gates = List.copyOf(gates);
    }

    /**
     * A phase with its planned and actual dates (each may be {@code null}: not planned, not started, not ended) and
     * the longest a phase of its type may run, in months ({@code null}: no maximum).
     */
    public record Phase(long id, String name, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
            LocalDate actualEnd, Integer maxMonths) {

        public Phase {
            Objects.requireNonNull(name);
            if (maxMonths != null && maxMonths < 1) {
                throw new IllegalArgumentException("maxMonths must be positive");
            }
        }
    }

    /** A deliverable of a phase ({@code phaseId} may be {@code null}), due on a day ({@code null}: no due date). */
    public record Deliverable(long id, Long phaseId, String name, LocalDate due, DeliverableProgress progress) {

        public Deliverable {
            Objects.requireNonNull(name);
            Objects.requireNonNull(progress);
        }
    }

    /** The gate at the end of a phase: decided on a day with a decision, or not yet ({@code decidedOn == null}). */
    public record Gate(long id, long phaseId, LocalDate decidedOn, GateVerdict decision) {
    }
}
