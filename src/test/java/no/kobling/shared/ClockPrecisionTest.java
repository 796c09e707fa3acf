package no.kobling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import no.kobling.support.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The application's clock gives whole microseconds, the precision of the databases' timestamps, so a row written "now"
 * is due at that same "now" (a nanosecond instant was stored rounded up half the time and missed by "due <= now").
 */
class ClockPrecisionTest {

    @Test
    void theApplicationClockTicksInWholeMicroseconds() {
        Clock clock = new ClockConfiguration().clock();
        for (int i = 0; i < 1_000; i++) {
            assertThat(clock.instant().getNano() % 1_000).isZero();
        }
        // millis() works too (the JDK's Clock.tick of one microsecond divides by zero there)
        assertThat(clock.millis()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
        assertThat(clock.withZone(java.time.ZoneId.of("Europe/Oslo")).millis()).isPositive();
    }

    @Test
    void theTestClockCutsAFixedInstantToMicroseconds() {
        MutableClock clock = new MutableClock();
        clock.set(Instant.parse("2027-01-01T10:00:00.000000999Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T10:00:00Z"));
        clock.reset();
        assertThat(clock.instant().getNano() % 1_000).isZero();
        assertThat(clock.millis()).isPositive();
    }
}
