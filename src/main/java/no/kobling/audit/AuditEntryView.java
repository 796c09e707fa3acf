package no.kobling.audit;

import java.time.Instant;

/** One recorded change, as pages and the API show it. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String action, String changedFields) {
}
