package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kobling.company.RegisterFacts.CompanyFact;
import no.kobling.company.RegisterFacts.StartFact;
import no.kobling.indicator.application.IndicatorEngine.Computed;
import no.kobling.indicator.application.IndicatorEngine.Item;
import no.kobling.indicator.application.IndicatorEngine.Value;
import org.springframework.stereotype.Component;

/** Companies started by entrepreneurs, and the jobs created by participating and started companies. */
@Component
class GrowthIndicators implements IndicatorFamily {

    @Override
    public Computed compute(String code, IndicatorRun run) {
        return switch (code) {
            case "companies-started" -> started(run);
            case "jobs-created" -> jobs(run);
            default -> null;
        };
    }

    private static Computed started(IndicatorRun run) {
        List<StartFact> starts = run.starts();
        Set<Long> started = starts.stream().map(StartFact::companyId).collect(Collectors.toSet());
        long persons = starts.stream().map(StartFact::entrepreneurId).distinct().count();
        // one item per company started: its first link in the period
        Map<Long, StartFact> first = new TreeMap<>();
        starts.forEach(st -> first.merge(st.companyId(), st, (a, b) -> b.linkedOn().isBefore(a.linkedOn()) ? b : a));
        Map<Long, CompanyFact> facts = run.companies(first.keySet());
        List<Item> items = first.values().stream().map(st -> Item.company(st.companyId(),
                st.municipalityId() != null ? st.municipalityId()
                        : facts.get(st.companyId()) == null ? null : facts.get(st.companyId()).municipalityId(),
                st.linkedOn(), null)).toList();
        return new Computed(Value.count(started.size(), Math.max(started.size(), persons)), items);
    }

    /**
     * Net growth in employees of participating companies from the last yearly figure before the period's first year
     * to the last one up to its last year (companies with both figures), plus the employees of the companies started
     * (their last yearly figure up to the period's last year, else the register's figure).
     */
    private static Computed jobs(IndicatorRun run) {
        Set<Long> startedIds = run.starts().stream().map(StartFact::companyId).collect(Collectors.toSet());
        Set<Long> participating = new HashSet<>(run.companiesAtLeast("PARTICIPATING"));
        participating.removeAll(startedIds);
        Set<Long> all = new HashSet<>(participating);
        all.addAll(startedIds);
        Map<Long, CompanyFact> facts = run.companies(all);
        int firstYear = run.filter().from().getYear();
        int lastYear = run.filter().to().getYear();
        long jobs = 0;
        List<Item> items = new ArrayList<>();
        for (Long id : participating.stream().sorted().toList()) {
            CompanyFact c = facts.get(id);
            if (c == null) {
                continue;
            }
            Integer before = lastUpTo(c.employeesByYear(), firstYear - 1);
            Integer after = lastUpTo(c.employeesByYear(), lastYear);
            if (before != null && after != null) {
                jobs += after - before;
                items.add(Item.company(id, c.municipalityId(), null, BigDecimal.valueOf(after - before)));
            }
        }
        for (Long id : startedIds.stream().sorted().toList()) {
            CompanyFact c = facts.get(id);
            if (c == null) {
                continue;
            }
            Integer employees = lastUpTo(c.employeesByYear(), lastYear);
            if (employees == null) {
                employees = c.employees();
            }
            jobs += employees == null ? 0 : employees;
            items.add(Item.company(id, c.municipalityId(), null,
                    BigDecimal.valueOf(employees == null ? 0 : employees)));
        }
        return new Computed(Value.count(jobs, all.size()), items);
    }

    private static Integer lastUpTo(Map<Integer, Integer> byYear, int year) {
        Map.Entry<Integer, Integer> last = new TreeMap<>(byYear).headMap(year, true).lastEntry();
        return last == null ? null : last.getValue();
    }
}
