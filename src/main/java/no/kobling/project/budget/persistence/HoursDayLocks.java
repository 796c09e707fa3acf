package no.kobling.project.budget.persistence;

import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per user and day ({@code project_hours_day_lock}) that logging hours locks with {@code select ... for
 * update} before it sums the user's hours of that day, so parallel requests take turns and never log more than 24
 * hours on a day. {@link #ensure} makes the row outside the logging transaction (a parallel insert of the same row is
 * harmless); {@link #lock} takes it inside. The same shape as the expert locks of bookings.
 */
@Component
public class HoursDayLocks {

    private final JdbcTemplate jdbc;

    HoursDayLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure(long userId, LocalDate day) {
        try {
            jdbc.update("insert into project_hours_day_lock (user_id, work_day) select cast(? as bigint), cast(? as date)"
                    + " from (values (1)) v(x) where not exists"
                    + " (select 1 from project_hours_day_lock where user_id = ? and work_day = ?)",
                    userId, day, userId, day);
        } catch (DataIntegrityViolationException e) {
            // another request made the row at the same moment: it is there now
        }
    }

    public void lock(long userId, LocalDate day) {
        jdbc.queryForList("select user_id from project_hours_day_lock where user_id = ? and work_day = ? for update",
                Long.class, userId, day);
    }
}
