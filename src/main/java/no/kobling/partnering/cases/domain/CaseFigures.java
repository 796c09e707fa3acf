package no.kobling.partnering.cases.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of partner search for a period, per country pair and in total: meetings held, the share of follow-ups
 * due in the period (and not later than today) that were done on time, outcomes by kind, and transaction value per
 * currency (never summed across currencies). A pure calculator: the application service hands it the rows.
 */
public final class CaseFigures {

    private CaseFigures() {
    }

    /** A meeting; {@code zone} is its case's partnership's zone, whose days the period is counted in. */
    public record MeetingRow(String countryPair, Instant heldAt, ZoneId zone) {
    }

    /** A follow-up; done on time when done by the end of its due day in {@code zone} (the partnership's). */
    public record FollowUpRow(String countryPair, LocalDate dueOn, Instant doneAt, ZoneId zone) {
    }

    public record OutcomeRow(String countryPair, OutcomeKind kind, LocalDate occurredOn, BigDecimal amount,
            String currency) {
    }

    /** One line of the figures (a country pair, or the total with {@code countryPair} "*"). */
    public record Line(String countryPair, long meetings, long followUpsDue, long followUpsOnTime,
            Map<OutcomeKind, Long> outcomes, Map<String, BigDecimal> transactionValue) {

        /** Share of due follow-ups done on time, 0..1; null with no follow-up due. */
        public Double onTimeShare() {
            return followUpsDue == 0 ? null : (double) followUpsOnTime / followUpsDue;
        }

        public long outcomes(OutcomeKind kind) {
            return outcomes.getOrDefault(kind, 0L);
        }
    }

    public record Result(List<Line> pairs, Line total) {
    }

    /** "NO–SE" with the two countries sorted, so NO–SE and SE–NO are one pair. */
    public static String pair(String a, String b) {
        String x = a == null ? "?" : a;
        String y = b == null ? "?" : b;
        return x.compareTo(y) <= 0 ? x + "–" + y : y + "–" + x;
    }

    /**
     * Figures for [from, to] (days inclusive, in each row's partnership zone); follow-ups count only when due by
     * today in that zone at {@code now}.
     */
    public static Result compute(List<MeetingRow> meetings, List<FollowUpRow> followUps, List<OutcomeRow> outcomes,
            LocalDate from, LocalDate to, Instant now) {
        Map<String, Acc> byPair = new TreeMap<>();
        Acc total = new Acc();
        for (MeetingRow m : meetings) {
            LocalDate day = LocalDate.ofInstant(m.heldAt(), m.zone());
            if (within(day, from, to)) {
                acc(byPair, m.countryPair()).meetings++;
                total.meetings++;
            }
        }
        for (FollowUpRow f : followUps) {
            if (within(f.dueOn(), from, to) && !f.dueOn().isAfter(LocalDate.ofInstant(now, f.zone()))) {
                boolean onTime = f.doneAt() != null
                        && !LocalDate.ofInstant(f.doneAt(), f.zone()).isAfter(f.dueOn());
                for (Acc a : List.of(acc(byPair, f.countryPair()), total)) {
                    a.due++;
                    if (onTime) {
                        a.onTime++;
                    }
                }
            }
        }
        for (OutcomeRow o : outcomes) {
            if (within(o.occurredOn(), from, to)) {
                for (Acc a : List.of(acc(byPair, o.countryPair()), total)) {
                    a.outcomes.merge(o.kind(), 1L, Long::sum);
                    if (o.kind() == OutcomeKind.TRANSACTION && o.amount() != null && o.currency() != null) {
                        a.value.merge(o.currency(), o.amount(), BigDecimal::add);
                    }
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        byPair.forEach((pair, a) -> lines.add(a.line(pair)));
        return new Result(lines, total.line("*"));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static Acc acc(Map<String, Acc> map, String pair) {
        return map.computeIfAbsent(pair, p -> new Acc());
    }

    private static final class Acc {
        long meetings;
        long due;
        long onTime;
        final Map<OutcomeKind, Long> outcomes = new EnumMap<>(OutcomeKind.class);
        final Map<String, BigDecimal> value = new TreeMap<>();

        Line line(String pair) {
            return new Line(pair, meetings, due, onTime, Map.copyOf(outcomes), Map.copyOf(value));
        }
    }
}
