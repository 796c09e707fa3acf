package no.kobling.shared;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fixed-window rate limits whose counters live in the database ({@code shared_rate_counter}), so a limit holds
 * across threads and application nodes. A hit is one conditional update ({@code hits = hits + 1 where hits < limit});
 * the first hit of a window inserts the row, and when two nodes insert it at once the loser counts by the update.
 * Call it outside a transaction: each statement commits on its own, so a refused or raced insert never spoils the
 * caller's work (and a counted hit stays counted when the caller's work fails afterwards).
 */
@Component
public class RateLimiter {

    static final int MAX_BUCKET = 200;
    private static final long KEEP_SECONDS = Duration.ofDays(1).toSeconds();

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
        long seconds = Math.max(1, window.toSeconds());
        long now = clock.instant().getEpochSecond();
        long start = now - Math.floorMod(now, seconds);
        if (increment(key, start, limit)) {
            return true;
        }
        try {
            jdbc.update("insert into shared_rate_counter (bucket, window_start, hits) values (?, ?, 1)", key, start);
        } catch (DuplicateKeyException e) {
            return increment(key, start, limit); // the window's row exists: full, or another node just made it
        }
        jdbc.update("delete from shared_rate_counter where window_start < ?", now - KEEP_SECONDS);
        return true;
    }

    /** As {@link #tryAcquire}, refusing with 429 and the given code and message key. */
    public void acquire(String bucket, int limit, Duration window, String code, String messageKey) {
        if (!tryAcquire(bucket, limit, window)) {
            throw new DomainException(429, code, messageKey);
        }
    }

    private boolean increment(String key, long start, int limit) {
        return jdbc.update("update shared_rate_counter set hits = hits + 1 where bucket = ? and window_start = ?"
                + " and hits < ?", key, start, limit) == 1;
    }
}
