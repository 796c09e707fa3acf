package no.kobling.identity.application;

import java.time.Instant;
import java.util.List;

/** A user as administration pages and the API show it. Never carries the password hash. */
public record UserView(long id, String username, String displayName, String email, Long organisationId,
        String organisationName, List<String> roles, boolean enabled, boolean locked, Instant lockedUntil,
        String preferredLocale, Instant createdAt, long version) {
}
