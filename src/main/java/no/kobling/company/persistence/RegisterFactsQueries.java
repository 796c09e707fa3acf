package no.kobling.company.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.RegisterFacts.CompanyFact;
import no.kobling.company.RegisterFacts.StartFact;
import no.kobling.shared.FactsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based queries behind {@code RegisterFacts}; id lists go in chunks of {@value #CHUNK}. */
@Repository
public class RegisterFactsQueries {

    static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    RegisterFactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StartFact> companiesStarted(FactsFilter f) {
        return jdbc.sql("select e.id, e.company_id, e.company_linked_on, coalesce(e.municipality_id, c.municipality_id) "
                + "from company_entrepreneur e join company_company c on c.id = e.company_id "
                + "where e.owner_organisation_id in (:orgs) and e.company_linked_on >= :from "
                + "and e.company_linked_on <= :to and coalesce(e.municipality_id, c.municipality_id) in (:munis) "
                + "order by e.id")
                .param("orgs", FactsFilter.sqlIn(f.organisationIds()))
                .param("munis", FactsFilter.sqlIn(f.municipalityIds())).param("from", f.from()).param("to", f.to())
                .query((rs, i) -> new StartFact(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        longOrNull(rs, 4)))
                .list();
    }

    private record Base(long id, Long municipality, String country, Integer employees) {
    }

    public Map<Long, CompanyFact> companies(Collection<Long> ids) {
        Map<Long, CompanyFact> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            List<Base> base = jdbc.sql("select c.id, c.municipality_id, c.country_code, c.employees "
                    + "from company_company c where c.id in (:ids)").param("ids", chunk)
                    .query((rs, i) -> new Base(rs.getLong(1), longOrNull(rs, 2), rs.getString(3), intOrNull(rs, 4)))
                    .list();
            Map<Long, Set<String>> groups = new HashMap<>();
            jdbc.sql("select ct.company_id, g.code from company_company_target_group ct "
                    + "join company_target_group g on g.id = ct.target_group_id where ct.company_id in (:ids)")
                    .param("ids", chunk).query((rs, i) -> groups.computeIfAbsent(rs.getLong(1),
                            k -> new HashSet<>()).add(rs.getString(2))).list();
            Map<Long, Map<Integer, Integer>> figures = new HashMap<>();
            jdbc.sql("select f.company_id, f.fiscal_year, f.employees from company_yearly_figure f "
                    + "where f.company_id in (:ids) and f.employees is not null").param("ids", chunk)
                    .query((rs, i) -> figures.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getInt(3))).list();
            for (Base b : base) {
                out.put(b.id(), new CompanyFact(b.id(), b.municipality(), b.country(),
                        groups.getOrDefault(b.id(), Set.of()), b.employees(), figures.getOrDefault(b.id(), Map.of())));
            }
        }
        return out;
    }

    public Map<Long, Set<String>> entrepreneurTargetGroups(Collection<Long> ids) {
        Map<Long, Set<String>> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select et.entrepreneur_id, g.code from company_entrepreneur_target_group et "
                    + "join company_target_group g on g.id = et.target_group_id where et.entrepreneur_id in (:ids)")
                    .param("ids", chunk).query((rs, i) -> out.computeIfAbsent(rs.getLong(1),
                            k -> new HashSet<>()).add(rs.getString(2))).list();
        }
        return out;
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new HashSet<>(ids));
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
