package no.kobling.partnering.cases.application;

import java.util.List;
import java.util.Set;
import no.kobling.partnering.PartneringFacts;
import no.kobling.partnering.cases.persistence.CaseFactsQueries;
import no.kobling.shared.FactsFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner search's results facts ({@link PartneringFacts}). */
@Service
class PartneringFactsService implements PartneringFacts {

    static final String FACTS = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";

    private final CaseFactsQueries queries;

    PartneringFactsService(CaseFactsQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<OutcomeFact> outcomes(FactsFilter filter, Set<String> kinds) {
        return queries.outcomes(filter, kinds);
    }
}
