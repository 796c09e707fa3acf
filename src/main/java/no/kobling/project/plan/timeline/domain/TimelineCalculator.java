package no.kobling.project.plan.timeline.domain;

import java.time.Clock;
import java.time.LocalDate;
import no.kobling.project.plan.domain.PhaseLength;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import no.kobling.shared.LocalDay;

/**
 * Lays a project's phases, deliverables and gates on a time axis of whole months and marks what is late. Pure: the
 * only outside input is the clock, read as a day in the zone the caller names (the viewer's, see docs/time.md).
 * <ul>
 * <li>The axis runs from the first day of the month of the earliest date to the last day of the month of the latest
 * one. Today widens it while a phase runs (its actual bar reaches today); otherwise today is marked only when it lies
 * on the axis. Without any date the axis is today's month.</li>
 * <li>A phase is {@link PhaseFlag#PAST_PLANNED_END} when it is still running after its planned end day or ended after
 * it, and {@link PhaseFlag#PAST_MAX_LENGTH} when it runs or ran (from its actual start to its actual end, or to today)
 * longer than its type's maximum months, or, not started yet, is planned longer than that. A phase of {@code n}
 * months starting on the 1st of January may end on the 30th of September for n = 9.</li>
 * <li>A deliverable is overdue when it is planned or in progress and its due day is before today.</li>
 * <li>A gate without a decision is expected at its phase's planned end.</li>
 * </ul>
 */
public final class TimelineCalculator {

    private final Clock clock;

    public TimelineCalculator(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public Timeline lay(TimelineInput input, ZoneId zone) {
        return lay(input, LocalDay.today(clock, zone));
    }

    static Timeline lay(TimelineInput input, LocalDate today) {
        boolean running = input.phases().stream().anyMatch(p -> state(p) == PhaseState.RUNNING);
        Map<Long, TimelineInput.Phase> phases = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (TimelineInput.Phase p : input.phases()) {
            phases.put(p.id(), p);
            order.put(p.id(), order.size());
        }
        List<LocalDate> dates = new ArrayList<>();
        for (TimelineInput.Phase p : input.phases()) {
            Stream.of(p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd()).filter(Objects::nonNull)
                    .forEach(dates::add);
        }
        input.deliverables().stream().map(TimelineInput.Deliverable::due).filter(Objects::nonNull).forEach(dates::add);
        input.gates().stream().map(TimelineInput.Gate::decidedOn).filter(Objects::nonNull).forEach(dates::add);
        if (running || dates.isEmpty()) {
            dates.add(today);
        }
        LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        Axis axis = new Axis(first.withDayOfMonth(1), YearMonth.from(last).atEndOfMonth());

        List<Timeline.Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(axis.start); !m.isAfter(YearMonth.from(axis.end)); m = m.plusMonths(1)) {
            Timeline.Span s = axis.span(m.atDay(1), m.atEndOfMonth());
            months.add(new Timeline.Month(m, s.left(), s.width()));
        }
        List<Timeline.PhaseBar> bars = input.phases().stream().map(p -> bar(p, today, axis)).toList();
        List<Timeline.GateMark> gates = input.gates().stream()
                .sorted(Comparator.comparing((TimelineInput.Gate g) -> order.getOrDefault(g.phaseId(), Integer.MAX_VALUE))
                        .thenComparing(TimelineInput.Gate::decidedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(TimelineInput.Gate::id))
                .map(g -> gate(g, phases.get(g.phaseId()), axis)).toList();
        List<Timeline.DeliverableMark> deliverables = input.deliverables().stream()
                .sorted(Comparator.comparing((TimelineInput.Deliverable d) -> d.phaseId() == null ? Integer.MAX_VALUE
                        : order.getOrDefault(d.phaseId(), Integer.MAX_VALUE))
                        .thenComparing(TimelineInput.Deliverable::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TimelineInput.Deliverable::name).thenComparingLong(TimelineInput.Deliverable::id))
                .map(d -> deliverable(d, today, axis)).toList();
        return new Timeline(null, today, axis.start, axis.end, months, axis.contains(today) ? axis.at(today) : null, bars,
                gates, deliverables);
    }

    static PhaseState state(TimelineInput.Phase p) {
        if (p.actualStart() == null) {
            return PhaseState.NOT_STARTED;
        }
        return p.actualEnd() == null ? PhaseState.RUNNING : PhaseState.ENDED;
    }

    private static Timeline.PhaseBar bar(TimelineInput.Phase p, LocalDate today, Axis axis) {
        PhaseState state = state(p);
        LocalDate end = switch (state) {
            case NOT_STARTED -> null;
            case RUNNING -> today.isBefore(p.actualStart()) ? p.actualStart() : today;
            case ENDED -> p.actualEnd();
        };
        Set<PhaseFlag> flags = EnumSet.noneOf(PhaseFlag.class);
        long daysLate = 0;
        // one rule with the phase cards and the project list: PhaseLength
        if (end != null) {
            daysLate = PhaseLength.daysPastPlannedLength(p.plannedStart(), p.plannedEnd(), p.actualStart(), end);
            if (daysLate > 0) {
                flags.add(PhaseFlag.PAST_PLANNED_END);
            }
        }
        LocalDate from = end != null ? p.actualStart() : p.plannedStart();
        LocalDate to = end != null ? end : p.plannedEnd();
        if (PhaseLength.pastMaxLength(from, to, p.maxMonths())) {
            flags.add(PhaseFlag.PAST_MAX_LENGTH);
        }
        Timeline.Span planned = p.plannedStart() != null && p.plannedEnd() != null
                && !p.plannedEnd().isBefore(p.plannedStart()) ? axis.span(p.plannedStart(), p.plannedEnd()) : null;
        Timeline.Span actual = end != null && !end.isBefore(p.actualStart()) ? axis.span(p.actualStart(), end) : null;
        return new Timeline.PhaseBar(p.id(), p.name(), state, planned, actual, flags, daysLate, p.maxMonths());
    }

    private static Timeline.GateMark gate(TimelineInput.Gate g, TimelineInput.Phase phase, Axis axis) {
        boolean decided = g.decidedOn() != null && g.decision() != null;
        LocalDate date = g.decidedOn() != null ? g.decidedOn() : phase == null ? null : phase.plannedEnd();
        return new Timeline.GateMark(g.id(), g.phaseId(), phase == null ? null : phase.name(), date, decided,
                decided ? g.decision() : null, date == null ? null : axis.at(date));
    }

    private static Timeline.DeliverableMark deliverable(TimelineInput.Deliverable d, LocalDate today, Axis axis) {
        boolean overdue = d.due() != null && d.progress().open() && d.due().isBefore(today);
        return new Timeline.DeliverableMark(d.id(), d.phaseId(), d.name(), d.due(), d.progress(), overdue,
                overdue ? ChronoUnit.DAYS.between(d.due(), today) : 0, d.due() == null ? null : axis.at(d.due()));
    }

    /** Days from start to end (both included) as 0–100. */
    private record Axis(LocalDate start, LocalDate end) {

        long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        /** The middle of a day. */
        double at(LocalDate day) {
            return round((ChronoUnit.DAYS.between(start, day) + 0.5) * 100.0 / days());
        }

        Timeline.Span span(LocalDate from, LocalDate to) {
            double left = ChronoUnit.DAYS.between(start, from) * 100.0 / days();
            double right = (ChronoUnit.DAYS.between(start, to) + 1) * 100.0 / days();
            return new Timeline.Span(from, to, round(left), round(right - left));
        }

        private static double round(double percent) {
            return Math.round(percent * 100) / 100.0;
        }
    }
}
