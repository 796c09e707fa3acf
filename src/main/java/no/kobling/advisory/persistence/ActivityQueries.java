package no.kobling.advisory.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.domain.FunnelPolicy.Fact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Aggregates over activities in SQL: funnel facts, service usage, an advisor's companies. */
@Repository
public class ActivityQueries {

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which activities the pyramid looks at. Null fields do not restrict; {@code companyIds} (when not null) keeps
     * only facts about these companies (the target-group filter, answered by the company module).
     */
    public record Scope(Collection<Long> organisationIds, Long municipalityId, java.util.Set<Long> companyIds,
            LocalDate from, LocalDate to) {

        public Scope withCompanies(java.util.Set<Long> companies) {
            return new Scope(organisationIds, municipalityId, companies, from, to);
        }
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope s) {
        StringBuilder sql = new StringBuilder(" where a.organisation_id in (:orgs)");
        Map<String, Object> params = new HashMap<>();
        params.put("orgs", s.organisationIds().isEmpty() ? List.of(-1L) : s.organisationIds());
        if (s.municipalityId() != null) {
            sql.append(" and a.municipality_id = :municipality");
            params.put("municipality", s.municipalityId());
        }
        if (s.from() != null) {
            sql.append(" and a.activity_date >= :from");
            params.put("from", s.from());
        }
        if (s.to() != null) {
            sql.append(" and a.activity_date <= :to");
            params.put("to", s.to());
        }
        return new Where(sql.toString(), params);
    }

    /** The companies with at least one activity in the scope (ignoring its company restriction). */
    public java.util.Set<Long> companies(Scope scope) {
        Where w = where(scope);
        return new java.util.HashSet<>(jdbc.sql("select distinct ac.company_id from advisory_activity a "
                + "join advisory_activity_company ac on ac.activity_id = a.id" + w.sql())
                .params(w.params()).query(Long.class).list());
    }

    /** One fact per (activity, company) in the scope. */
    public List<Fact> facts(Scope scope) {
        Where w = where(scope);
        return jdbc.sql("select ac.company_id, k.code, k.funnel_level, a.hours from advisory_activity a "
                + "join advisory_activity_company ac on ac.activity_id = a.id "
                + "join advisory_activity_kind k on k.id = a.kind_id" + w.sql())
                .params(w.params())
                .query((rs, i) -> new Fact(rs.getLong(1), rs.getString(2), FunnelLevel.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4) == null ? BigDecimal.ZERO : rs.getBigDecimal(4)))
                .list().stream().filter(f -> scope.companyIds() == null || scope.companyIds().contains(f.companyId()))
                .toList();
    }

    /** How many activities (with at least one company in the scope) there were. */
    public long activityCount(Scope scope) {
        Where w = where(scope);
        if (scope.companyIds() == null) {
            return jdbc.sql("select count(distinct a.id) from advisory_activity a "
                    + "join advisory_activity_company ac on ac.activity_id = a.id" + w.sql())
                    .params(w.params()).query(Long.class).single();
        }
        return jdbc.sql("select distinct a.id, ac.company_id from advisory_activity a "
                + "join advisory_activity_company ac on ac.activity_id = a.id" + w.sql())
                .params(w.params()).query((rs, i) -> scope.companyIds().contains(rs.getLong(2)) ? rs.getLong(1) : null)
                .list().stream().filter(java.util.Objects::nonNull).distinct().count();
    }

    public record UsageRow(long serviceId, Long municipalityId, long activities, long companies) {
    }

    public List<UsageRow> usage(Collection<Long> serviceIds, LocalDate from, LocalDate to) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select a.service_id, a.municipality_id, count(distinct a.id), "
                + "count(distinct ac.company_id) from advisory_activity a "
                + "left join advisory_activity_company ac on ac.activity_id = a.id where a.service_id in (:ids)");
        Map<String, Object> params = new HashMap<>();
        params.put("ids", serviceIds);
        if (from != null) {
            sql.append(" and a.activity_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and a.activity_date <= :to");
            params.put("to", to);
        }
        sql.append(" group by a.service_id, a.municipality_id order by a.service_id, a.municipality_id");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new UsageRow(rs.getLong(1),
                (Long) rs.getObject(2, Long.class), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Companies an advisor worked with, most recent first (at most {@code limit}). */
    public List<Long> companiesOfAdvisor(long userId, int limit) {
        List<Long> ids = new ArrayList<>();
        jdbc.sql("select ac.company_id, max(a.activity_date) as last_date from advisory_activity a "
                + "join advisory_activity_advisor aa on aa.activity_id = a.id "
                + "join advisory_activity_company ac on ac.activity_id = a.id where aa.user_id = :user "
                + "group by ac.company_id order by last_date desc, ac.company_id")
                .param("user", userId).query((rs, i) -> rs.getLong(1)).list().stream().limit(limit)
                .forEach(ids::add);
        return ids;
    }
}
