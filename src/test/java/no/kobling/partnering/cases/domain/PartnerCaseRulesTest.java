package no.kobling.partnering.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import no.kobling.notification.domain.OutboxMessage;
import no.kobling.partnering.cases.domain.PartnerCase.Facilitator;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The rules of a case without Spring: stages, consent, closing, outcomes, follow-up plans. */
class PartnerCaseRulesTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    static PartnerCase pair() {
        return new PartnerCase(1, 10, "NO", 20L, "FI", Set.of(), new Facilitator(100, 1000),
                new Facilitator(200, 2000), "t", NOW);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void introductionNeedsBothConsents() {
        PartnerCase c = pair();
        c.moveTo(Stage.SHORTLIST);
        assertThat(code(() -> c.moveTo(Stage.INTRODUCTION))).isEqualTo("consent-missing");
        c.giveConsent(Side.A, new Consent("Kari", TODAY, "e-mail"));
        assertThat(code(() -> c.moveTo(Stage.INTRODUCTION))).isEqualTo("consent-missing");
        c.giveConsent(Side.B, new Consent("Aino", TODAY, "phone"));
        c.moveTo(Stage.INTRODUCTION);
        assertThat(c.getStage()).isEqualTo(Stage.INTRODUCTION);
        assertThat(c.consent(Side.B).how()).isEqualTo("phone");
    }

    @Test
    void aHeldMeetingWithoutConsentIsRefused() {
        PartnerCase c = pair();
        assertThat(code(c::meetingHeld)).isEqualTo("consent-missing");
        assertThat(c.getStage()).isEqualTo(Stage.MAPPING);
    }

    @Test
    void consentNeedsWhoWhenAndHow() {
        assertThat(code(() -> new Consent(" ", TODAY, "mail"))).isEqualTo("consent-incomplete");
        assertThat(code(() -> new Consent("Kari", null, "mail"))).isEqualTo("consent-incomplete");
        assertThat(code(() -> new Consent("Kari", TODAY, ""))).isEqualTo("consent-incomplete");
    }

    @Test
    void stagesMoveByHandOnlyUpToTheMeetingAndOneStepBack() {
        PartnerCase c = pair();
        c.giveConsent(Side.A, new Consent("Kari", TODAY, "e-mail"));
        c.giveConsent(Side.B, new Consent("Aino", TODAY, "phone"));
        c.moveTo(Stage.MEETING);
        assertThat(code(() -> c.moveTo(Stage.FOLLOW_UP))).isEqualTo("stage-move-refused");
        assertThat(code(() -> c.moveTo(Stage.MAPPING))).isEqualTo("stage-move-refused");
        c.moveTo(Stage.INTRODUCTION);
        c.meetingHeld();
        assertThat(c.getStage()).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void aCaseClosesOnlyWithAnOutcome() {
        PartnerCase c = pair();
        assertThat(code(() -> c.close(false, NOW))).isEqualTo("outcome-required");
        assertThat(c.isOpen()).isTrue();
        c.close(true, NOW);
        assertThat(c.isOpen()).isFalse();
        assertThat(code(() -> c.moveTo(Stage.SHORTLIST))).isEqualTo("case-closed");
    }

    @Test
    void aCaseWithCandidatesNeedsAPartnerBeforeConsentOfB() {
        PartnerCase c = new PartnerCase(1, 10, "NO", null, null, Set.of(20L, 30L), new Facilitator(100, 1000),
                new Facilitator(200, 2000), "t", NOW);
        assertThat(code(() -> c.giveConsent(Side.B, new Consent("X", TODAY, "mail")))).isEqualTo("partner-required");
        c.choosePartner(30, "SE");
        c.giveConsent(Side.B, new Consent("X", TODAY, "mail"));
        assertThat(c.getCompanyBId()).isEqualTo(30L);
        assertThat(code(() -> new PartnerCase(1, 10, "NO", null, null, Set.of(), new Facilitator(1, 1),
                new Facilitator(2, 2), "t", NOW))).isEqualTo("partner-required");
        assertThat(code(() -> new PartnerCase(1, 10, "NO", 10L, "NO", Set.of(), new Facilitator(1, 1),
                new Facilitator(2, 2), "t", NOW))).isEqualTo("same-company");
    }

    @Test
    void outcomesCheckTheirKind() {
        assertThat(code(() -> outcome(OutcomeKind.TRANSACTION, new BigDecimal("1000"), null, null)))
                .isEqualTo("currency-required");
        assertThat(code(() -> outcome(OutcomeKind.TRANSACTION, new BigDecimal("1000"), "USD", null)))
                .isEqualTo("currency-unknown");
        assertThat(code(() -> outcome(OutcomeKind.TRANSACTION, null, "NOK", null)))
                .isEqualTo("transaction-value-required");
        assertThat(code(() -> outcome(OutcomeKind.NO_FIT, null, null, " "))).isEqualTo("reason-required");
        Outcome t = outcome(OutcomeKind.TRANSACTION, new BigDecimal("250000.50"), "sek", null);
        assertThat(t.getCurrency()).isEqualTo("SEK");
        Outcome loi = outcome(OutcomeKind.LETTER_OF_INTENT, new BigDecimal("5"), "NOK", null);
        assertThat(loi.getAmount()).isNull();
        assertThatThrownBy(() -> new Outcome(1, OutcomeKind.JOINED_NETWORK, TODAY.plusDays(1), null, null, null, null,
                "t", NOW, TODAY)).isInstanceOf(DomainException.class);
    }

    static Outcome outcome(OutcomeKind kind, BigDecimal amount, String currency, String reason) {
        return new Outcome(1, kind, TODAY, amount, currency, reason, null, "t", NOW, TODAY);
    }

    @Test
    void theDefaultPlanIsFourteenDaysThreeAndSixMonths() {
        assertThat(FollowUpPlan.DEFAULT.dueDates(LocalDate.parse("2026-01-31"))).containsExactly(
                LocalDate.parse("2026-02-14"), LocalDate.parse("2026-04-30"), LocalDate.parse("2026-07-31"));
        assertThat(FollowUpPlan.parse("7d, 1m").offsets()).containsExactly(Period.ofDays(7), Period.ofMonths(1));
        assertThat(FollowUpPlan.parse(FollowUpPlan.DEFAULT.format())).isEqualTo(FollowUpPlan.DEFAULT);
        assertThat(code(() -> FollowUpPlan.parse(""))).isEqualTo("plan-invalid");
        assertThat(code(() -> FollowUpPlan.parse("P3M,P14D"))).isEqualTo("plan-invalid");
        assertThat(code(() -> FollowUpPlan.parse("P5Y"))).isEqualTo("plan-invalid");
        assertThat(code(() -> FollowUpPlan.parse("soon"))).isEqualTo("plan-invalid");
    }

    @Test
    void followUpsAreOnTimeWhenDoneByTheDueDay() {
        FollowUp f = new FollowUp(1, null, LocalDate.parse("2026-03-01"));
        assertThat(f.isOverdue(LocalDate.parse("2026-03-01"))).isFalse();
        assertThat(f.isOverdue(LocalDate.parse("2026-03-02"))).isTrue();
        f.complete("t", "called them", Instant.parse("2026-03-01T23:59:00Z"));
        assertThat(f.doneOnTime(java.time.ZoneOffset.UTC)).isTrue();
        assertThat(code(() -> f.complete("t", null, NOW))).isEqualTo("follow-up-done");
    }

    static final java.time.ZoneId UTC = java.time.ZoneOffset.UTC;

    @Test
    void figuresCountPerCountryPairAndPeriod() {
        LocalDate from = LocalDate.parse("2026-01-01");
        LocalDate to = LocalDate.parse("2026-06-30");
        var result = CaseFigures.compute(
                List.of(new CaseFigures.MeetingRow(CaseFigures.pair("SE", "NO"), Instant.parse("2026-02-01T09:00:00Z"), UTC),
                        new CaseFigures.MeetingRow(CaseFigures.pair("NO", "SE"), Instant.parse("2026-03-01T09:00:00Z"), UTC),
                        new CaseFigures.MeetingRow("FI–NO", Instant.parse("2025-12-31T09:00:00Z"), UTC)),
                List.of(new CaseFigures.FollowUpRow("NO–SE", LocalDate.parse("2026-02-15"),
                                Instant.parse("2026-02-15T20:00:00Z"), UTC),
                        new CaseFigures.FollowUpRow("NO–SE", LocalDate.parse("2026-03-15"),
                                Instant.parse("2026-03-16T08:00:00Z"), UTC),
                        new CaseFigures.FollowUpRow("NO–SE", LocalDate.parse("2026-04-15"), null, UTC),
                        new CaseFigures.FollowUpRow("NO–SE", LocalDate.parse("2026-05-15"), null, UTC)),
                List.of(new CaseFigures.OutcomeRow("NO–SE", OutcomeKind.TRANSACTION, LocalDate.parse("2026-03-02"),
                                new BigDecimal("100"), "NOK"),
                        new CaseFigures.OutcomeRow("FI–NO", OutcomeKind.TRANSACTION, LocalDate.parse("2026-03-02"),
                                new BigDecimal("50"), "NOK"),
                        new CaseFigures.OutcomeRow("FI–NO", OutcomeKind.TRANSACTION, LocalDate.parse("2026-03-02"),
                                new BigDecimal("7"), "EUR"),
                        new CaseFigures.OutcomeRow("FI–NO", OutcomeKind.LETTER_OF_INTENT,
                                LocalDate.parse("2026-03-02"), null, null)),
                from, to, Instant.parse("2026-04-30T12:00:00Z"));
        assertThat(CaseFigures.pair("SE", "NO")).isEqualTo("NO–SE");
        assertThat(result.pairs()).extracting(CaseFigures.Line::countryPair).containsExactly("FI–NO", "NO–SE");
        var noSe = result.pairs().get(1);
        assertThat(noSe.meetings()).isEqualTo(2);
        // due by 30 April: 15 Feb (on time), 15 Mar (a day late), 15 Apr (not done); 15 May is not due yet
        assertThat(noSe.followUpsDue()).isEqualTo(3);
        assertThat(noSe.followUpsOnTime()).isEqualTo(1);
        assertThat(noSe.onTimeShare()).isEqualTo(1.0 / 3);
        assertThat(result.total().meetings()).isEqualTo(2);
        assertThat(result.total().outcomes(OutcomeKind.TRANSACTION)).isEqualTo(3);
        assertThat(result.total().transactionValue()).containsEntry("NOK", new BigDecimal("150"))
                .containsEntry("EUR", new BigDecimal("7"));
        assertThat(result.pairs().get(0).onTimeShare()).isNull();
    }

    @Test
    void theOutboxBacksOffUpToAnHour() {
        assertThat(OutboxMessage.backoff(1).toMinutes()).isEqualTo(1);
        assertThat(OutboxMessage.backoff(2).toMinutes()).isEqualTo(2);
        assertThat(OutboxMessage.backoff(4).toMinutes()).isEqualTo(8);
        assertThat(OutboxMessage.backoff(30).toMinutes()).isEqualTo(60);
    }
}
