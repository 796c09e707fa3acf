package no.kobling.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the real UTC clock, until a test sets an instant (e.g. 23:30 in
 * Oslo, or a daylight-saving change day). A test that sets it resets it in a {@code finally} or {@code @AfterEach},
 * so the other tests sharing the context see the real time.
 */
public final class MutableClock extends Clock {

    /** Whole microseconds, as the application's clock (ClockConfiguration) and the databases' timestamps. */
    private final Clock system = new no.kobling.shared.MicrosecondClock(Clock.systemUTC());
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** Fixes the clock at this instant, cut to whole microseconds (the precision the databases store). */
    public void set(Instant instant) {
        fixed.set(instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant at = fixed.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock seen in another zone (still following {@link #set} and {@link #reset}). */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
