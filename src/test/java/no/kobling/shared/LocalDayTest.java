package no.kobling.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Days in the three zones at their edges: 23:30 in Oslo, and the daylight-saving change days of 2026 and 2027. */
class LocalDayTest {

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void at2330InOsloItIsAlreadyTomorrowInHelsinki() {
        Clock clock = at("2026-12-07T22:30:00Z");
        assertThat(LocalDay.today(clock, Zones.OSLO)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(LocalDay.today(clock, Zones.STOCKHOLM)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(LocalDay.today(clock, Zones.HELSINKI)).isEqualTo(LocalDate.of(2026, 12, 8));
        // in summer the offsets are one hour larger: 23:30 in Oslo is 21:30 UTC
        Clock summer = at("2026-07-01T21:30:00Z");
        assertThat(LocalDay.today(summer, Zones.OSLO)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(LocalDay.today(summer, Zones.HELSINKI)).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void theChangeDaysAre23And25HoursLong() {
        for (var zone : Zones.SUPPORTED) {
            // last Sunday of March and of October, 2026 and 2027
            assertThat(Duration.between(LocalDay.start(LocalDate.of(2026, 3, 29), zone),
                    LocalDay.start(LocalDate.of(2026, 3, 30), zone))).isEqualTo(Duration.ofHours(23));
            assertThat(Duration.between(LocalDay.start(LocalDate.of(2026, 10, 25), zone),
                    LocalDay.start(LocalDate.of(2026, 10, 26), zone))).isEqualTo(Duration.ofHours(25));
            assertThat(Duration.between(LocalDay.start(LocalDate.of(2027, 3, 28), zone),
                    LocalDay.start(LocalDate.of(2027, 3, 29), zone))).isEqualTo(Duration.ofHours(23));
            assertThat(Duration.between(LocalDay.start(LocalDate.of(2027, 10, 31), zone),
                    LocalDay.start(LocalDate.of(2027, 11, 1), zone))).isEqualTo(Duration.ofHours(25));
        }
    }

    @Test
    void aMeetingAt0230OnTheSpringForwardDayMovesOnByTheGap() {
        // 02:30 does not exist in Oslo on 29 March 2026: it is taken as 03:30 CEST, 01:30 UTC
        assertThat(LocalDay.at(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), Zones.OSLO))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        // in Helsinki the gap is 03:00-04:00 local, at the same instant
        assertThat(LocalDay.at(LocalDate.of(2026, 3, 29), LocalTime.of(3, 30), Zones.HELSINKI))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        // a 09:00-10:00 meeting on the change day lasts one hour and starts at 07:00 UTC
        Instant start = LocalDay.at(LocalDate.of(2026, 3, 29), LocalTime.of(9, 0), Zones.OSLO);
        assertThat(start).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(Duration.between(start, LocalDay.at(LocalDate.of(2026, 3, 29), LocalTime.of(10, 0), Zones.OSLO)))
                .isEqualTo(Duration.ofHours(1));
        // from 01:00 to 04:00 on the wall clock: two real hours in spring, four in autumn
        assertThat(Duration.between(LocalDay.at(LocalDate.of(2026, 3, 29), LocalTime.of(1, 0), Zones.OSLO),
                LocalDay.at(LocalDate.of(2026, 3, 29), LocalTime.of(4, 0), Zones.OSLO))).isEqualTo(Duration.ofHours(2));
        assertThat(Duration.between(LocalDay.at(LocalDate.of(2026, 10, 25), LocalTime.of(1, 0), Zones.OSLO),
                LocalDay.at(LocalDate.of(2026, 10, 25), LocalTime.of(4, 0), Zones.OSLO))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aDailyReminderHourIsReachedAt0800LocalOnTheChangeDays() {
        LocalDate spring = LocalDate.of(2027, 3, 28);
        LocalTime eight = LocalTime.of(8, 0);
        // 08:00 CEST = 06:00 UTC on the spring day; 08:00 CET = 07:00 UTC on the autumn day
        assertThat(LocalDay.reached(Instant.parse("2027-03-28T05:59:00Z"), spring, eight, Zones.OSLO)).isFalse();
        assertThat(LocalDay.reached(Instant.parse("2027-03-28T06:00:00Z"), spring, eight, Zones.OSLO)).isTrue();
        LocalDate autumn = LocalDate.of(2027, 10, 31);
        assertThat(LocalDay.reached(Instant.parse("2027-10-31T06:59:00Z"), autumn, eight, Zones.STOCKHOLM)).isFalse();
        assertThat(LocalDay.reached(Instant.parse("2027-10-31T07:00:00Z"), autumn, eight, Zones.STOCKHOLM)).isTrue();
        assertThat(LocalDay.reached(Instant.parse("2027-10-31T06:00:00Z"), autumn, eight, Zones.HELSINKI)).isTrue();
    }

    @Test
    void onlyTheThreeZonesAreAccepted() {
        assertThat(Zones.ofCountry("se")).isEqualTo(Zones.STOCKHOLM);
        assertThat(Zones.ofCountry("FI")).isEqualTo(Zones.HELSINKI);
        assertThat(Zones.ofCountry("NO")).isEqualTo(Zones.OSLO);
        assertThat(Zones.ofLocale(Locale.forLanguageTag("fi"))).isEqualTo(Zones.HELSINKI);
        assertThat(Zones.require(" ", Zones.HELSINKI)).isEqualTo(Zones.HELSINKI);
        assertThat(Zones.require("Europe/Stockholm", Zones.OSLO)).isEqualTo(Zones.STOCKHOLM);
        for (String other : new String[] {"Europe/Berlin", "UTC", "CET", "europe/oslo", "Mars/Olympus"}) {
            assertThatThrownBy(() -> Zones.require(other, Zones.OSLO)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("time-zone-unknown");
        }
    }
}
