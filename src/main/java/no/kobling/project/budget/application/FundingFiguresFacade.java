package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.kobling.project.FundingFigures;
import no.kobling.project.Projects;
import no.kobling.project.budget.application.BudgetViews.Totals;
import no.kobling.project.budget.domain.ActualCost;
import no.kobling.project.budget.domain.BudgetLine;
import no.kobling.project.budget.domain.BudgetTotals;
import no.kobling.project.budget.domain.ExchangeRates;
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

    @Override
    @Transactional(readOnly = true, noRollbackFor = DomainException.class)
    public Optional<PeriodFigures> byCategory(long projectId, LocalDate from, LocalDate to) {
        projects.scope(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        ProjectLedger.Snapshot ledgerSnapshot = ledger.of(projectId);
        try {
            ExchangeRates rates = ledgerSnapshot.rates();
            if (rates.projectCurrency() == null) {
                return Optional.empty();
            }
            Map<Long, BigDecimal> budget = BudgetTotals.budget(
                    ledgerSnapshot.lineList.stream().map(BudgetLine::asLine).toList(), rates).byCategory();
            Map<Long, BudgetLine> lines = new HashMap<>();
            ledgerSnapshot.lineList.forEach(l -> lines.put(l.getId(), l));
            List<BudgetTotals.Actual> period = new ArrayList<>();
            List<BudgetTotals.Actual> cumulative = new ArrayList<>();
            for (ActualCost a : ledgerSnapshot.actualList) {
                BudgetLine l = lines.get(a.getLineId());
                if (l == null || a.getBookedOn() == null || (to != null && a.getBookedOn().isAfter(to))) {
                    continue;
                }
                BudgetTotals.Actual item = new BudgetTotals.Actual(l.getId(), l.getPartyId(), l.getCategoryId(),
                        l.getYear(), a.getAmount(), a.getCurrency());
                cumulative.add(item);
                if (from == null || !a.getBookedOn().isBefore(from)) {
                    period.add(item);
                }
            }
            Map<Long, BigDecimal> actualPeriod = BudgetTotals.sum(period, BudgetTotals.Actual::categoryId, rates);
            Map<Long, BigDecimal> actualCumulative = BudgetTotals.sum(cumulative, BudgetTotals.Actual::categoryId,
                    rates);
            Set<Long> categories = new TreeSet<>(budget.keySet());
            categories.addAll(actualCumulative.keySet());
            BigDecimal zero = ProjectLedger.zero();
            List<CategoryFigures> out = categories.stream().map(c -> new CategoryFigures(
                    ledgerSnapshot.refs.containsKey(c) ? ledgerSnapshot.refs.get(c).getCode() : String.valueOf(c),
                    ledgerSnapshot.refName(c), budget.getOrDefault(c, zero), actualPeriod.getOrDefault(c, zero),
                    actualCumulative.getOrDefault(c, zero))).toList();
            return Optional.of(new PeriodFigures(rates.projectCurrency().name(), out));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
