package no.kobling.identity.persistence;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The failed sign-in counts of {@code identity_login_throttle}, keyed by (kind, key). Every change is one atomic SQL
 * statement (no read-modify-write, no optimistic locking), so parallel attempts can neither lose a count nor fail.
 * Times are epoch milliseconds, which keeps the arithmetic portable between H2 and PostgreSQL.
 */
@Repository
public class LoginCounts {

    private static final String COUNT = """
            update identity_login_throttle
            set failures = failures + 1,
                last_failure_ms = ?,
                next_allowed_ms = case when failures + 1 >= ?
                    then ? + 1000 * cast(least(power(2, least(failures + 1 - ?, 30)), ?) as bigint)
                    else 0 end
            where kind = ? and throttle_key = ?""";

    private final JdbcTemplate jdbc;

    LoginCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the row with no failures if it is missing. */
    public void ensure(String kind, String key) {
        try {
            jdbc.update("insert into identity_login_throttle (kind, throttle_key, failures, last_failure_ms, "
                    + "next_allowed_ms) select ?, ?, 0, 0, 0 where not exists (select 1 from identity_login_throttle "
                    + "where kind = ? and throttle_key = ?)", kind, key, kind, key);
        } catch (DataIntegrityViolationException insertedInParallel) {
            // a parallel attempt inserted it first: just as good
        }
    }

    /** Sets the count to zero when the last failure was before {@code staleBeforeMs}. */
    public void forgetIfStale(String kind, String key, long staleBeforeMs) {
        jdbc.update("update identity_login_throttle set failures = 0, next_allowed_ms = 0 where kind = ? "
                + "and throttle_key = ? and failures > 0 and last_failure_ms < ?", kind, key, staleBeforeMs);
    }

    /**
     * Counts one failure at {@code nowMs}, and sets when the next attempt is allowed: at once while the count stays
     * below {@code freeFailures}, else after 2^(count - freeFailures) s, at most {@code maxDelaySeconds}. With
     * {@code onlyIfAllowed} nothing changes while a delay runs. Returns whether the row changed (atomically: of many
     * parallel calls inside a delay, none changes it; at its end, exactly one).
     */
    public boolean count(String kind, String key, long nowMs, int freeFailures, long maxDelaySeconds,
            boolean onlyIfAllowed) {
        return onlyIfAllowed
                ? jdbc.update(COUNT + " and next_allowed_ms <= ?", nowMs, freeFailures, nowMs, freeFailures,
                        maxDelaySeconds, kind, key, nowMs) == 1
                : jdbc.update(COUNT, nowMs, freeFailures, nowMs, freeFailures, maxDelaySeconds, kind, key) == 1;
    }

    public int failures(String kind, String key) {
        List<Integer> found = jdbc.queryForList("select failures from identity_login_throttle where kind = ? "
                + "and throttle_key = ?", Integer.class, kind, key);
        return found.isEmpty() ? 0 : found.get(0);
    }

    public long nextAllowed(String kind, String key) {
        List<Long> found = jdbc.queryForList("select next_allowed_ms from identity_login_throttle where kind = ? "
                + "and throttle_key = ?", Long.class, kind, key);
        return found.isEmpty() ? 0 : found.get(0);
    }

    public void reset(String kind, String key) {
        jdbc.update("update identity_login_throttle set failures = 0, next_allowed_ms = 0 "
                + "where kind = ? and throttle_key = ?", kind, key);
    }

    /** Takes back one counted failure (the attempt turned out to be right), without touching the delay. */
    public void takeBack(String kind, String key) {
        jdbc.update("update identity_login_throttle set failures = failures - 1 "
                + "where kind = ? and throttle_key = ? and failures > 0", kind, key);
    }

    /** Deletes rows whose last failure is before {@code staleBeforeMs} and whose delay has run out. */
    public int deleteStale(long staleBeforeMs, long nowMs) {
        return jdbc.update("delete from identity_login_throttle where last_failure_ms < ? and next_allowed_ms < ?",
                staleBeforeMs, nowMs);
    }
}
