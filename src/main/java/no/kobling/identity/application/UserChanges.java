package no.kobling.identity.application;

import java.util.Set;

/** What an administrator changes on an existing user; {@code version} is the one they edited. */
public record UserChanges(String displayName, String email, Long organisationId, Set<String> roleCodes,
        boolean enabled, long version) {
}
