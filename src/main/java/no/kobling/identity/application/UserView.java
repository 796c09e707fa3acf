package no.kobling.identity.application;

import java.time.Instant;
import java.util.List;

/**
 * A user as administration pages and the API show it. Never carries the password hash. {@code signInDelayedUntil}:
 * until when sign-ins with this username from addresses that have failed must wait (null when they need not).
 */
public record UserView(long id, String username, String displayName, String email, Long organisationId,
        String organisationName, List<String> roles, boolean enabled, Instant signInDelayedUntil,
        String preferredLocale, Instant createdAt, long version) {

    /** Whether sign-ins with this username are held back now. */
    public boolean signInDelayed() {
        return signInDelayedUntil != null;
    }
}
