package no.kobling.partnering.cases.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import no.kobling.shared.DomainException;

/**
 * When to follow up after a meeting: offsets from the meeting day as ISO-8601 periods. The default is +14 days,
 * +3 months and +6 months; a partnership may configure its own (1 to 10 offsets, each between 1 day and 3 years,
 * strictly increasing).
 */
public record FollowUpPlan(List<Period> offsets) {

    public static final FollowUpPlan DEFAULT = new FollowUpPlan(List.of(Period.ofDays(14), Period.ofMonths(3),
            Period.ofMonths(6)));

    public FollowUpPlan {
        if (offsets == null || offsets.isEmpty() || offsets.size() > 10) {
            throw DomainException.rule("plan-invalid", "cases.error.plan-invalid");
        }
        LocalDate base = LocalDate.of(2000, 1, 1);
        LocalDate previous = base;
        for (Period p : offsets) {
            LocalDate due = base.plus(p);
            if (p.isNegative() || !due.isAfter(previous) || due.isAfter(base.plusYears(3))) {
                throw DomainException.rule("plan-invalid", "cases.error.plan-invalid");
            }
            previous = due;
        }
        offsets = List.copyOf(offsets);
    }

    /** Parses "P14D,P3M,P6M" (also accepts "14d, 3m, 6m"). */
    public static FollowUpPlan parse(String text) {
        List<Period> periods = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    periods.add(period(part.strip()));
                }
            }
        }
        return new FollowUpPlan(periods);
    }

    private static Period period(String part) {
        String p = part.toUpperCase(java.util.Locale.ROOT);
        if (!p.startsWith("P")) {
            p = "P" + p;
        }
        try {
            return Period.parse(p);
        } catch (DateTimeParseException e) {
            throw DomainException.rule("plan-invalid", "cases.error.plan-invalid");
        }
    }

    public List<LocalDate> dueDates(LocalDate meetingDay) {
        return offsets.stream().map(meetingDay::plus).toList();
    }

    public String format() {
        return String.join(",", offsets.stream().map(Period::toString).toList());
    }
}
