package no.kobling.company;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.shared.FactsFilter;

/**
 * Facts of the company register for computing results (the indicator module, docs/indicators.md). Set-based (a fixed
 * number of queries per call, ids in chunks). Aggregate facts only: no names, no contact data. Callers need
 * {@code VIEW_REPORTS}, {@code MANAGE_PROJECTS} or {@code LOG_PROJECT_HOURS}; the caller's module decides which
 * partnership or project the caller may compute for.
 */
public interface RegisterFacts {

    /**
     * Entrepreneurs of one of the filter's organisations linked to a company they started, by link date in the
     * period, where the entrepreneur's municipality (or, when the entrepreneur has none, the company's) is one of the
     * filter's. Entrepreneurs carry no project: the filter's project is ignored (the caller restricts).
     */
    List<StartFact> companiesStarted(FactsFilter filter);

    /** Municipality, country, target groups and employees (register and yearly figures) of the given companies. */
    Map<Long, CompanyFact> companies(Collection<Long> companyIds);

    /** Target-group codes of the given entrepreneurs (those without are absent). */
    Map<Long, Set<String>> entrepreneurTargetGroups(Collection<Long> entrepreneurIds);

    record StartFact(long entrepreneurId, long companyId, LocalDate linkedOn, Long municipalityId) {
    }

    /**
     * A company as results see it. {@code employees} is the register's current figure (may be null);
     * {@code employeesByYear} the yearly figures' employees by fiscal year (years without employees left out).
     */
    record CompanyFact(long id, Long municipalityId, String countryCode, Set<String> targetGroups, Integer employees,
            Map<Integer, Integer> employeesByYear) {

        public CompanyFact {
            targetGroups = Set.copyOf(targetGroups);
            employeesByYear = Map.copyOf(employeesByYear);
        }
    }
}
