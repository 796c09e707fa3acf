package no.kobling.project.budget.application;

import no.kobling.project.plan.application.SubmissionCheck;
import org.springframework.stereotype.Component;

/**
 * Before a project is submitted its budget must balance with its financing in the project currency (in-kind hours
 * included): else 422 {@code budget-not-balanced} naming both totals; a currency without a stated rate is 422
 * {@code budget-rate-missing}.
 */
@Component
class BudgetSubmissionCheck implements SubmissionCheck {

    private final ProjectLedger ledger;

    BudgetSubmissionCheck(ProjectLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void check(long projectId) {
        ledger.of(projectId).requireBalanced();
    }
}
