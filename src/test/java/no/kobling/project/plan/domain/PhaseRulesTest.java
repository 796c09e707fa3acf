package no.kobling.project.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The phase and gate rules without Spring: start after GO only, gates within the phase, overrun flags. */
class PhaseRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static Phase phase(LocalDate plannedStart, LocalDate plannedEnd) {
        return new Phase(1L, 1L, 1, plannedStart, plannedEnd);
    }

    static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainException e) {
            return e.code();
        }
    }

    static Gate decided(Phase phase, LocalDate on, GateDecision decision) {
        return phase.decide("Regionrådet", on, decision, null, null, TODAY, "test", Instant.EPOCH);
    }

    @Test
    void aLaterPhaseStartsOnlyAfterAGoAndNotBeforeItsDay() {
        Phase first = phase(null, null);
        first.start(TODAY.minusMonths(8), true, null, TODAY);
        Phase second = phase(null, null);
        assertThat(code(() -> second.start(TODAY, false, null, TODAY))).isEqualTo("phase-gate-not-passed");
        Gate revise = decided(first, TODAY.minusMonths(1), GateDecision.REVISE);
        assertThat(first.getStatus()).isEqualTo(PhaseStatus.RUNNING);
        assertThat(code(() -> second.start(TODAY, false, revise, TODAY))).isEqualTo("phase-gate-not-passed");
        Gate go = decided(first, TODAY.minusDays(10), GateDecision.GO);
        assertThat(first.getStatus()).isEqualTo(PhaseStatus.DONE);
        assertThat(first.getActualEnd()).isEqualTo(TODAY.minusDays(10));
        assertThat(code(() -> second.start(TODAY.minusDays(11), false, go, TODAY))).isEqualTo("phase-gate-not-passed");
        assertThat(code(() -> second.start(TODAY.plusDays(1), false, go, TODAY))).isEqualTo("phase-start-in-future");
        second.start(TODAY.minusDays(10), false, go, TODAY);
        assertThat(second.getStatus()).isEqualTo(PhaseStatus.RUNNING);
        assertThat(code(() -> second.start(TODAY, false, go, TODAY))).isEqualTo("phase-already-started");
    }

    @Test
    void aGateIsDecidedWithinItsRunningPhaseAndNotInTheFuture() {
        Phase phase = phase(null, null);
        assertThat(code(() -> decided(phase, TODAY, GateDecision.GO))).isEqualTo("gate-before-phase-start");
        phase.start(TODAY.minusDays(30), true, null, TODAY);
        assertThat(code(() -> decided(phase, TODAY.minusDays(31), GateDecision.GO)))
                .isEqualTo("gate-before-phase-start");
        assertThat(code(() -> decided(phase, TODAY.plusDays(1), GateDecision.GO))).isEqualTo("gate-date-in-future");
        assertThat(code(() -> phase.decide(" ", TODAY, GateDecision.GO, null, null, TODAY, "t", Instant.EPOCH)))
                .isEqualTo("gate-body-missing");
        decided(phase, TODAY.minusDays(30), GateDecision.STOP);
        assertThat(phase.getStatus()).isEqualTo(PhaseStatus.STOPPED);
        assertThat(code(() -> decided(phase, TODAY, GateDecision.GO))).isEqualTo("phase-not-running");
    }

    @Test
    void aPhaseRunningPastItsPlannedLengthOrTheTypesMaximumIsFlagged() {
        // planned 1 March – 30 November (274 days); started 1 February: due 1 February + 274 days = 2 November
        Phase late = phase(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30));
        late.start(LocalDate.of(2026, 2, 1), true, null, TODAY);
        assertThat(late.overrun(null, LocalDate.of(2026, 11, 2))).isFalse();
        assertThat(late.overrun(null, LocalDate.of(2026, 11, 3))).isTrue();
        // no planned end: only the type's maximum counts (9 months from 1 February: last allowed day 31 October)
        Phase open = phase(null, null);
        open.start(LocalDate.of(2026, 2, 1), true, null, TODAY);
        assertThat(open.overrun(9, LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(open.overrun(9, LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(open.overrun(null, LocalDate.of(2030, 1, 1))).isFalse();
        // a done phase is judged by its end, not today
        decided(open, LocalDate.of(2026, 10, 1), GateDecision.GO);
        assertThat(open.overrun(9, TODAY)).isFalse();
        // not started: never flagged
        assertThat(phase(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)).overrun(1, TODAY)).isFalse();
    }

    @Test
    void projectStatusMovesOnlyForward() {
        Project p = new Project("Region", 1, 1, 1, TODAY, "t", Instant.EPOCH);
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.DRAFT);
        p.submit();
        assertThat(code(p::submit)).isEqualTo("project-status-invalid");
        p.phaseStarted();
        assertThat(p.getStatus()).isEqualTo(ProjectStatus.ACTIVE);
        p.stop();
        assertThat(code(p::phaseStarted)).isEqualTo("project-closed");
        assertThat(code(() -> new Project(" ", 1, 1, 1, TODAY, "t", Instant.EPOCH))).isEqualTo("project-name-missing");
        assertThat(code(() -> p.reschedule(TODAY, TODAY.minusDays(1)))).isEqualTo("project-end-before-start");
    }

    @Test
    void typePhaseMonthsAndNamesAreChecked() {
        assertThat(code(() -> new TypePhase(1, 1, "A", java.util.Map.of("en", "A"), 9, 6)))
                .isEqualTo("project-type-phase-months-invalid");
        assertThat(code(() -> new TypePhase(1, 1, "A", java.util.Map.of("nb", "A"), 6, 9)))
                .isEqualTo("project-type-name-missing");
        TypePhase ok = new TypePhase(1, 1, "A", java.util.Map.of("en", "Pre-study", "nb", "Forstudie"), 6, 9);
        assertThat(ok.name(java.util.Locale.forLanguageTag("nn"))).isEqualTo("Forstudie");
        assertThat(ok.name(java.util.Locale.forLanguageTag("fi"))).isEqualTo("Pre-study");
    }
}
