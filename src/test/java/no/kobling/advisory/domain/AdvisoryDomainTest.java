package no.kobling.advisory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.domain.FunnelPolicy.Fact;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Rules of activities, the funnel policy and the calendar writer, without Spring. */
class AdvisoryDomainTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static ActivityFacts facts(LocalDate date, String hours, LocalDate followUp) {
        return new ActivityFacts(date, new BigDecimal(hours), 1L, null, null, null, followUp, Set.of(1L),
                Set.of(10L), Set.of());
    }

    static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    @Test
    void datesAndHoursFollowTheHorizons() {
        assertThat(code(() -> ActivityRules.check(facts(TODAY.plusDays(30), "1", null), TODAY))).isNull();
        assertThat(code(() -> ActivityRules.check(facts(TODAY.plusDays(31), "1", null), TODAY)))
                .isEqualTo("advisory-date-beyond-horizon");
        assertThat(code(() -> ActivityRules.check(facts(TODAY, "-0.5", null), TODAY)))
                .isEqualTo("advisory-hours-negative");
        assertThat(code(() -> ActivityRules.check(facts(TODAY, "0", null), TODAY))).isNull();
        assertThat(code(() -> ActivityRules.check(facts(TODAY, "1", TODAY.plusDays(367)), TODAY)))
                .isEqualTo("advisory-follow-up-beyond-horizon");
        assertThat(code(() -> ActivityRules.check(facts(TODAY, "1", TODAY.minusDays(1)), TODAY)))
                .isEqualTo("advisory-follow-up-before-activity");
    }

    @Test
    void theDefaultPolicyLiftsCompaniesByCountHoursAndKind() {
        FunnelPolicy p = FunnelPolicy.DEFAULTS;
        Map<Long, FunnelLevel> levels = p.levels(List.of(
                new Fact(1, "VISIT", FunnelLevel.CONTACTED, BigDecimal.ONE),
                new Fact(2, "VISIT", FunnelLevel.CONTACTED, BigDecimal.ONE),
                new Fact(2, "SEMINAR", FunnelLevel.CONTACTED, BigDecimal.ONE),
                new Fact(3, "VISIT", FunnelLevel.CONTACTED, BigDecimal.TEN),
                new Fact(4, "DEEP_DIVE", FunnelLevel.DEEP_DIVE, BigDecimal.ZERO),
                new Fact(5, "INDIVIDUAL_ADVISORY", FunnelLevel.PARTICIPATING, BigDecimal.ONE)));
        assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.of(1L, FunnelLevel.CONTACTED,
                2L, FunnelLevel.PARTICIPATING, 3L, FunnelLevel.INTENSIVE, 4L, FunnelLevel.DEEP_DIVE,
                5L, FunnelLevel.PARTICIPATING));
        assertThat(FunnelPolicy.countsAtLeast(levels)).containsExactly(5L, 4L, 2L, 1L);
    }

    @Test
    void kindListsOverrideTheKindsDefaults() {
        FunnelPolicy p = new FunnelPolicy(5, BigDecimal.valueOf(100), Set.of(), Set.of(), Set.of("SEMINAR"));
        assertThat(p.levelOfKind("SEMINAR", FunnelLevel.CONTACTED)).isEqualTo(FunnelLevel.DEEP_DIVE);
        assertThat(p.levelOfKind("DEEP_DIVE", FunnelLevel.DEEP_DIVE)).isEqualTo(FunnelLevel.CONTACTED);
    }

    @Test
    void anArchivedKindIsNotOfferedForNewActivities() {
        ActivityKind kind = new ActivityKind("TRIP", FunnelLevel.CONTACTED, 1,
                Map.of("en", "Trip", "nb", "Tur", "nn", "Tur", "sv", "Resa", "fi", "Matka"));
        kind.archive();
        assertThatThrownBy(() -> new Activity(kind, 1, facts(TODAY, "1", null), 1L, Instant.EPOCH, TODAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("advisory-kind-archived");
        assertThat(code(() -> new ActivityKind("bad code", FunnelLevel.CONTACTED, 1, Map.of())))
                .isEqualTo("advisory-kind-code-invalid");
    }

    @Test
    void calendarLinesAreEscapedFoldedAndEndInCrlf() {
        String ics = FollowUpCalendar.write("Oppfølging", List.of(new FollowUpCalendar.Entry("u-1@k",
                LocalDate.of(2026, 12, 24), "Følg opp; Ålesund, Giske", "x".repeat(200))), Instant.EPOCH);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("SUMMARY:Følg opp\\; Ålesund\\, Giske").contains("DTSTART;VALUE=DATE:20261224")
                .contains("DTEND;VALUE=DATE:20261225").contains("\r\n x");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }
}
