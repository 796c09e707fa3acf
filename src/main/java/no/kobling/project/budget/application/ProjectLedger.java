package no.kobling.project.budget.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.kobling.project.budget.application.BudgetViews.ActualView;
import no.kobling.project.budget.application.BudgetViews.LineView;
import no.kobling.project.budget.application.BudgetViews.PartyTotal;
import no.kobling.project.budget.application.BudgetViews.RateView;
import no.kobling.project.budget.application.BudgetViews.Settings;
import no.kobling.project.budget.application.BudgetViews.SourceView;
import no.kobling.project.budget.application.BudgetViews.Total;
import no.kobling.project.budget.application.BudgetViews.Totals;
import no.kobling.project.budget.application.BudgetViews.YearTotal;
import no.kobling.project.budget.domain.ActualCost;
import no.kobling.project.budget.domain.BudgetLine;
import no.kobling.project.budget.domain.BudgetTotals;
import no.kobling.project.budget.domain.ExchangeRates;
import no.kobling.project.budget.domain.FinancingSource;
import no.kobling.project.budget.domain.HoursEntry;
import no.kobling.project.budget.domain.PartyTerms;
import no.kobling.project.budget.domain.ProjectEconomy;
import no.kobling.project.budget.domain.ReferenceItem;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.ActualRepository;
import no.kobling.project.budget.persistence.BudgetLineRepository;
import no.kobling.project.budget.persistence.EconomyRepository;
import no.kobling.project.budget.persistence.FinancingRepository;
import no.kobling.project.budget.persistence.HoursRepository;
import no.kobling.project.budget.persistence.PartyTermsRepository;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Loads a project's economy (settings, lines, financing, actuals, hours and party rates) and computes its totals in
 * the project currency with the pure {@link BudgetTotals}. In-kind hours count as financing of the kind marked
 * {@code in_kind_hours}: per party, its logged hours × its hour rate (in the rate's currency, converted like any
 * other amount); hours of a party without a rate count nothing.
 */
@Component
class ProjectLedger {

    private final EconomyRepository economies;
    private final BudgetLineRepository lines;
    private final FinancingRepository financing;
    private final ActualRepository actuals;
    private final HoursRepository hours;
    private final PartyTermsRepository terms;
    private final BudgetReferenceRepository references;
    private final BudgetAccess access;

    ProjectLedger(EconomyRepository economies, BudgetLineRepository lines, FinancingRepository financing,
            ActualRepository actuals, HoursRepository hours, PartyTermsRepository terms,
            BudgetReferenceRepository references, BudgetAccess access) {
        this.economies = economies;
        this.lines = lines;
        this.financing = financing;
        this.actuals = actuals;
        this.hours = hours;
        this.terms = terms;
        this.references = references;
        this.access = access;
    }

    /** Everything of one project, loaded once. */
    final class Snapshot {
        final long projectId;
        final ProjectEconomy economy;
        final List<BudgetLine> lineList;
        final List<FinancingSource> sourceList;
        final List<ActualCost> actualList;
        final List<PartyTerms> termList;
        final Map<Long, BigDecimal> hoursByParty = new TreeMap<>();
        final Map<Long, ReferenceItem> refs = new HashMap<>();
        final Map<Long, String> names;
        final ReferenceItem inKind;
        final Locale locale = access.locale();

        Snapshot(long projectId) {
            this.projectId = projectId;
            this.economy = economies.findById(projectId).orElseGet(() -> new ProjectEconomy(projectId));
            this.lineList = lines.findByProjectIdOrderByYearAscPartyIdAscCategoryIdAscIdAsc(projectId);
            this.sourceList = financing.findByProjectIdOrderByIdAsc(projectId);
            this.actualList = actuals.findByProjectIdOrderByBookedOnAscIdAsc(projectId);
            this.termList = terms.findByProjectId(projectId);
            for (HoursEntry h : hours.findByProjectId(projectId)) {
                hoursByParty.merge(h.getPartyId(), h.getHours(), BigDecimal::add);
            }
            references.findAll().forEach(r -> refs.put(r.getId(), r));
            this.inKind = refs.values().stream()
                    .filter(r -> r.getList() == ReferenceList.FINANCING && r.isInKindHours()).findFirst()
                    .orElse(null);
            Set<Long> orgs = new HashSet<>(access.parties(projectId));
            lineList.forEach(l -> orgs.add(l.getPartyId()));
            sourceList.forEach(s -> {
                if (s.getPartyId() != null) {
                    orgs.add(s.getPartyId());
                }
            });
            orgs.addAll(hoursByParty.keySet());
            this.names = access.organisationNames(orgs);
        }

        ExchangeRates rates() {
            return economy.exchangeRates();
        }

        String refName(long id) {
            ReferenceItem r = refs.get(id);
            return r == null ? String.valueOf(id) : r.name(locale);
        }

        String party(Long id) {
            return id == null ? null : names.getOrDefault(id, String.valueOf(id));
        }

        Settings settings() {
            return new Settings(projectId, economy.getCurrency(), economy.getRates().stream()
                    .map(r -> new RateView(r.getCurrency(), r.getRate(), r.getRateDate(), r.getSource()))
                    .sorted(java.util.Comparator.comparing(RateView::currency)).toList(), economy.getVersion());
        }

        /** In-kind hours as computed financing sources, one per party with a rate. */
        List<SourceView> inKindSources() {
            List<SourceView> out = new ArrayList<>();
            if (inKind == null) {
                return out;
            }
            Map<Long, PartyTerms> byParty = new HashMap<>();
            termList.forEach(t -> byParty.put(t.getPartyId(), t));
            hoursByParty.forEach((party, sum) -> {
                PartyTerms t = byParty.get(party);
                if (t != null && t.getHourRate() != null) {
                    out.add(new SourceView(null, inKind.getId(), inKind.name(locale), party, party(party),
                            BudgetTotals.inKindValue(sum, t.getHourRate()), t.getHourRateCurrency(), null, true, sum,
                            0));
                } else {
                    out.add(new SourceView(null, inKind.getId(), inKind.name(locale), party, party(party), null,
                            null, null, true, sum, 0));
                }
            });
            return out;
        }

        List<SourceView> sources() {
            List<SourceView> out = new ArrayList<>();
            for (FinancingSource s : sourceList) {
                out.add(new SourceView(s.getId(), s.getKindId(), refName(s.getKindId()), s.getPartyId(),
                        party(s.getPartyId()), s.getAmount(), s.getCurrency(), s.getNote(), false, null,
                        s.getVersion()));
            }
            out.addAll(inKindSources());
            return out;
        }

        List<BudgetTotals.Source> allSources() {
            List<BudgetTotals.Source> out = new ArrayList<>(sourceList.stream().map(FinancingSource::asSource)
                    .toList());
            inKindSources().stream().filter(s -> s.amount() != null).forEach(s -> out.add(
                    new BudgetTotals.Source(s.kindId(), s.partyOrganisationId(), s.amount(), s.currency())));
            return out;
        }

        List<BudgetTotals.Actual> actualItems() {
            Map<Long, BudgetLine> byId = new HashMap<>();
            lineList.forEach(l -> byId.put(l.getId(), l));
            List<BudgetTotals.Actual> out = new ArrayList<>();
            for (ActualCost a : actualList) {
                BudgetLine l = byId.get(a.getLineId());
                out.add(new BudgetTotals.Actual(l.getId(), l.getPartyId(), l.getCategoryId(), l.getYear(),
                        a.getAmount(), a.getCurrency()));
            }
            return out;
        }

        /** Actual costs per budget line id, in the project currency (null when a rate is missing). */
        Map<Long, BigDecimal> actualByLine() {
            try {
                return BudgetTotals.sum(actualItems(), BudgetTotals.Actual::lineId, rates());
            } catch (DomainException e) {
                return null;
            }
        }

        List<LineView> lineViews() {
            Map<Long, BigDecimal> actual = actualByLine();
            return lineList.stream().map(l -> new LineView(l.getId(), l.getPartyId(), party(l.getPartyId()),
                    l.getCategoryId(), refName(l.getCategoryId()), l.getYear(), l.getAmount(), l.getCurrency(),
                    l.getNote(), actual == null ? null : actual.getOrDefault(l.getId(), zero()), l.getVersion()))
                    .toList();
        }

        List<ActualView> actualViews() {
            Map<Long, BudgetLine> byId = new HashMap<>();
            lineList.forEach(l -> byId.put(l.getId(), l));
            return actualList.stream().map(a -> {
                BudgetLine l = byId.get(a.getLineId());
                return new ActualView(a.getId(), l.getId(), l.getPartyId(), party(l.getPartyId()),
                        l.getCategoryId(), refName(l.getCategoryId()), l.getYear(), a.getBookedOn(), a.getAmount(),
                        a.getCurrency(), a.getText(), a.getSource().name());
            }).toList();
        }

        /** Totals in the project currency; 422 {@code budget-rate-missing} when a currency has no rate. */
        Totals totals() {
            ExchangeRates rates = rates();
            var budget = BudgetTotals.budget(lineList.stream().map(BudgetLine::asLine).toList(), rates);
            var fin = BudgetTotals.financing(allSources(), rates);
            List<BudgetTotals.Actual> items = actualItems();
            Map<Long, BigDecimal> actualByParty = BudgetTotals.sum(items, BudgetTotals.Actual::partyId, rates);
            BigDecimal actualTotal = actualByParty.values().stream().reduce(zero(), BigDecimal::add);
            Set<Long> partyIds = new java.util.TreeSet<>(access.parties(projectId));
            partyIds.addAll(budget.byParty().keySet());
            partyIds.addAll(fin.byParty().keySet());
            List<PartyTotal> parties = partyIds.stream().map(p -> new PartyTotal(p, party(p),
                    budget.byParty().getOrDefault(p, zero()), actualByParty.getOrDefault(p, zero()),
                    fin.byParty().getOrDefault(p, zero()))).toList();
            List<Total> categories = budget.byCategory().entrySet().stream()
                    .map(e -> new Total(e.getKey(), refName(e.getKey()), e.getValue())).toList();
            List<YearTotal> years = budget.byYear().entrySet().stream()
                    .map(e -> new YearTotal(e.getKey(), e.getValue())).toList();
            List<Total> kinds = fin.byKind().entrySet().stream()
                    .map(e -> new Total(e.getKey(), refName(e.getKey()), e.getValue())).toList();
            return new Totals(rates.projectCurrency(), parties, categories, years, kinds, budget.total(),
                    actualTotal, fin.total(), budget.total().subtract(fin.total()),
                    budget.total().compareTo(fin.total()) == 0);
        }

        /** Budget against financing; 422 {@code budget-not-balanced} with both totals when they differ. */
        void requireBalanced() {
            ExchangeRates rates = rates();
            BudgetTotals.requireBalanced(
                    BudgetTotals.budget(lineList.stream().map(BudgetLine::asLine).toList(), rates),
                    BudgetTotals.financing(allSources(), rates));
        }
    }

    Snapshot of(long projectId) {
        return new Snapshot(projectId);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
