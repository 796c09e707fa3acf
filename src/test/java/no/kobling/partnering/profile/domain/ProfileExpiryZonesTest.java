package no.kobling.partnering.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A profile is valid through the same date a year on in its owner organisation's zone (docs/time.md). */
class ProfileExpiryZonesTest {

    @Test
    void validThroughTheSameLocalDateAYearOn() {
        // 23:30 UTC on 28 February 2027 is already 1 March in Oslo (00:30) and Helsinki (01:30)
        Instant validated = Instant.parse("2027-02-28T23:30:00Z");
        // valid through 1 March 2028, to midnight local time (CET +1, EET +2)
        assertThat(PartnerProfile.expiryAfter(validated, ZoneId.of("Europe/Oslo")))
                .isEqualTo(Instant.parse("2028-03-01T23:00:00Z"));
        assertThat(PartnerProfile.expiryAfter(validated, ZoneId.of("Europe/Helsinki")))
                .isEqualTo(Instant.parse("2028-03-01T22:00:00Z"));
        // at 22:30 UTC it is still 28 February in Oslo, 1 March in Helsinki; 2028 is a leap year
        Instant earlier = Instant.parse("2027-02-28T22:30:00Z");
        assertThat(PartnerProfile.expiryAfter(earlier, ZoneId.of("Europe/Oslo")))
                .isEqualTo(Instant.parse("2028-02-28T23:00:00Z"));
    }

    @Test
    void theEndOfTheDayIsLocalMidnightAcrossTheSummerTimeChange() {
        // validated in October (summer time), expires a year on at local midnight in summer time (CEST +2)
        Instant validated = Instant.parse("2026-10-24T12:00:00Z");
        assertThat(PartnerProfile.expiryAfter(validated, ZoneId.of("Europe/Stockholm")))
                .isEqualTo(Instant.parse("2027-10-24T22:00:00Z"));
    }
}
