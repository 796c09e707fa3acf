package no.kobling.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Calendar days in a named zone. The clock is UTC: every "today" says whose zone it is in (see
 * {@code docs/time.md}), so nothing depends on the zone of the server.
 */
public final class LocalDay {

    private LocalDay() {
    }

    /** Today in {@code zone}. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), Objects.requireNonNull(zone));
    }

    /** The day an instant falls on in {@code zone}. */
    public static LocalDate of(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, Objects.requireNonNull(zone));
    }

    /** The first instant of {@code day} in {@code zone} (midnight, or the first valid time on a change day). */
    public static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(Objects.requireNonNull(zone)).toInstant();
    }

    /** The instant of a local time on a day; a time skipped by a spring-forward change moves on by the gap. */
    public static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, Objects.requireNonNull(zone)).toInstant();
    }

    /** The wall-clock time of an instant in {@code zone}. */
    public static LocalDateTime wallClock(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, Objects.requireNonNull(zone));
    }

    /** Whether it is at least {@code time} on {@code day} (or any later day) in {@code zone}. */
    public static boolean reached(Instant now, LocalDate day, LocalTime time, ZoneId zone) {
        return !now.isBefore(at(day, time, zone));
    }
}
