package no.kobling.project.agreement.web;

import java.nio.charset.StandardCharsets;
import no.kobling.project.document.DocumentStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored document as an attachment download. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(DocumentStore.StoredContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", content.document().sha256())
                .body(content.data());
    }
}
