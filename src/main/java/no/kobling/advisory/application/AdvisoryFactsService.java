package no.kobling.advisory.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.persistence.FactsQueries;
import no.kobling.shared.FactsFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisory module's results facts ({@link AdvisoryFacts}); the funnel rule is the pyramid's own. */
@Service
class AdvisoryFactsService implements AdvisoryFacts {

    static final String FACTS = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";

    private final FactsQueries queries;
    private final FunnelService funnel;

    AdvisoryFactsService(FactsQueries queries, FunnelService funnel) {
        this.queries = queries;
        this.funnel = funnel;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public Map<Long, String> funnelLevels(FactsFilter filter) {
        Map<Long, FunnelLevel> levels = funnel.policy(filter.partnershipId()).levels(queries.funnelFacts(filter));
        Map<Long, String> out = new HashMap<>();
        levels.forEach((company, level) -> out.put(company, level.name()));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<ActivityFact> activities(FactsFilter filter, Set<String> kindCodes) {
        return queries.activities(filter, kindCodes);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public Set<Long> entrepreneursOfProject(long projectId) {
        return queries.entrepreneursOfProject(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<ReferralFact> deliveredReferrals(FactsFilter filter) {
        return queries.deliveredReferrals(filter);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FACTS)
    public List<HoursFact> expertHours(FactsFilter filter) {
        return queries.expertHours(filter);
    }
}
