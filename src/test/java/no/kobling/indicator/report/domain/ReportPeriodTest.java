package no.kobling.indicator.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The pure rules of periods, goals and narratives (no Spring). */
class ReportPeriodTest {

    static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void halfYearsAreCutToTheProjectsDates() {
        List<LocalDate[]> p = ReportPeriod.generate(LocalDate.of(2026, 3, 15), LocalDate.of(2027, 8, 31),
                ReportPeriod.Every.HALF_YEAR, 60);
        assertThat(p).hasSize(4);
        assertThat(p.get(0)).containsExactly(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 8, 29));
        assertThat(p.get(1)[0]).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(p.get(3)).containsExactly(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31),
                LocalDate.of(2027, 10, 30));
    }

    @Test
    void periodRulesAndOverlap() {
        assertThat(code(() -> new ReportPeriod(1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 1)))).isEqualTo("report-period-invalid");
        assertThat(code(() -> new ReportPeriod(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 1, 30)))).isEqualTo("report-deadline-before-end");
        ReportPeriod jan = new ReportPeriod(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 1, 31));
        assertThat(jan.overlaps(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(jan.overlaps(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(code(() -> ReportPeriod.requireNoOverlap(null, LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 1), List.of(jan)))).isEqualTo("report-period-overlap");
    }

    @Test
    void goalsAreTheLinesWithoutBulletsAndNarrativesFollowTheirText() {
        assertThat(ProjectGoals.parse("- One\n\n *  Two\r\n• Three\nOne\n   \n")).containsExactly("One", "Two",
                "Three");
        assertThat(ProjectGoals.parse(null)).isEmpty();
        Report r = new Report(1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        r.writeGoals(List.of("One", "Two"), Map.of("Two", "done"));
        // the project's goals change: "Two" keeps its text, "One" (blank) goes, "Three" comes
        r.writeGoals(List.of("Three", "Two"), null);
        assertThat(r.getGoalNarratives()).extracting(GoalNarrative::getGoal).containsExactly("Three", "Two");
        r.writeGoals(List.of("Three"), null);
        // "Two" is no longer a goal, but its text is kept after the goals
        assertThat(r.getGoalNarratives()).extracting(GoalNarrative::getGoal).containsExactly("Three", "Two");
        assertThat(code(() -> r.writeGoals(List.of("Three"), Map.of("Four", "x")))).isEqualTo("report-goal-unknown");
        r.submit(null, LocalDate.of(2026, 4, 1), java.time.Instant.EPOCH, "u");
        assertThat(code(() -> r.writeGoals(List.of("Three"), Map.of("Three", "x")))).isEqualTo("report-frozen");
    }

    @Test
    void generateRefusesBadInput() {
        assertThatThrownBy(() -> ReportPeriod.generate(LocalDate.of(2026, 1, 1), null, ReportPeriod.Every.YEAR, 1))
                .isInstanceOf(DomainException.class);
        assertThat(code(() -> ReportPeriod.generate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                ReportPeriod.Every.YEAR, 367))).isEqualTo("report-deadline-days-invalid");
    }
}
