package no.kobling.actor.persistence;

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
 * The actor module's part of privacy requests: people of the network (advisors, mentors, contacts) matched by
 * e-mail. Erasure keeps the row (bookings, capacities and counts refer to it) and clears name, contact, link to a
 * login, languages and competences, and stops sharing it with partners.
 */
@Component
class ActorPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ActorPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "actor";
    }

    @Override
    public List<Processing> processing() {
        return List.of(new Processing("person", LawfulBasis.PUBLIC_TASK, null));
    }

    @Override
    public List<PersonalRecord> find(DataSubject subject) {
        return jdbc.sql("select id, name, email, phone, organisation_id, shared_with_partnerships, user_id"
                + " from actor_person where lower(email) = :email order by id")
                .param("email", subject.email())
                .query((rs, i) -> new PersonalRecord(module(), "person", String.valueOf(rs.getLong("id")),
                        rs.getLong("organisation_id"), "Person", PersonalRecord.fields("name", rs.getString("name"),
                                "email", rs.getString("email"), "phone", rs.getString("phone"),
                                "sharedWithPartnerships", rs.getBoolean("shared_with_partnerships"),
                                "userId", rs.getObject("user_id"))))
                .list();
    }

    @Override
    public int erase(DataSubject subject) {
        List<Long> ids = jdbc.sql("select id from actor_person where lower(email) = :email")
                .param("email", subject.email()).query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("delete from actor_person_language where person_id = ?").param(id).update();
            jdbc.sql("delete from actor_person_competence where person_id = ?").param(id).update();
            jdbc.sql("update actor_person set name = ?, email = null, phone = null, user_id = null,"
                    + " shared_with_partnerships = false, version = version + 1 where id = ?")
                    .params(Anonymised.NAME, id).update();
        }
        return ids.size();
    }
}
