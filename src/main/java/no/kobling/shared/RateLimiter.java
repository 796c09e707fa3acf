package no.kobling.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rate limits whose counters live in the database ({@code shared_rate_counter}), so a limit holds across threads and
 * application nodes. Each bucket has one row: its window starts at the first hit and lasts {@code window}; a hit is
 * one conditional update (a new window when the old one is over, else {@code hits + 1} while {@code hits < limit}).
 * The first hit of a bucket inserts the row, and when two nodes insert it at once the loser counts by the update.
 * Because the window starts at the first hit, a burst is never split across two windows (at most {@code limit}
 * hits in any window that starts at a counted hit). Call it outside a transaction: each statement commits on its
 * own, so a raced insert never spoils the caller's work, and a counted hit stays counted when the caller fails.
 */
@Component
public class RateLimiter {

    static final int MAX_BUCKET = 200;
    private static final long KEEP_MILLIS = Duration.ofDays(1).toMillis();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RateLimiter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one hit in the bucket's current window; false when the window already had {@code limit} hits. */
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("RateLimiter runs outside a transaction");
        }
        if (limit <= 0) {
            return false;
        }
        String key = bucket.length() > MAX_BUCKET ? bucket.substring(0, MAX_BUCKET) : bucket;
        long now = clock.millis();
        long over = now - Math.max(1, window.toMillis()); // a window that started at or before this is over
        if (increment(key, now, over, limit)) {
            return true;
        }
        try {
            jdbc.update("insert into shared_rate_counter (bucket, window_start, hits) values (?, ?, 1)", key, now);
        } catch (DuplicateKeyException e) {
            return increment(key, now, over, limit); // the row exists: full, or another node just made it
        }
        jdbc.update("delete from shared_rate_counter where window_start < ?", now - KEEP_MILLIS);
        return true;
    }

    /** As {@link #tryAcquire}, refusing with 429 and the given code and message key. */
    public void acquire(String bucket, int limit, Duration window, String code, String messageKey) {
        if (!tryAcquire(bucket, limit, window)) {
            throw new DomainException(429, code, messageKey);
        }
    }

    private boolean increment(String key, long now, long over, int limit) {
        return jdbc.update("""
                update shared_rate_counter
                   set hits = case when window_start <= ? then 1 else hits + 1 end,
                       window_start = case when window_start <= ? then ? else window_start end
                 where bucket = ? and (window_start <= ? or hits < ?)""", over, over, now, key, over, limit) == 1;
    }
}
