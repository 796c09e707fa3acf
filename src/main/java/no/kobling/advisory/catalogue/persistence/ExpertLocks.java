package no.kobling.advisory.catalogue.persistence;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per expert ({@code catalogue_expert_lock}) that bookings lock with {@code select ... for update} before
 * they count the expert's booked hours, so parallel bookings of one expert take turns and never exceed the hours
 * left. {@link #ensure} makes the row (outside the booking's transaction; a parallel insert of the same row is
 * harmless), {@link #lock} takes it inside the booking's transaction.
 */
@Component
public class ExpertLocks {

    private final JdbcTemplate jdbc;

    ExpertLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure(long personId) {
        try {
            jdbc.update("insert into catalogue_expert_lock (person_id) select cast(? as bigint) from (values (1)) v(x)"
                    + " where not exists (select 1 from catalogue_expert_lock where person_id = ?)", personId, personId);
        } catch (DataIntegrityViolationException e) {
            // another booking made the row at the same moment (it is there now), or the person does not exist (the
            // booking then answers 404)
        }
    }

    public void lock(long personId) {
        jdbc.queryForList("select person_id from catalogue_expert_lock where person_id = ? for update", Long.class,
                personId);
    }
}
