package no.kobling.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void usableUntilItExpiresOrIsRevoked() {
        ApiToken t = new ApiToken(1L, "t", "hash", "kob_abcdef", NOW, NOW.plus(Duration.ofDays(30)));
        assertThat(t.isUsable(NOW)).isTrue();
        assertThat(t.isUsable(NOW.plus(Duration.ofDays(30)))).isFalse();
        t.revoke(NOW.plusSeconds(60));
        assertThat(t.isUsable(NOW.plusSeconds(61))).isFalse();
        t.revoke(NOW.plusSeconds(120));
        assertThat(t.getRevokedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void recordsUseAtMostOnceAnHour() {
        ApiToken t = new ApiToken(1L, "t", "hash", "kob_abcdef", NOW, null);
        t.used(NOW);
        t.used(NOW.plusSeconds(600));
        assertThat(t.getLastUsedAt()).isEqualTo(NOW);
        t.used(NOW.plusSeconds(3601));
        assertThat(t.getLastUsedAt()).isEqualTo(NOW.plusSeconds(3601));
    }
}
