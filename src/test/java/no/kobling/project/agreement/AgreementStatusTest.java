package no.kobling.project.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.project.agreement.domain.Agreement;
import no.kobling.project.agreement.domain.AgreementStatus;
import no.kobling.project.agreement.domain.AgreementTerms;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The status rules of an agreement on the domain object alone, with fixed dates. */
class AgreementStatusTest {

    static final LocalDate START = LocalDate.of(2026, 3, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    static AgreementTerms terms(String purpose) {
        return new AgreementTerms("Avtale", purpose, Set.of(1L), START, END, Set.of(10L, 20L), null);
    }

    static Agreement agreement() {
        return new Agreement(terms("p"), 10L, "Europe/Oslo", Instant.parse("2026-01-01T00:00:00Z"));
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
    void draftSignedActiveExpired() {
        Agreement a = agreement();
        LocalDate before = START.minusDays(10);
        assertThat(a.status(before)).isEqualTo(AgreementStatus.DRAFT);
        a.sign(10L, "Anna", before, "anna", before);
        assertThat(a.status(before)).isEqualTo(AgreementStatus.DRAFT);
        assertThat(a.statusOf(a.party(10L).orElseThrow(), before)).isEqualTo(AgreementStatus.SIGNED);
        a.sign(20L, "Bjørn", before, "bjorn", before);
        assertThat(a.status(before)).isEqualTo(AgreementStatus.SIGNED);
        assertThat(a.status(START)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(a.status(END)).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(a.status(END.plusDays(1))).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(code(() -> a.change(terms("ny"), END.plusDays(1)))).isEqualTo("agreement-closed");
    }

    @Test
    void aChangeOfTermsResetsSignaturesAndCountsVersions() {
        Agreement a = agreement();
        a.sign(10L, "Anna", START, "anna", START);
        assertThat(a.change(terms("p"), START)).isEmpty();
        assertThat(a.getTermsVersion()).isEqualTo(1);
        assertThat(a.change(terms("ny"), START)).containsExactly("purpose");
        assertThat(a.getTermsVersion()).isEqualTo(2);
        assertThat(a.party(10L).orElseThrow().hasSigned()).isFalse();
        a.attach(99L, START);
        assertThat(a.getTermsVersion()).isEqualTo(3);
    }

    @Test
    void terminationNeedsAnActiveAgreementAReasonAndADateInThePeriod() {
        Agreement a = agreement();
        assertThat(code(() -> a.terminate(10L, "r", START, START))).isEqualTo("agreement-not-active");
        a.sign(10L, "Anna", START, "anna", START);
        a.sign(20L, "Bjørn", START, "bjorn", START);
        assertThat(code(() -> a.terminate(30L, "r", START, START))).isEqualTo("agreement-party-unknown");
        assertThat(code(() -> a.terminate(10L, null, START, START))).isEqualTo("agreement-termination-reason-required");
        assertThat(code(() -> a.terminate(10L, "r", END.plusDays(1), START)))
                .isEqualTo("agreement-termination-date-invalid");
        a.terminate(20L, "Nedlagt", START.plusDays(3), START.plusDays(3));
        assertThat(a.status(START.plusDays(3))).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(a.statusOf(a.party(20L).orElseThrow(), START.plusDays(3))).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(code(() -> a.sign(10L, "x", START, "x", START))).isEqualTo("agreement-closed");
    }

    @Test
    void termsAreChecked() {
        assertThatThrownBy(() -> new AgreementTerms("t", "p", Set.of(1L), END, START, Set.of(1L, 2L), null))
                .hasMessageContaining("agreement-period-invalid");
        assertThatThrownBy(() -> new AgreementTerms("t", "p", Set.of(1L), START, null, Set.of(1L), null))
                .hasMessageContaining("agreement-parties-too-few");
        assertThatThrownBy(() -> new AgreementTerms(" ", "p", Set.of(1L), START, null, Set.of(1L, 2L), null))
                .hasMessageContaining("agreement-title-required");
        assertThatThrownBy(() -> new AgreementTerms("t", "p", Set.of(), START, null, Set.of(1L, 2L), null))
                .hasMessageContaining("agreement-area-required");
    }
}
