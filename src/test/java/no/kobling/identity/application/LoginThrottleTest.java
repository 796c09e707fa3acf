package no.kobling.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import no.kobling.identity.persistence.LoginCounts;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The login throttle on the real database with a clock the test moves: exact counts under parallel bursts (real
 * threads released by a barrier), and the growing delays computed here, not taken from the implementation.
 */
@IntegrationTest
class LoginThrottleTest {

    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    LoginCounts counts;

    final MovableClock clock = new MovableClock(START);
    LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle(counts, transactionManager, clock, LoginThrottleProperties.defaults());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    int failures(String kind, String key) {
        List<Integer> found = jdbc.queryForList("select failures from identity_login_throttle where kind = ? "
                + "and throttle_key = ?", Integer.class, kind, key);
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** {@code attempts} threads call {@code attempt} at once; returns how many were admitted. */
    static int burst(int attempts, IntPredicate attempt) throws Exception {
        CyclicBarrier start = new CyclicBarrier(attempts);
        AtomicInteger admitted = new AtomicInteger();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    start.await(30, TimeUnit.SECONDS);
                    if (attempt.test(n)) {
                        admitted.incrementAndGet();
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertThat(errors).isEmpty();
        return admitted.get();
    }

    @Test
    void aBurstFromOneAddressGetsExactlyTheFreeFailuresThrough() throws Exception {
        String address = "192.0.2." + (int) (Math.random() * 200);
        String key = address + "-" + UUID.randomUUID();
        int admitted = burst(30, n -> throttle.admit(unique("nobody"), key));
        // the clock stands still, so after 20 failures the first delay (1 s) holds every further attempt back
        assertThat(admitted).isEqualTo(20);
        assertThat(failures(LoginThrottle.ADDRESS, key)).isEqualTo(20);
    }

    @Test
    void aBurstForOneUsernameFromOneAddressGetsTheFreeFailuresAndTheFirstAttemptOfTheCleanAddress() throws Exception {
        String name = unique("target");
        String address = unique("198.51.100.7");
        int admitted = burst(30, n -> throttle.admit(name, address));
        // 5 free failures for the username; the one attempt that found the address clean is not held by the
        // username's delay; so 5 or 6 get through, depending on whether the clean one came before or after the fifth
        assertThat(admitted).isBetween(5, 6);
        assertThat(failures(LoginThrottle.USERNAME, name)).isEqualTo(admitted);
        // the address admitted its 20 free failures, whatever the username's throttle then said
        assertThat(failures(LoginThrottle.ADDRESS, address)).isEqualTo(20);
    }

    @Test
    void aBurstForOneUsernameFromManyAddressesIsCountedExactly() throws Exception {
        String name = unique("many");
        int admitted = burst(30, n -> throttle.admit(name, unique("203.0.113." + n)));
        assertThat(admitted).isEqualTo(30);
        assertThat(failures(LoginThrottle.USERNAME, name)).isEqualTo(30);
    }

    @Test
    void delaysDoubleAfterTheFreeFailuresUpToTheMaximum() {
        String name = unique("slow");
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.admit(name, failedAddress())).as("free failure %d", i).isTrue();
        }
        long expectedSeconds = 1;
        for (int failures = 5; failures < 14; failures++) {
            long wait = Math.min(expectedSeconds, 300);
            clock.advance(Duration.ofSeconds(wait).minusMillis(1));
            assertThat(throttle.admit(name, failedAddress())).as("inside the delay after %d failures", failures)
                    .isFalse();
            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.admit(name, failedAddress())).as("after the delay of %d s", wait).isTrue();
            expectedSeconds *= 2;
        }
        // 14 failures: 2^9 s would be 512 s, the maximum is 5 minutes
        assertThat(throttle.delayedUntil(name)).contains(clock.instant().plusSeconds(300));
        // a clean address is not held back by the username's delay, and the right password clears it
        String home = unique("home");
        assertThat(throttle.admit(name, home)).isTrue();
        throttle.succeeded(name, home);
        assertThat(throttle.delayedUntil(name)).isEmpty();
        assertThat(failures(LoginThrottle.ADDRESS, home)).isZero();
    }

    /** An address that has failed once before (for another name), so the username's delay binds it. */
    String failedAddress() {
        String address = unique("failed");
        assertThat(throttle.admit(unique("other"), address)).isTrue();
        return address;
    }

    @Test
    void countsAreForgottenADayAfterTheLastFailure() {
        String address = unique("forgetful");
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.admit(unique("x"), address)).isTrue();
        }
        assertThat(throttle.admit(unique("x"), address)).isFalse();
        clock.advance(Duration.ofHours(24).plusMillis(1));
        assertThat(throttle.admit(unique("x"), address)).isTrue();
        assertThat(failures(LoginThrottle.ADDRESS, address)).isEqualTo(1);

        // the nightly clean-up deletes what is older than a day, and keeps the rest
        String old = unique("old");
        assertThat(throttle.admit(unique("y"), old)).isTrue();
        clock.advance(Duration.ofHours(24).plusMillis(1));
        String recent = unique("recent");
        assertThat(throttle.admit(unique("z"), recent)).isTrue();
        assertThat(throttle.forgetOld()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from identity_login_throttle where throttle_key = ?",
                Integer.class, old)).isZero();
        assertThat(failures(LoginThrottle.ADDRESS, recent)).isEqualTo(1);
    }

    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
