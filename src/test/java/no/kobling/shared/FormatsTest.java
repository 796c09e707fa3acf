package no.kobling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The formats of the five interface languages, written out by hand (U+00A0 is the non-breaking space). */
class FormatsTest {

    static final String NBSP = "\u00a0";
    static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    static Formats in(String lang) {
        return new Formats(Locale.forLanguageTag(lang), Zones.OSLO);
    }

    @Test
    void datesInAllFiveLanguages() {
        assertThat(in("nb").longDate(DAY)).isEqualTo("6. desember 2026");
        assertThat(in("nn").longDate(DAY)).isEqualTo("6. desember 2026");
        assertThat(in("sv").longDate(DAY)).isEqualTo("6 december 2026");
        assertThat(in("fi").longDate(DAY)).isEqualTo("6. joulukuuta 2026");
        assertThat(in("en").longDate(DAY)).isEqualTo("6 December 2026");

        assertThat(in("nb").date(DAY)).isEqualTo("6.12.2026");
        assertThat(in("nn").date(DAY)).isEqualTo("6.12.2026");
        assertThat(in("fi").date(DAY)).isEqualTo("6.12.2026");
        assertThat(in("sv").date(DAY)).isEqualTo("2026-12-06");
        assertThat(in("en").date(DAY)).isEqualTo("6 Dec 2026");
    }

    @Test
    void timesAndInstantsInTheGivenZone() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 9, 5);
        assertThat(in("nb").dateTime(at)).isEqualTo("6.12.2026 09:05");
        assertThat(in("sv").dateTime(at)).isEqualTo("2026-12-06 09:05");
        assertThat(in("fi").dateTime(at)).isEqualTo("6.12.2026 klo 9.05");
        assertThat(in("en").dateTime(at)).isEqualTo("6 Dec 2026, 09:05");
        assertThat(in("fi").time(at)).isEqualTo("9.05");
        // 23:30 UTC on 5 December is 00:30 on the 6th in Oslo and 01:30 in Helsinki
        Instant late = Instant.parse("2026-12-05T23:30:00Z");
        assertThat(in("nb").dateTime(late)).isEqualTo("6.12.2026 00:30");
        assertThat(new Formats(Locale.forLanguageTag("fi"), Zones.HELSINKI).dateTime(late))
                .isEqualTo("6.12.2026 klo 1.30");
        assertThat(in("nb").date(null)).isEmpty();
    }

    @Test
    void monthsAreWrittenOut() {
        YearMonth m = YearMonth.of(2026, 12);
        assertThat(in("nb").month(m)).isEqualTo("desember 2026");
        assertThat(in("sv").month(m)).isEqualTo("december 2026");
        assertThat(in("fi").month(m)).isEqualTo("joulukuu 2026");
        assertThat(in("en").month(m)).isEqualTo("December 2026");
    }

    @Test
    void numbersGroupWithANonBreakingSpace() {
        assertThat(in("nb").integer(1234567)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(in("sv").integer(1234567)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(in("fi").integer(1234567)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(in("en").integer(1234567)).isEqualTo("1,234,567");
        assertThat(in("nb").number(new BigDecimal("0.75"))).isEqualTo("0,75");
        assertThat(in("en").number(0.75)).isEqualTo("0.75");
        assertThat(in("nn").number(new BigDecimal("2.00"))).isEqualTo("2");
        assertThat(in("fi").decimal(-1234.5, 1, 1)).isEqualTo("-1" + NBSP + "234,5");
    }

    @Test
    void hoursDurationsAndPercentages() {
        assertThat(in("nb").hours(new BigDecimal("0.75"))).isEqualTo("0,75" + NBSP + "t");
        assertThat(in("nn").hours(0.75)).isEqualTo("0,75" + NBSP + "t");
        assertThat(in("fi").hours(0.75)).isEqualTo("0,75" + NBSP + "t");
        assertThat(in("sv").hours(0.75)).isEqualTo("0,75" + NBSP + "h");
        assertThat(in("en").hours(0.75)).isEqualTo("0.75" + NBSP + "h");
        assertThat(in("nb").duration(Duration.ofMinutes(90))).isEqualTo("1" + NBSP + "t 30" + NBSP + "min");
        assertThat(in("sv").duration(Duration.ofMinutes(45))).isEqualTo("45" + NBSP + "min");
        assertThat(in("en").duration(Duration.ofHours(2))).isEqualTo("2" + NBSP + "h");
        assertThat(in("nb").percentOf(0.755, 1)).isEqualTo("75,5" + NBSP + "%");
        assertThat(in("en").percent(75, 0)).isEqualTo("75%");
    }

    @Test
    void moneyInTheLanguagesOwnWay() {
        assertThat(in("nb").money(1234567, "NOK")).isEqualTo("1" + NBSP + "234" + NBSP + "567" + NBSP + "kr");
        assertThat(in("nn").money(1234567, "NOK")).isEqualTo("1" + NBSP + "234" + NBSP + "567" + NBSP + "kr");
        assertThat(in("sv").money(1234567, "SEK")).isEqualTo("1" + NBSP + "234" + NBSP + "567" + NBSP + "kr");
        assertThat(in("fi").money(1234567, "EUR")).isEqualTo("1" + NBSP + "234" + NBSP + "567" + NBSP + "€");
        assertThat(in("en").money(1234567, "EUR")).isEqualTo("€1,234,567");
        assertThat(in("en").money(1234567, "NOK")).isEqualTo("NOK" + NBSP + "1,234,567");
        // another country's crown keeps its code; øre are shown only when there are any
        assertThat(in("nb").money(new BigDecimal("1500.50"), "SEK")).isEqualTo("1" + NBSP + "500,50" + NBSP + "SEK");
        assertThat(in("sv").money(new BigDecimal("10.00"), "NOK")).isEqualTo("10" + NBSP + "NOK");
    }
}
