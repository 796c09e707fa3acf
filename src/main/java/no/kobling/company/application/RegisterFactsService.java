package no.kobling.company.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.RegisterFacts;
import no.kobling.company.persistence.RegisterFactsQueries;
import no.kobling.shared.FactsFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company register's results facts ({@link RegisterFacts}). */
@Service
class RegisterFactsService implements RegisterFacts {

    static final String FACTS = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";

    private final RegisterFactsQueries queries;

    RegisterFactsService(RegisterFactsQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<StartFact> companiesStarted(FactsFilter filter) {
        return queries.companiesStarted(filter);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public Map<Long, CompanyFact> companies(Collection<Long> companyIds) {
        return queries.companies(companyIds);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public Map<Long, Set<String>> entrepreneurTargetGroups(Collection<Long> entrepreneurIds) {
        return queries.entrepreneurTargetGroups(entrepreneurIds);
    }
}
