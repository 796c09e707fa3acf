package no.kobling.project.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.kobling.project.document.DocumentStore;
import no.kobling.project.plan.application.PhaseService.Upload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Turns multipart files into uploads and stored documents into downloads. */
final class Uploads {

    private Uploads() {
    }

    static Upload of(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(DocumentStore.StoredContent content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .body(content.data());
    }
}
