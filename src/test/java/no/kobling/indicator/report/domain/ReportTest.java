package no.kobling.indicator.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The report's lifecycle rules without Spring. */
class ReportTest {

    static final Instant NOW = Instant.parse("2026-04-10T10:00:00Z");
    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 30);

    static Report draft() {
        Report r = new Report(7, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), DEADLINE);
        r.snapshot(List.of(new Figure("companies-reached", Figure.TOTAL, Figure.TOTAL, "Companies reached",
                BigDecimal.TEN, false)), NOW);
        return r;
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code() + "/" + e.status();
        }
        throw new AssertionError("no exception");
    }

    @Test
    void submittingOnTheDeadlineIsOnTimeAndTheDayAfterNeedsAReason() {
        Report onTime = draft();
        onTime.submit(null, DEADLINE, NOW, "u");
        assertThat(onTime.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(onTime.getLateReason()).isNull();

        Report late = draft();
        assertThat(code(() -> late.submit(" ", DEADLINE.plusDays(1), NOW, "u")))
                .isEqualTo("report-late-reason-required/422");
        assertThat(late.getStatus()).isEqualTo(ReportStatus.DRAFT);
        late.submit(" Ledger late ", DEADLINE.plusDays(1), NOW, "u");
        assertThat(late.getLateReason()).isEqualTo("Ledger late");
    }

    @Test
    void aSubmittedReportIsFrozen() {
        Report r = draft();
        r.submit(null, DEADLINE, NOW, "u");
        assertThat(code(() -> r.writeNarrative("x"))).isEqualTo("report-frozen/409");
        assertThat(code(() -> r.snapshot(List.of(), NOW))).isEqualTo("report-frozen/409");
        assertThat(r.getFigures()).hasSize(1);
        r.acknowledge(null, NOW, "f");
        assertThat(r.getStatus()).isEqualTo(ReportStatus.ACKNOWLEDGED);
        assertThat(code(() -> r.returnToProject("late", NOW, "f"))).isEqualTo("report-not-submitted/409");
        assertThat(code(() -> r.nextVersion(2, NOW))).isEqualTo("report-version-not-allowed/409");
    }

    @Test
    void aReturnedReportGetsANewDraftVersionWithItsFigures() {
        Report r = draft();
        r.writeNarrative("Goal 1");
        assertThat(code(() -> r.nextVersion(2, NOW))).isEqualTo("report-version-not-allowed/409");
        r.submit(null, DEADLINE, NOW, "u");
        assertThat(code(() -> r.returnToProject(" ", NOW, "f"))).isEqualTo("report-comment-required/422");
        r.returnToProject("Add jobs", NOW, "f");
        Report next = r.nextVersion(2, NOW);
        assertThat(next.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(next.getReportVersion()).isEqualTo(2);
        assertThat(next.getNarrative()).isEqualTo("Goal 1");
        assertThat(next.getFigures()).singleElement()
                .satisfies(f -> assertThat(f.getValue()).isEqualByComparingTo("10"));
        next.writeNarrative("Goal 1, jobs added");
        assertThat(r.getNarrative()).isEqualTo("Goal 1");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Report(7, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), DEADLINE))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("report-period-invalid");
    }
}
