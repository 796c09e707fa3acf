package no.kobling.advisory.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.AdvisoryFacts.ActivityFact;
import no.kobling.advisory.AdvisoryFacts.HoursFact;
import no.kobling.advisory.AdvisoryFacts.ReferralFact;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.domain.FunnelPolicy.Fact;
import no.kobling.shared.FactsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based queries behind {@code AdvisoryFacts}: a fixed number of statements per call. */
@Repository
public class FactsQueries {

    private final JdbcClient jdbc;

    FactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where activities(FactsFilter f) {
        StringBuilder sql = new StringBuilder(" where a.organisation_id in (:orgs) and a.municipality_id in (:munis)"
                + " and a.activity_date >= :from and a.activity_date <= :to");
        Map<String, Object> params = new HashMap<>();
        params.put("orgs", FactsFilter.sqlIn(f.organisationIds()));
        params.put("munis", FactsFilter.sqlIn(f.municipalityIds()));
        params.put("from", f.from());
        params.put("to", f.to());
        if (f.projectId() != null) {
            sql.append(" and a.project_id = :project");
            params.put("project", f.projectId());
        }
        return new Where(sql.toString(), params);
    }

    /** One funnel fact per (activity, company) in the filter. */
    public List<Fact> funnelFacts(FactsFilter f) {
        Where w = activities(f);
        return jdbc.sql("select ac.company_id, k.code, k.funnel_level, a.hours from advisory_activity a "
                + "join advisory_activity_company ac on ac.activity_id = a.id "
                + "join advisory_activity_kind k on k.id = a.kind_id" + w.sql())
                .params(w.params())
                .query((rs, i) -> new Fact(rs.getLong(1), rs.getString(2), FunnelLevel.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4) == null ? BigDecimal.ZERO : rs.getBigDecimal(4)))
                .list();
    }

    private record Row(long id, String kind, LocalDate date, Long municipality) {
    }

    /** Activities of the kinds in the filter with their companies and entrepreneurs (three statements). */
    public List<ActivityFact> activities(FactsFilter f, Set<String> kindCodes) {
        if (kindCodes.isEmpty()) {
            return List.of();
        }
        Where w = activities(f);
        Map<String, Object> params = new HashMap<>(w.params());
        params.put("kinds", kindCodes);
        String from = " from advisory_activity a join advisory_activity_kind k on k.id = a.kind_id" + w.sql()
                + " and k.code in (:kinds)";
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select a.id, k.code, a.activity_date, a.municipality_id" + from + " order by a.activity_date, a.id")
                .params(params).query((ResultSet rs, int i) -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), longOrNull(rs, 4)))
                .list().forEach(r -> rows.put(r.id(), r));
        Map<Long, Set<Long>> companies = links("select ac.activity_id, ac.company_id from advisory_activity_company ac "
                + "where ac.activity_id in (select a.id" + from + ")", params);
        Map<Long, Set<Long>> entrepreneurs = links("select ae.activity_id, ae.entrepreneur_id "
                + "from advisory_activity_entrepreneur ae where ae.activity_id in (select a.id" + from + ")", params);
        List<ActivityFact> out = new ArrayList<>();
        for (Row r : rows.values()) {
            out.add(new ActivityFact(r.id(), r.kind(), r.date(), r.municipality(),
                    companies.getOrDefault(r.id(), Set.of()), entrepreneurs.getOrDefault(r.id(), Set.of())));
        }
        return out;
    }

    private Map<Long, Set<Long>> links(String sql, Map<String, Object> params) {
        Map<Long, Set<Long>> out = new HashMap<>();
        jdbc.sql(sql).params(params).query((rs, i) -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            return null;
        }).list();
        return out;
    }

    public Set<Long> entrepreneursOfProject(long projectId) {
        return new HashSet<>(jdbc.sql("select distinct ae.entrepreneur_id from advisory_activity_entrepreneur ae "
                + "join advisory_activity a on a.id = ae.activity_id where a.project_id = :project")
                .param("project", projectId).query(Long.class).list());
    }

    public List<ReferralFact> deliveredReferrals(FactsFilter f) {
        StringBuilder sql = new StringBuilder("select r.id, r.company_id, r.municipality_id, r.delivered_on "
                + "from catalogue_referral r where r.status in ('DELIVERED', 'FEEDBACK_GIVEN') "
                + "and r.referring_organisation_id in (:orgs) and r.municipality_id in (:munis) "
                + "and r.delivered_on >= :from and r.delivered_on <= :to");
        Map<String, Object> params = new HashMap<>();
        params.put("orgs", FactsFilter.sqlIn(f.organisationIds()));
        params.put("munis", FactsFilter.sqlIn(f.municipalityIds()));
        params.put("from", f.from());
        params.put("to", f.to());
        if (f.projectId() != null) {
            sql.append(" and r.project_id = :project");
            params.put("project", f.projectId());
        }
        return jdbc.sql(sql.append(" order by r.id").toString()).params(params)
                .query((rs, i) -> new ReferralFact(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    public List<HoursFact> expertHours(FactsFilter f) {
        return jdbc.sql("select h.id, b.company_id, h.work_date, h.hours from catalogue_delivered_hours h "
                + "join catalogue_booking b on b.id = h.booking_id where b.booking_organisation_id in (:orgs) "
                + "and h.work_date >= :from and h.work_date <= :to order by h.id")
                .param("orgs", FactsFilter.sqlIn(f.organisationIds())).param("from", f.from()).param("to", f.to())
                .query((rs, i) -> new HoursFact(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4)))
                .list();
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
