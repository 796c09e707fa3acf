package no.kobling.project.plan.timeline.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A project's phases, deliverables and gates laid on a time axis of whole months. Positions ({@code left},
 * {@code width}, {@code at}) are percentages of the axis (0–100), rounded to two decimals, so a chart can be drawn
 * at any width. {@code todayAt} is {@code null} when today lies outside the axis. {@code projectId} names the
 * project it was drawn for ({@code null} straight from the calculator), so a page can link the PDF plan.
 */
public record Timeline(Long projectId, LocalDate today, LocalDate axisStart, LocalDate axisEnd, List<Month> months,
        Double todayAt, List<PhaseBar> phases, List<GateMark> gates, List<DeliverableMark> deliverables) {

    public Timeline {
        months = List.copyOf(months);
        phases = List.copyOf(phases);
        gates = List.copyOf(gates);
        deliverables = List.copyOf(deliverables);
    }

    /** The same timeline, drawn for a project. */
    public Timeline forProject(long id) {
        return new Timeline(id, today, axisStart, axisEnd, months, todayAt, phases, gates, deliverables);
    }

    /** Whether nothing has a date: no phase, deliverable or gate to draw. */
    public boolean empty() {
        return phases.stream().allMatch(p -> p.planned() == null && p.actual() == null)
                && deliverables.stream().allMatch(d -> d.at() == null) && gates.stream().allMatch(g -> g.at() == null);
    }

    public long overdueCount() {
        return deliverables.stream().filter(DeliverableMark::overdue).count();
    }

    public long flaggedPhaseCount() {
        return phases.stream().filter(PhaseBar::flagged).count();
    }

    public List<DeliverableMark> deliverablesOf(long phaseId) {
        return deliverables.stream().filter(d -> d.phaseId() != null && d.phaseId() == phaseId).toList();
    }

    public boolean hasUnphasedDeliverables() {
        return deliverables.stream().anyMatch(d -> d.phaseId() == null && d.at() != null);
    }

    /** The name of a phase of this timeline, or {@code null}. */
    public String phaseName(long phaseId) {
        return phases.stream().filter(p -> p.id() == phaseId).map(PhaseBar::name).findFirst().orElse(null);
    }

    public List<GateMark> gatesOf(long phaseId) {
        return gates.stream().filter(g -> g.phaseId() == phaseId).toList();
    }

    /** A calendar month of the axis. */
    public record Month(YearMonth month, double left, double width) {

        /** Whether the month starts a year or the axis (where a chart writes the year). */
        public boolean labelYear(LocalDate axisStart) {
            return month.getMonthValue() == 1 || month.equals(YearMonth.from(axisStart));
        }
    }

    /** Days from {@code start} to {@code end}, both included, on the axis. */
    public record Span(LocalDate start, LocalDate end, double left, double width) {
    }

    /**
     * A phase: its planned span, its actual span (to today while it runs) and its flags. {@code daysPastPlannedEnd}
     * counts the days it ran past the planned end (0 unless flagged so); {@code maxMonths} is the type's maximum.
     */
    public record PhaseBar(long id, String name, PhaseState state, Span planned, Span actual, Set<PhaseFlag> flags,
            long daysPastPlannedEnd, Integer maxMonths) {

        public PhaseBar {
            flags = Set.copyOf(flags);
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }

        public boolean pastPlannedEnd() {
            return flags.contains(PhaseFlag.PAST_PLANNED_END);
        }

        public boolean pastMaxLength() {
            return flags.contains(PhaseFlag.PAST_MAX_LENGTH);
        }
    }

    /**
     * A gate: decided on {@code date}, or expected at its phase's planned end ({@code decided == false}, {@code date}
     * may then be {@code null}). {@code at} is {@code null} without a date.
     */
    public record GateMark(long id, long phaseId, String phaseName, LocalDate date, boolean decided,
            GateVerdict decision, Double at) {
    }

    /** A deliverable due on {@code due}; overdue when still open after its due day. */
    public record DeliverableMark(long id, Long phaseId, String name, LocalDate due, DeliverableProgress progress,
            boolean overdue, long daysOverdue, Double at) {
    }
}
