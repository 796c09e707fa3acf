package no.kobling.identity.application;

import java.time.Instant;

/** A personal API token without its secret: what the owner sees in the list. */
public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, Status status) {

    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }
}
