package no.kobling.event.persistence;

import java.util.List;
import no.kobling.shared.privacy.Anonymised;
import no.kobling.shared.privacy.DataSubject;
import no.kobling.shared.privacy.LawfulBasis;
import no.kobling.shared.privacy.PersonalData;
import no.kobling.shared.privacy.PersonalRecord;
import no.kobling.shared.privacy.Processing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event module's part of privacy requests: the contact person of a company's registration at an event, matched
 * by e-mail. Erasure keeps the registration (meetings, check-in and attendance figures count it) and clears the
 * contact's name and e-mail.
 */
@Component
class EventPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    EventPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "event";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("participant", LawfulBasis.CONTRACT, "event-participants"));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        return jdbc.sql("select p.id, p.event_id, p.company_name, p.contact_name, p.contact_email, p.consent_at,"
                + " p.status, p.created_at, e.organiser_org_id from event_participant p"
                + " join event_event e on e.id = p.event_id where lower(p.contact_email) = :email order by p.id")
                .param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "participant", String.valueOf(rs.getLong("id")),
                        (Long) rs.getObject("organiser_org_id", Long.class), "Participant", PersonalRecord.fields(
                                "eventId", rs.getLong("event_id"), "company", rs.getString("company_name"),
                                "name", rs.getString("contact_name"), "email", rs.getString("contact_email"),
                                "status", rs.getString("status"),
                                "consentAt", rs.getTimestamp("consent_at") == null ? null
                                        : rs.getTimestamp("consent_at").toInstant(),
                                "createdAt", rs.getTimestamp("created_at").toInstant())))
                .list();
    }

    @Override
    public int erase(DataSubject subject) {
        return jdbc.sql("update event_participant set contact_name = :name, contact_email = null,"
                + " version = version + 1 where lower(contact_email) = :email")
                .param("name", Anonymised.NAME).param("email", subject.email()).update();
    }

    /** Event participants: the contact of a registration at an event whose last day is before the cutoff. */
    @Override
    public int expire(String rule, java.time.Instant cutoff, no.kobling.shared.privacy.RetentionScope scope) {
        if (!"event-participants".equals(rule)) {
            return 0;
        }
        return jdbc.sql("update event_participant set contact_name = :name, contact_email = null,"
                + " version = version + 1 where contact_name <> :name and event_id in (select s.event_id"
                + " from event_session s group by s.event_id having max(s.session_day) < :day)"
                + " and (:all = true or event_id in (select e.id from event_event e"
                + " where e.organiser_org_id in (:organisations)))")
                .param("name", Anonymised.NAME).param("all", scope.all()).param("organisations", scope.sqlList())
                .param("day", java.sql.Date.valueOf(cutoff.atZone(java.time.ZoneOffset.UTC).toLocalDate())).update();
    }
}
