package no.kobling.project.budget.application;

import java.util.Optional;
import no.kobling.project.FundingFigures;
import no.kobling.project.Projects;
import no.kobling.project.budget.application.BudgetViews.Totals;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link FundingFigures}: the ledger's totals for whoever {@code Projects.scope} lets see the project. */
@Component
class FundingFiguresFacade implements FundingFigures {

    private final Projects projects;
    private final ProjectLedger ledger;

    FundingFiguresFacade(Projects projects, ProjectLedger ledger) {
        this.projects = projects;
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true, noRollbackFor = DomainException.class)
    public Optional<Figures> figures(long projectId) {
        projects.scope(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        Totals totals;
        try {
            totals = ledger.of(projectId).totals();
        } catch (DomainException e) {
            return Optional.empty();
        }
        if (totals == null || totals.currency() == null || totals.budgetTotal() == null) {
            return Optional.empty();
        }
        return Optional.of(new Figures(totals.currency().name(), totals.budgetTotal(),
                totals.actualTotal(), totals.financingTotal()));
    }
}
