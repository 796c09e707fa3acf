package no.kobling.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import no.kobling.identity.domain.UserAccount;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles password sign-ins per username and per client address (issue 11, finding 3). Rules, with the defaults of
 * {@link LoginThrottleProperties}:
 * <ul>
 * <li>Every attempt is counted <em>before</em> its password is checked, by one atomic {@code UPDATE ... SET failures =
 * failures + 1 ... WHERE next_allowed_ms <= now}: an attempt inside a delay changes no row and is refused without
 * checking the password, so a burst of parallel attempts cannot slip through together, and nothing is lost to a
 * race. A successful sign-in takes its count back.</li>
 * <li>Address: 20 failures free, then each further attempt waits 2^(n-20) s, at most 15 minutes.</li>
 * <li>Username: 5 failures free, then 2^(n-5) s, at most 5 minutes; but this delay binds only attempts from
 * addresses that have failed before. The real user, from an address that has not failed, still gets in, so
 * anonymous guesses never lock anyone out.</li>
 * <li>Unknown usernames are counted like known ones (no difference to see). Counts are forgotten 24 h after the last
 * failure. API tokens are not subject to any of this.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottle {

    public static final String USERNAME = "USERNAME";
    public static final String ADDRESS = "ADDRESS";

    private static final String ADMIT = """
            update identity_login_throttle
            set failures = failures + 1,
                last_failure_ms = ?,
                next_allowed_ms = case when failures + 1 >= ?
                    then ? + 1000 * cast(least(power(2, least(failures + 1 - ?, 30)), ?) as bigint)
                    else 0 end
            where kind = ? and throttle_key = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LoginThrottleProperties properties;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
            LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Counts an attempt to sign in as {@code username} from {@code address}; false when it falls inside a delay and
     * must be refused without looking at the password.
     */
    public boolean admit(String username, String address) {
        String user = userKey(username);
        String from = addressKey(address);
        long now = clock.millis();
        try {
            prepare(ADDRESS, from, now);
            prepare(USERNAME, user, now);
            Integer ordinal = transaction.execute(s -> {
                int admitted = jdbc.update(ADMIT + " and next_allowed_ms <= ?", now, properties.addressFreeFailures(),
                        now, properties.addressFreeFailures(), properties.addressMaxDelay().toSeconds(), ADDRESS, from,
                        now);
                return admitted == 0 ? null : jdbc.queryForObject("select failures from identity_login_throttle "
                        + "where kind = ? and throttle_key = ?", Integer.class, ADDRESS, from);
            });
            if (ordinal == null) {
                return false;
            }
            // an address that had not failed before is not held back by the delay of the username
            boolean cleanAddress = ordinal == 1;
            Object[] args = {now, properties.usernameFreeFailures(), now, properties.usernameFreeFailures(),
                properties.usernameMaxDelay().toSeconds(), USERNAME, user};
            int admitted = cleanAddress ? jdbc.update(ADMIT, args)
                    : jdbc.update(ADMIT + " and next_allowed_ms <= ?", append(args, now));
            return admitted == 1;
        } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
            // the row stayed locked too long under a burst: refuse this attempt rather than answer 500
            return false;
        }
    }

    /** The password was right: clears the username's count and takes back the attempt counted on the address. */
    public void succeeded(String username, String address) {
        jdbc.update("update identity_login_throttle set failures = 0, next_allowed_ms = 0 "
                + "where kind = ? and throttle_key = ?", USERNAME, userKey(username));
        jdbc.update("update identity_login_throttle set failures = failures - 1 "
                + "where kind = ? and throttle_key = ? and failures > 0", ADDRESS, addressKey(address));
    }

    /** Until when a username's sign-ins from addresses that have failed must wait, if they must. */
    public Optional<Instant> delayedUntil(String username) {
        long now = clock.millis();
        return jdbc.queryForList("select next_allowed_ms from identity_login_throttle where kind = ? "
                + "and throttle_key = ?", Long.class, USERNAME, userKey(username)).stream()
                .filter(ms -> ms > now).findFirst().map(Instant::ofEpochMilli);
    }

    /** An administrator lifts the delay of a username. */
    public void clear(String username) {
        jdbc.update("update identity_login_throttle set failures = 0, next_allowed_ms = 0 "
                + "where kind = ? and throttle_key = ?", USERNAME, userKey(username));
    }

    /** Deletes counts not touched for {@code forget-after}; returns how many. */
    public int forgetOld() {
        return jdbc.update("delete from identity_login_throttle where last_failure_ms < ? and next_allowed_ms < ?",
                staleBefore(clock.millis()), clock.millis());
    }

    /** Delay after {@code failures} failures: none up to {@code free}, then 2^(failures-free) s up to {@code max}. */
    static Duration delayAfter(int failures, int free, Duration max) {
        if (failures < free) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - free, 30);
        return Duration.ofSeconds(Math.min(seconds, max.toSeconds()));
    }

    /** Makes sure the row exists, and forgets its count when the last failure is older than {@code forget-after}. */
    private void prepare(String kind, String key, long now) {
        try {
            jdbc.update("insert into identity_login_throttle (kind, throttle_key, failures, last_failure_ms, "
                    + "next_allowed_ms) select ?, ?, 0, 0, 0 where not exists (select 1 from identity_login_throttle "
                    + "where kind = ? and throttle_key = ?)", kind, key, kind, key);
        } catch (DataIntegrityViolationException inserted) {
            // a parallel attempt inserted it first
        }
        jdbc.update("update identity_login_throttle set failures = 0, next_allowed_ms = 0 where kind = ? "
                + "and throttle_key = ? and failures > 0 and last_failure_ms < ?", kind, key, staleBefore(now));
    }

    private long staleBefore(long now) {
        return now - properties.forgetAfter().toMillis();
    }

    private static Object[] append(Object[] args, Object last) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    static String userKey(String username) {
        String key = username == null ? "" : UserAccount.normalise(username);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    static String addressKey(String address) {
        String key = address == null || address.isBlank() ? "unknown" : address.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
