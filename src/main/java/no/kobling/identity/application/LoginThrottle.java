package no.kobling.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.LoginCounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles password sign-ins per username and per client address (issue 11, finding 3). Rules, with the defaults of
 * {@link LoginThrottleProperties}:
 * <ul>
 * <li>Every attempt is counted <em>before</em> its password is checked, by one atomic {@code UPDATE ... SET failures =
 * failures + 1 ... WHERE next_allowed_ms <= now} ({@link LoginCounts}): an attempt inside a delay changes no row and
 * is refused without checking the password, so a burst of parallel attempts cannot slip through together, and
 * nothing is lost to a race. A successful sign-in takes its count back.</li>
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

    private final LoginCounts counts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LoginThrottleProperties properties;

    LoginThrottle(LoginCounts counts, PlatformTransactionManager transactionManager, Clock clock,
            LoginThrottleProperties properties) {
        this.counts = counts;
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
        long stale = now - properties.forgetAfter().toMillis();
        try {
            counts.ensure(ADDRESS, from);
            counts.ensure(USERNAME, user);
            counts.forgetIfStale(ADDRESS, from, stale);
            counts.forgetIfStale(USERNAME, user, stale);
            // counted and read back in one transaction: the row lock makes the number this attempt's own
            Integer ordinal = transaction.execute(s -> counts.count(ADDRESS, from, now,
                    properties.addressFreeFailures(), properties.addressMaxDelay().toSeconds(), true)
                            ? counts.failures(ADDRESS, from) : null);
            if (ordinal == null) {
                return false;
            }
            // an address that had not failed before is not held back by the delay of the username
            boolean cleanAddress = ordinal == 1;
            return counts.count(USERNAME, user, now, properties.usernameFreeFailures(),
                    properties.usernameMaxDelay().toSeconds(), !cleanAddress);
        } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
            // the row stayed locked too long under a burst: refuse this attempt rather than answer 500
            return false;
        }
    }

    /** The password was right: clears the username's count and takes back the attempt counted on the address. */
    public void succeeded(String username, String address) {
        counts.reset(USERNAME, userKey(username));
        counts.takeBack(ADDRESS, addressKey(address));
    }

    /** Until when a username's sign-ins from addresses that have failed must wait, if they must. */
    public Optional<Instant> delayedUntil(String username) {
        long next = counts.nextAllowed(USERNAME, userKey(username));
        return next > clock.millis() ? Optional.of(Instant.ofEpochMilli(next)) : Optional.empty();
    }

    /** An administrator lifts the delay of a username. */
    public void clear(String username) {
        counts.reset(USERNAME, userKey(username));
    }

    /** Deletes counts whose last failure is older than {@code forget-after}; returns how many. */
    public int forgetOld() {
        long now = clock.millis();
        return counts.deleteStale(now - properties.forgetAfter().toMillis(), now);
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
