package no.kobling.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock cut to whole microseconds, the precision of the databases' timestamps (see {@link ClockConfiguration}).
 * Not {@code Clock.tick(base, 1 µs)}: the JDK's tick clock divides by the tick in whole milliseconds in
 * {@code millis()}, which is zero below a millisecond (an {@code ArithmeticException} at every sign-in).
 */
public final class MicrosecondClock extends Clock {

    private final Clock base;
    private final ZoneId zone;

    /** The base clock's instants, cut to microseconds, seen in UTC. */
    public MicrosecondClock(Clock base) {
        this(base, ZoneOffset.UTC);
    }

    private MicrosecondClock(Clock base, ZoneId zone) {
        this.base = base;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new MicrosecondClock(base, other);
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return base.millis();
    }
}
