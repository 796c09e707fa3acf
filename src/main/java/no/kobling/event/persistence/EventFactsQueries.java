package no.kobling.event.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.event.EventFacts.EventFact;
import no.kobling.event.EventFacts.MeetingFact;
import no.kobling.shared.FactsFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based queries behind {@code EventFacts}: a fixed number of statements per call. */
@Repository
public class EventFactsQueries {

    private final JdbcClient jdbc;

    EventFactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, LocalDate date, long organiser) {
    }

    public List<EventFact> events(FactsFilter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgs", FactsFilter.sqlIn(f.organisationIds()));
        params.put("from", f.from());
        params.put("to", f.to());
        String project = "";
        if (f.projectId() != null) {
            project = " and e.project_id = :project";
            params.put("project", f.projectId());
        }
        String inFilter = "select e.id from event_event e where e.status <> 'DRAFT' and e.organiser_org_id in (:orgs)"
                + project + " and (select min(s.session_day) from event_session s where s.event_id = e.id) "
                + "between :from and :to";
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select e.id, (select min(s.session_day) from event_session s where s.event_id = e.id), "
                + "e.organiser_org_id from event_event e where e.id in (" + inFilter + ") order by e.id")
                .params(params).query((rs, i) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3)))
                .list().forEach(r -> rows.put(r.id(), r));
        Map<Long, Set<Long>> co = new HashMap<>();
        jdbc.sql("select c.event_id, c.organisation_id from event_co_organiser c where c.event_id in (" + inFilter
                + ")").params(params).query((rs, i) -> co.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2))).list();
        Map<Long, Set<Long>> companies = new HashMap<>();
        jdbc.sql("select p.event_id, p.company_id from event_participant p where p.status = 'APPROVED' "
                + "and p.company_id is not null and p.event_id in (" + inFilter + ")").params(params)
                .query((rs, i) -> companies.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        List<EventFact> out = new ArrayList<>();
        for (Row r : rows.values()) {
            out.add(new EventFact(r.id(), r.date(), r.organiser(), co.getOrDefault(r.id(), Set.of()),
                    companies.getOrDefault(r.id(), Set.of())));
        }
        return out;
    }

    public List<MeetingFact> heldMeetings(FactsFilter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("orgs", FactsFilter.sqlIn(f.organisationIds()));
        String project = "";
        if (f.projectId() != null) {
            project = " and e.project_id = :project";
            params.put("project", f.projectId());
        }
        List<MeetingFact> out = new ArrayList<>();
        jdbc.sql("select m.id, e.id, e.organiser_org_id, s.session_day, m.held_at, e.time_zone, pa.company_id, "
                + "pb.company_id from event_meeting m join event_event e on e.id = m.event_id "
                + "join event_participant pa on pa.id = m.a_id join event_participant pb on pb.id = m.b_id "
                + "left join event_session s on s.id = m.session_id "
                + "where m.status = 'HELD' and e.organiser_org_id in (:orgs)" + project + " order by m.id")
                .params(params).query((rs, i) -> {
                    LocalDate day = rs.getObject(4, LocalDate.class);
                    if (day == null) {
                        Timestamp held = rs.getTimestamp(5);
                        day = held == null ? null : held.toInstant().atZone(ZoneId.of(rs.getString(6))).toLocalDate();
                    }
                    if (day != null && !day.isBefore(f.from()) && !day.isAfter(f.to())) {
                        out.add(new MeetingFact(rs.getLong(1), rs.getLong(2), rs.getLong(3), day, longOrNull(rs, 7),
                                longOrNull(rs, 8)));
                    }
                    return null;
                }).list();
        return out;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
