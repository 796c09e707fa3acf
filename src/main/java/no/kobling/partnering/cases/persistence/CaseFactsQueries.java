package no.kobling.partnering.cases.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.partnering.PartneringFacts.OutcomeFact;
import no.kobling.shared.FactsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The set-based query behind {@code PartneringFacts}. */
@Repository
public class CaseFactsQueries {

    private final JdbcClient jdbc;

    CaseFactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutcomeFact> outcomes(FactsFilter f, Set<String> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("partnership", f.partnershipId());
        params.put("kinds", kinds);
        params.put("from", f.from());
        params.put("to", f.to());
        String project = "";
        if (f.projectId() != null) {
            project = " and c.project_id = :project";
            params.put("project", f.projectId());
        }
        return jdbc.sql("select o.id, c.id, o.kind, o.occurred_on, c.company_a_id, c.company_b_id, o.amount, o.currency "
                + "from cases_outcome o join cases_case c on c.id = o.case_id where c.partnership_id = :partnership "
                + "and o.kind in (:kinds) and o.occurred_on >= :from and o.occurred_on <= :to" + project
                + " order by o.id")
                .params(params).query((rs, i) -> {
                    long b = rs.getLong(6);
                    Long companyB = rs.wasNull() ? null : b;
                    return new OutcomeFact(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getLong(5), companyB, rs.getBigDecimal(7),
                            rs.getString(8));
                }).list();
    }
}
