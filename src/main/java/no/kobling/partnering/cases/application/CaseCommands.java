package no.kobling.partnering.cases.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.partnering.cases.domain.OutcomeKind;

/** What callers ask of the case service. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /**
     * A new case in a partnership: company A with a partner (company B) or with candidates, and a facilitator on
     * each side (users with FACILITATE_PARTNER_SEARCH in member organisations of the partnership).
     */
    public record NewCase(long partnershipId, long companyA, Long companyB, Set<Long> candidates, long facilitatorA,
            long facilitatorB, Long projectId) {

        /** Without a project tag. */
        public NewCase(long partnershipId, long companyA, Long companyB, Set<Long> candidates, long facilitatorA,
                long facilitatorB) {
            this(partnershipId, companyA, companyB, candidates, facilitatorA, facilitatorB, null);
        }

        public NewCase {
            candidates = candidates == null ? Set.of() : Set.copyOf(candidates);
        }
    }

    public record NewOutcome(OutcomeKind kind, LocalDate occurredOn, BigDecimal amount, String currency, String reason,
            String note) {
    }
}
