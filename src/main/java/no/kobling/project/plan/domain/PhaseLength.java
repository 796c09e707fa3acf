package no.kobling.project.plan.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for "a phase that runs past its planned length is flagged" (issue 13), used by the phase cards, the
 * project list and the timeline alike. Days are whole calendar days in the viewer's zone; the end of a running phase
 * is today.
 * <ul>
 * <li><b>Planned length:</b> the planned start to the planned end. A phase is due its planned length after its actual
 * start (a phase that started late is not late for that alone); with no planned start, it is due on its planned
 * end. It runs past it when its end is after the due day.</li>
 * <li><b>Maximum length</b> of its type ({@code maxMonths}, e.g. 9 for a pre-study of 6–9 months): the phase may run
 * {@code maxMonths} whole months counted from its actual start, the last allowed day being the day before the same
 * day of the month {@code maxMonths} later (1 January + 9 months: last day 30 September; ending 1 October is past).
 * </li>
 * </ul>
 * A phase not yet started is never flagged.
 */
public final class PhaseLength {

    private PhaseLength() {
    }

    /** The day the phase is due to end by its planned length, or null when no planned end is known. */
    public static LocalDate due(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart) {
        if (plannedEnd == null) {
            return null;
        }
        if (plannedStart == null || actualStart == null) {
            return plannedEnd;
        }
        return actualStart.plusDays(ChronoUnit.DAYS.between(plannedStart, plannedEnd));
    }

    /** Days the phase ran past its planned length (0 when not past it or not started). */
    public static long daysPastPlannedLength(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
            LocalDate end) {
        LocalDate due = due(plannedStart, plannedEnd, actualStart);
        if (actualStart == null || end == null || due == null || !end.isAfter(due)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(due, end);
    }

    /** The last day a phase started on {@code start} may run under a maximum of {@code maxMonths}. */
    public static LocalDate lastAllowedDay(LocalDate start, int maxMonths) {
        return start.plusMonths(maxMonths).minusDays(1);
    }

    /** Whether a phase from {@code start} to {@code end} runs past its type's maximum length. */
    public static boolean pastMaxLength(LocalDate start, LocalDate end, Integer maxMonths) {
        return start != null && end != null && maxMonths != null && end.isAfter(lastAllowedDay(start, maxMonths));
    }
}
