package no.kobling.partnering.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report periods and year boundaries are counted in the partnership's zone (docs/time.md). */
class CaseFiguresZonesTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    // 23:30 on New Year's Eve in Oslo, 00:30 on New Year's Day in Helsinki
    static final Instant NEW_YEAR = Instant.parse("2026-12-31T22:30:00Z");
    static final Instant LATER = Instant.parse("2027-06-01T10:00:00Z");

    static CaseFigures.Result year(int year, List<CaseFigures.MeetingRow> meetings,
            List<CaseFigures.FollowUpRow> followUps) {
        return CaseFigures.compute(meetings, followUps, List.of(), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), LATER);
    }

    @Test
    void aMeetingJustBeforeMidnightInOsloBelongsToTheYearOfItsPartnership() {
        var oslo = new CaseFigures.MeetingRow("NO–SE", NEW_YEAR, OSLO);
        var helsinki = new CaseFigures.MeetingRow("FI–NO", NEW_YEAR, HELSINKI);
        assertThat(year(2026, List.of(oslo, helsinki), List.of()).total().meetings()).isEqualTo(1);
        assertThat(year(2026, List.of(oslo, helsinki), List.of()).pairs().get(0).countryPair()).isEqualTo("NO–SE");
        assertThat(year(2027, List.of(oslo, helsinki), List.of()).total().meetings()).isEqualTo(1);
        assertThat(year(2027, List.of(oslo, helsinki), List.of()).pairs().get(0).countryPair()).isEqualTo("FI–NO");
    }

    @Test
    void aFollowUpDoneAt2330OsloTimeOnItsDueDayIsOnTimeOnlyWhereTheDayHasNotEnded() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        var oslo = new CaseFigures.FollowUpRow("NO–SE", due, NEW_YEAR, OSLO);
        var helsinki = new CaseFigures.FollowUpRow("FI–NO", due, NEW_YEAR, HELSINKI);
        CaseFigures.Result r = year(2026, List.of(), List.of(oslo, helsinki));
        assertThat(r.total().followUpsDue()).isEqualTo(2);
        assertThat(r.total().followUpsOnTime()).isEqualTo(1);
        assertThat(r.pairs()).filteredOn(l -> l.countryPair().equals("NO–SE")).singleElement()
                .extracting(CaseFigures.Line::followUpsOnTime).isEqualTo(1L);
    }

    @Test
    void aFollowUpCountsOnceItsDueDayHasComeInThePartnershipsZone() {
        LocalDate due = LocalDate.of(2027, 1, 1);
        var oslo = new CaseFigures.FollowUpRow("NO–SE", due, null, OSLO);
        var helsinki = new CaseFigures.FollowUpRow("FI–NO", due, null, HELSINKI);
        CaseFigures.Result r = CaseFigures.compute(List.of(), List.of(oslo, helsinki), List.of(), null, null,
                NEW_YEAR);
        assertThat(r.total().followUpsDue()).as("due today in Helsinki, tomorrow in Oslo").isEqualTo(1);
    }
}
