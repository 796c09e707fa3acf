package no.kobling.notification.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Delivery state of the outbox, changed with conditional single-row updates (each its own transaction, outside any
 * caller's): a node claims a due message by taking its lease; only the lease holder may mark it sent or failed. A
 * node that dies while holding a lease leaves the message to be claimed again after the lease ends.
 */
@Repository
public class OutboxStore {

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Pending(long id, String recipient, String subject, String body, int attempts) {
    }

    /** Ids of pending messages due now whose lease (if any) has run out, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from notification_outbox where status = 'PENDING' and next_attempt_at <= ? "
                + "and (lease_until is null or lease_until < ?) order by next_attempt_at, id fetch first " + limit
                + " rows only", Long.class, ts(now), ts(now));
    }

    /** Takes the lease of a message for {@code owner} until {@code until}; false when another node has it. */
    public boolean claim(long id, String owner, Instant now, Instant until) {
        return jdbc.update("update notification_outbox set lease_owner = ?, lease_until = ? where id = ? "
                + "and status = 'PENDING' and next_attempt_at <= ? and (lease_until is null or lease_until < ?)",
                owner, ts(until), id, ts(now), ts(now)) == 1;
    }

    public Pending load(long id) {
        return jdbc.queryForObject("select id, recipient, subject, body, attempts from notification_outbox where id = ?",
                (rs, i) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                id);
    }

    public boolean markSent(long id, String owner, Instant at) {
        return jdbc.update("update notification_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                + "lease_owner = null, lease_until = null, last_error = null where id = ? and lease_owner = ?",
                ts(at), id, owner) == 1;
    }

    /** A failed attempt: the lease is released and the next attempt waits; {@code give up} marks it FAILED. */
    public void markFailed(long id, String owner, Instant nextAttempt, String error, boolean giveUp) {
        jdbc.update("update notification_outbox set status = ?, attempts = attempts + 1, next_attempt_at = ?, "
                + "lease_owner = null, lease_until = null, last_error = ? where id = ? and lease_owner = ?",
                giveUp ? "FAILED" : "PENDING", ts(nextAttempt), error == null ? null
                        : error.substring(0, Math.min(error.length(), 1000)), id, owner);
    }

    public record Counts(long pending, long sent, long failed) {
    }

    public Counts counts() {
        return jdbc.queryForObject("select sum(case when status = 'PENDING' then 1 else 0 end), "
                + "sum(case when status = 'SENT' then 1 else 0 end), sum(case when status = 'FAILED' then 1 else 0 end)"
                + " from notification_outbox", (rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
