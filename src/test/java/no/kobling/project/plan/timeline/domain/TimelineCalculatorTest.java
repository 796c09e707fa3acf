package no.kobling.project.plan.timeline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import no.kobling.project.plan.timeline.domain.TimelineInput.Deliverable;
import no.kobling.project.plan.timeline.domain.TimelineInput.Gate;
import no.kobling.project.plan.timeline.domain.TimelineInput.Phase;
import org.junit.jupiter.api.Test;

/** The timeline calculator with a fixed clock; every expected position is counted by hand in the comments. */
class TimelineCalculatorTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** 23:30 in Oslo on 6 December 2026, already 00:30 on 7 December in Helsinki. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T22:30:00Z"), ZoneOffset.UTC);
    static final TimelineCalculator CALCULATOR = new TimelineCalculator(CLOCK);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static TimelineInput input(List<Phase> phases, List<Deliverable> deliverables, List<Gate> gates) {
        return new TimelineInput(phases, deliverables, gates);
    }

    static Phase planned(long id, String from, String to, Integer max) {
        return new Phase(id, "P" + id, d(from), d(to), null, null, max);
    }

    @Test
    void axisRunsOverWholeMonthsAndPositionsArePercentagesOfItsDays() {
        // 2026 is not a leap year: 365 days on the axis
        Timeline t = CALCULATOR.lay(input(List.of(planned(1, "2026-01-01", "2026-12-31", null)),
                List.of(new Deliverable(7, 1L, "Survey", d("2026-07-02"), DeliverableProgress.DONE)), List.of()),
                OSLO);

        assertThat(t.axisStart()).isEqualTo(d("2026-01-01"));
        assertThat(t.axisEnd()).isEqualTo(d("2026-12-31"));
        assertThat(t.months()).hasSize(12);
        assertThat(t.months().get(0).month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(t.months().get(0).left()).isEqualTo(0.0);
        assertThat(t.months().get(0).width()).isEqualTo(8.49); // 31 / 365 = 8.493 %
        assertThat(t.months().get(1).left()).isEqualTo(8.49);
        assertThat(t.months().get(1).width()).isEqualTo(7.67); // 28 / 365 = 7.671 %
        assertThat(t.phases().get(0).planned().left()).isEqualTo(0.0);
        assertThat(t.phases().get(0).planned().width()).isEqualTo(100.0);
        // 2 July is day 182 (0-based); its middle is 182.5 / 365 = 50 %
        assertThat(t.deliverables().get(0).at()).isEqualTo(50.0);
        // today (6 December) lies on the axis: day 339, (339.5) / 365 = 93.013 %
        assertThat(t.today()).isEqualTo(d("2026-12-06"));
        assertThat(t.todayAt()).isEqualTo(93.01);
        assertThat(t.months().get(0).labelYear(t.axisStart())).isTrue();
        assertThat(t.months().get(1).labelYear(t.axisStart())).isFalse();
    }

    @Test
    void todayOutsideTheAxisIsNotMarkedUnlessAPhaseRuns() {
        Timeline past = CALCULATOR.lay(input(List.of(new Phase(1, "Done", d("2025-01-10"), d("2025-03-20"),
                d("2025-01-10"), d("2025-03-20"), null)), List.of(), List.of()), OSLO);
        assertThat(past.axisStart()).isEqualTo(d("2025-01-01"));
        assertThat(past.axisEnd()).isEqualTo(d("2025-03-31"));
        assertThat(past.todayAt()).isNull();

        Timeline running = CALCULATOR.lay(input(List.of(new Phase(1, "Running", d("2026-03-10"), d("2026-06-30"),
                d("2026-03-10"), null, null)), List.of(), List.of()), OSLO);
        assertThat(running.axisStart()).isEqualTo(d("2026-03-01"));
        assertThat(running.axisEnd()).isEqualTo(d("2026-12-31"));
        assertThat(running.months()).hasSize(10);
        Timeline.Span actual = running.phases().get(0).actual();
        assertThat(actual.start()).isEqualTo(d("2026-03-10"));
        assertThat(actual.end()).isEqualTo(d("2026-12-06"));
        // axis 1 March – 31 December = 306 days; 10 March is day 9, 6 December day 280 (inclusive → 281)
        assertThat(actual.left()).isEqualTo(2.94); // 9 / 306 = 2.941 %
        assertThat(actual.width()).isEqualTo(88.89); // (281 - 9) / 306 = 88.889 %
        assertThat(running.phases().get(0).state()).isEqualTo(PhaseState.RUNNING);
    }

    @Test
    void nothingDatedGivesTodaysMonth() {
        Timeline t = CALCULATOR.lay(input(List.of(new Phase(1, "Main project", null, null, null, null, null)),
                List.of(new Deliverable(1, 1L, "Plan", null, DeliverableProgress.PLANNED)), List.of()), OSLO);
        assertThat(t.empty()).isTrue();
        assertThat(t.axisStart()).isEqualTo(d("2026-12-01"));
        assertThat(t.axisEnd()).isEqualTo(d("2026-12-31"));
        assertThat(t.phases().get(0).planned()).isNull();
        assertThat(t.phases().get(0).actual()).isNull();
        assertThat(t.phases().get(0).state()).isEqualTo(PhaseState.NOT_STARTED);
        assertThat(t.deliverables().get(0).at()).isNull();
        assertThat(t.deliverables().get(0).overdue()).isFalse();
        // 6 December: day 5 of 31, (5.5) / 31 = 17.742 %
        assertThat(t.todayAt()).isEqualTo(17.74);
    }

    @Test
    void aRunningPhasePastItsPlannedEndIsFlaggedWithTheDaysLate() {
        Timeline t = CALCULATOR.lay(input(List.of(
                new Phase(1, "Pre-project", d("2026-03-01"), d("2026-11-30"), d("2026-03-01"), null, 12),
                new Phase(2, "On time", d("2026-03-01"), d("2026-12-06"), d("2026-03-01"), null, 12)),
                List.of(), List.of()), OSLO);
        Timeline.PhaseBar late = t.phases().get(0);
        assertThat(late.flags()).containsExactly(PhaseFlag.PAST_PLANNED_END);
        assertThat(late.pastPlannedEnd()).isTrue();
        assertThat(late.daysPastPlannedEnd()).isEqualTo(6); // 30 November → 6 December
        Timeline.PhaseBar onTime = t.phases().get(1);
        assertThat(onTime.flags()).isEmpty(); // its last planned day is today
        assertThat(t.flaggedPhaseCount()).isEqualTo(1);
    }

    @Test
    void todayIsTheViewersDayInTheirZone() {
        TimelineInput in = input(List.of(
                new Phase(1, "Pre-project", d("2026-03-01"), d("2026-12-06"), d("2026-03-01"), null, null)),
                List.of(new Deliverable(1, 1L, "Survey", d("2026-12-06"), DeliverableProgress.IN_PROGRESS)),
                List.of());
        Timeline oslo = CALCULATOR.lay(in, OSLO);
        Timeline helsinki = CALCULATOR.lay(in, HELSINKI);
        assertThat(oslo.today()).isEqualTo(d("2026-12-06"));
        assertThat(oslo.phases().get(0).flags()).isEmpty();
        assertThat(oslo.deliverables().get(0).overdue()).isFalse();
        assertThat(helsinki.today()).isEqualTo(d("2026-12-07"));
        assertThat(helsinki.phases().get(0).flags()).containsExactly(PhaseFlag.PAST_PLANNED_END);
        assertThat(helsinki.phases().get(0).daysPastPlannedEnd()).isEqualTo(1);
        assertThat(helsinki.deliverables().get(0).overdue()).isTrue();
        assertThat(helsinki.deliverables().get(0).daysOverdue()).isEqualTo(1);
    }

    @Test
    void anEndedPhaseIsFlaggedOnlyIfItRanPastItsPlannedLength() {
        // planned 1 January – 30 June (180 days), started 5 January: due 4 July (PhaseLength); ended 15 July
        Timeline t = CALCULATOR.lay(input(List.of(
                new Phase(1, "Late", d("2026-01-01"), d("2026-06-30"), d("2026-01-05"), d("2026-07-15"), 9),
                new Phase(2, "Early", d("2026-01-01"), d("2026-06-30"), d("2026-01-05"), d("2026-06-30"), 9)),
                List.of(), List.of()), OSLO);
        assertThat(t.phases().get(0).state()).isEqualTo(PhaseState.ENDED);
        assertThat(t.phases().get(0).flags()).containsExactly(PhaseFlag.PAST_PLANNED_END);
        assertThat(t.phases().get(0).daysPastPlannedEnd()).isEqualTo(11);
        assertThat(t.phases().get(1).flags()).isEmpty();
        assertThat(t.phases().get(1).daysPastPlannedEnd()).isZero();
    }

    @Test
    void aPhaseLongerThanItsTypesMaximumIsFlagged() {
        // started 1 June 2026 with at most 6 months: the last allowed day is 30 November
        Timeline running = CALCULATOR.lay(input(List.of(
                new Phase(1, "Pre-study", d("2026-06-01"), d("2027-03-31"), d("2026-06-01"), null, 6)),
                List.of(), List.of()), OSLO);
        assertThat(running.phases().get(0).flags()).containsExactly(PhaseFlag.PAST_MAX_LENGTH);

        // started 7 June: the last allowed day is 6 December, today
        Timeline justInside = CALCULATOR.lay(input(List.of(
                new Phase(1, "Pre-study", d("2026-06-07"), d("2027-03-31"), d("2026-06-07"), null, 6)),
                List.of(), List.of()), OSLO);
        assertThat(justInside.phases().get(0).flags()).isEmpty();

        // ended: 1 January to 1 October is one day more than 9 months
        Timeline ended = CALCULATOR.lay(input(List.of(
                new Phase(1, "Pre-project", d("2026-01-01"), d("2026-12-31"), d("2026-01-01"), d("2026-10-01"), 9),
                new Phase(2, "Pre-project", d("2026-01-01"), d("2026-12-31"), d("2026-01-01"), d("2026-09-30"), 9)),
                List.of(), List.of()), OSLO);
        assertThat(ended.phases().get(0).flags()).containsExactly(PhaseFlag.PAST_MAX_LENGTH);
        assertThat(ended.phases().get(1).flags()).isEmpty();

        // not started: planned longer than the maximum
        Timeline plannedTooLong = CALCULATOR.lay(input(List.of(planned(1, "2027-01-01", "2027-10-01", 9),
                planned(2, "2027-01-01", "2027-09-30", 9), planned(3, "2027-01-01", "2030-01-01", null)),
                List.of(), List.of()), OSLO);
        assertThat(plannedTooLong.phases().get(0).flags()).containsExactly(PhaseFlag.PAST_MAX_LENGTH);
        assertThat(plannedTooLong.phases().get(1).flags()).isEmpty();
        assertThat(plannedTooLong.phases().get(2).flags()).isEmpty();
    }

    @Test
    void bothFlagsAtOnce() {
        Timeline t = CALCULATOR.lay(input(List.of(
                new Phase(1, "Pre-study", d("2026-01-01"), d("2026-09-30"), d("2026-01-01"), null, 9)),
                List.of(), List.of()), OSLO);
        assertThat(t.phases().get(0).flags()).containsExactlyInAnyOrder(PhaseFlag.PAST_PLANNED_END,
                PhaseFlag.PAST_MAX_LENGTH);
        assertThat(t.phases().get(0).daysPastPlannedEnd()).isEqualTo(67); // 30 Sep → 6 Dec: 31 + 30 + 6
    }

    @Test
    void openDeliverablesAfterTheirDueDayAreOverdueDoneAndDroppedNever() {
        Timeline t = CALCULATOR.lay(input(List.of(planned(1, "2026-01-01", "2026-12-31", null)), List.of(
                new Deliverable(1, 1L, "a planned", d("2026-12-05"), DeliverableProgress.PLANNED),
                new Deliverable(2, 1L, "b in progress", d("2026-11-06"), DeliverableProgress.IN_PROGRESS),
                new Deliverable(3, 1L, "c done", d("2026-01-10"), DeliverableProgress.DONE),
                new Deliverable(4, 1L, "d dropped", d("2026-01-10"), DeliverableProgress.DROPPED),
                new Deliverable(5, 1L, "e due today", d("2026-12-06"), DeliverableProgress.PLANNED),
                new Deliverable(6, 1L, "f undated", null, DeliverableProgress.PLANNED)), List.of()), OSLO);
        // sorted by phase, then due day (undated last)
        assertThat(t.deliverables()).extracting(Timeline.DeliverableMark::name).containsExactly("c done",
                "d dropped", "b in progress", "a planned", "e due today", "f undated");
        assertThat(t.deliverables()).extracting(Timeline.DeliverableMark::overdue)
                .containsExactly(false, false, true, true, false, false);
        assertThat(t.deliverables()).extracting(Timeline.DeliverableMark::daysOverdue)
                .containsExactly(0L, 0L, 30L, 1L, 0L, 0L);
        assertThat(t.overdueCount()).isEqualTo(2);
        assertThat(t.deliverablesOf(1)).hasSize(6);
        assertThat(t.deliverablesOf(2)).isEmpty();
    }

    @Test
    void gatesSitAtTheirDecisionOrAreExpectedAtThePhasesPlannedEnd() {
        Timeline t = CALCULATOR.lay(input(List.of(
                new Phase(1, "Pre-study", d("2026-01-01"), d("2026-06-30"), d("2026-01-01"), d("2026-07-02"), 9),
                new Phase(2, "Pre-project", d("2026-07-03"), d("2026-12-31"), d("2026-07-03"), null, 12)),
                List.of(), List.of(new Gate(20, 2, null, null), new Gate(10, 1, d("2026-07-02"), GateVerdict.GO))),
                OSLO);
        assertThat(t.gates()).extracting(Timeline.GateMark::id).containsExactly(10L, 20L);
        Timeline.GateMark go = t.gates().get(0);
        assertThat(go.decided()).isTrue();
        assertThat(go.decision()).isEqualTo(GateVerdict.GO);
        assertThat(go.phaseName()).isEqualTo("Pre-study");
        assertThat(go.date()).isEqualTo(d("2026-07-02"));
        assertThat(go.at()).isEqualTo(50.0); // (182 + 0.5) / 365
        Timeline.GateMark expected = t.gates().get(1);
        assertThat(expected.decided()).isFalse();
        assertThat(expected.decision()).isNull();
        assertThat(expected.date()).isEqualTo(d("2026-12-31"));
        assertThat(expected.at()).isEqualTo(99.86); // (364.5) / 365 = 99.863 %
        assertThat(t.gatesOf(1)).extracting(Timeline.GateMark::id).containsExactly(10L);
    }
}
