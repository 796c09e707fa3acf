package no.kobling.advisory.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.kobling.advisory.application.AdvisoryAccess.Viewer;
import no.kobling.advisory.application.AdvisoryViews.Named;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.domain.FunnelPolicy;
import no.kobling.advisory.domain.FunnelRule;
import no.kobling.advisory.persistence.ActivityKindRepository;
import no.kobling.advisory.persistence.ActivityQueries;
import no.kobling.advisory.persistence.FunnelRuleRepository;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.identity.Permission;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funnel: each company's level from the activities of a partnership's member organisations, by the
 * partnership's rules ({@link FunnelPolicy}), and the pyramid of counts with conversion and drill-down. Members of
 * the partnership (and administrators) see it; coordinators of a member organisation configure its rules.
 */
@Service
public class FunnelService {

    private final FunnelRuleRepository rules;
    private final ActivityKindRepository kinds;
    private final ActivityQueries queries;
    private final AdvisoryDirectory directory;
    private final Companies companies;
    private final AdvisoryAccess access;

    FunnelService(FunnelRuleRepository rules, ActivityKindRepository kinds, ActivityQueries queries,
            AdvisoryDirectory directory, Companies companies, AdvisoryAccess access) {
        this.rules = rules;
        this.kinds = kinds;
        this.queries = queries;
        this.directory = directory;
        this.companies = companies;
        this.access = access;
    }

    public record RuleView(long partnershipId, int participatingMinActivities, BigDecimal intensiveMinHours,
            List<String> participatingKinds, List<String> intensiveKinds, List<String> deepDiveKinds,
            boolean custom, Long version) {
    }

    public record Step(FunnelLevel level, long companies, Double conversionPercent) {
    }

    public record Pyramid(long partnershipId, String partnershipName, long activities, List<Step> steps) {
    }

    public record LevelCompany(CompanyRef company, FunnelLevel level) {
    }

    public record DrillDown(FunnelLevel level, List<LevelCompany> companies, long hidden) {
    }

    /** Partnerships whose pyramid the caller may see. */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.READ)
    public List<Named> partnerships() {
        Viewer viewer = access.viewer();
        List<AdvisoryDirectory.Named> list = viewer.seesAll() ? directory.allPartnerships()
                : viewer.organisationId() == null ? List.of() : directory.partnershipsOf(viewer.organisationId());
        return list.stream().map(n -> new Named(n.id(), n.name())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.READ)
    public RuleView rules(long partnershipId) {
        partnership(access.viewer(), partnershipId);
        return rules.findById(partnershipId).map(r -> view(r.policy(), partnershipId, true, r.getVersion()))
                .orElseGet(() -> view(FunnelPolicy.DEFAULTS, partnershipId, false, null));
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PARTNERSHIPS')")
    public RuleView configure(long partnershipId, Long expectedVersion, int minActivities, BigDecimal minHours,
            Collection<String> participating, Collection<String> intensive, Collection<String> deepDive) {
        partnership(access.viewer(), partnershipId);
        for (Collection<String> list : List.of(nullSafe(participating), nullSafe(intensive), nullSafe(deepDive))) {
            for (String code : list) {
                if (kinds.findByCode(code.strip()).isEmpty()) {
                    throw DomainException.rule("advisory-kind-unknown", "advisory.error.kind-unknown", code);
                }
            }
        }
        FunnelRule rule = rules.findById(partnershipId).orElse(null);
        if (rule == null) {
            rule = new FunnelRule(partnershipId);
        } else {
            StaleVersionException.check("advisory.funnel-rule", partnershipId, expectedVersion, rule.getVersion());
        }
        rule.configure(minActivities, minHours, nullSafe(participating), nullSafe(intensive), nullSafe(deepDive));
        rule = rules.saveAndFlush(rule);
        return view(rule.policy(), partnershipId, true, rule.getVersion());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.READ)
    public Pyramid pyramid(PyramidQuery query) {
        String name = partnership(access.viewer(), query.partnershipId());
        ActivityQueries.Scope scope = scope(query);
        Map<Long, FunnelLevel> levels = policy(query.partnershipId()).levels(queries.facts(scope));
        List<Long> counts = FunnelPolicy.countsAtLeast(levels);
        List<Step> steps = new ArrayList<>();
        for (FunnelLevel level : FunnelLevel.values()) {
            long count = counts.get(level.ordinal());
            Double conversion = null;
            if (level.ordinal() > 0) {
                long previous = counts.get(level.ordinal() - 1);
                conversion = previous == 0 ? null : Math.round(1000.0 * count / previous) / 10.0;
            }
            steps.add(new Step(level, count, conversion));
        }
        return new Pyramid(query.partnershipId(), name, queries.activityCount(scope), steps);
    }

    /** The companies that reached at least {@code level}; those the caller may not see are only counted. */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.RECORDS)
    public DrillDown companiesAt(PyramidQuery query, FunnelLevel level) {
        partnership(access.viewer(), query.partnershipId());
        Map<Long, FunnelLevel> levels = policy(query.partnershipId()).levels(queries.facts(scope(query)));
        List<Long> ids = levels.entrySet().stream().filter(e -> e.getValue().atLeast(level)).map(Map.Entry::getKey)
                .toList();
        List<LevelCompany> visible = companies.refs(ids).stream().map(c -> new LevelCompany(c, levels.get(c.id())))
                .sorted(Comparator.comparing((LevelCompany c) -> c.company().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new DrillDown(level, visible, ids.size() - visible.size());
    }

    /** A company's level in each partnership of the caller's organisation, for the company's advisory page. */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.RECORDS)
    public FunnelLevel levelIn(long partnershipId, long companyId) {
        partnership(access.viewer(), partnershipId);
        return policy(partnershipId).levels(queries.facts(scope(new PyramidQuery(partnershipId, null, null, null,
                null))).stream().filter(f -> f.companyId() == companyId).toList()).get(companyId);
    }

    public FunnelPolicy policy(long partnershipId) {
        return rules.findById(partnershipId).map(FunnelRule::policy).orElse(FunnelPolicy.DEFAULTS);
    }

    private ActivityQueries.Scope scope(PyramidQuery q) {
        ActivityQueries.Scope scope = new ActivityQueries.Scope(directory.memberOrganisationIds(q.partnershipId()),
                q.municipalityId(), null, q.from(), q.to());
        if (q.targetGroup() == null) {
            return scope;
        }
        return scope.withCompanies(directory.inTargetGroup(q.targetGroup(), queries.companies(scope)));
    }

    private String partnership(Viewer viewer, long id) {
        List<AdvisoryDirectory.Named> visible = viewer.seesAll() ? directory.allPartnerships()
                : viewer.organisationId() == null ? List.of() : directory.partnershipsOf(viewer.organisationId());
        return visible.stream().filter(p -> p.id() == id).map(AdvisoryDirectory.Named::name).findFirst()
                .orElseThrow(() -> new NotFoundException("partnership", id));
    }

    private static Collection<String> nullSafe(Collection<String> c) {
        return c == null ? List.of() : c.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static RuleView view(FunnelPolicy p, long partnershipId, boolean custom, Long version) {
        return new RuleView(partnershipId, p.participatingMinActivities(), p.intensiveMinHours(),
                p.participatingKinds().stream().sorted().toList(), p.intensiveKinds().stream().sorted().toList(),
                p.deepDiveKinds().stream().sorted().toList(), custom, version);
    }

    static boolean reports(Viewer viewer) {
        return viewer.has(Permission.VIEW_REPORTS) || viewer.has(Permission.LOG_ACTIVITIES);
    }

    /** Target groups (code, name in the language) for the pyramid filter. */
    @Transactional(readOnly = true)
    public List<Map.Entry<String, String>> targetGroups(String lang) {
        return directory.targetGroups();
    }

    /** The municipalities of a partnership the caller may see (404 otherwise). */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.READ)
    public List<Long> municipalities(long partnershipId) {
        partnership(access.viewer(), partnershipId);
        return directory.partnershipMunicipalityIds(partnershipId);
    }
}
