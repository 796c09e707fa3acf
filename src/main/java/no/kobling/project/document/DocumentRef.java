package no.kobling.project.document;

import java.time.Instant;

/** An uploaded document as pages and the API show it. */
public record DocumentRef(long id, String filename, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
