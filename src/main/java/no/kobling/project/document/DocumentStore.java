package no.kobling.project.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Stores the files attached to agreements, deliverables and gate minutes: PDF and Office documents only, recognised
 * by content ({@link DocumentKind}), at most {@code kobling.project.max-document-size} (default 10 MB), with a
 * SHA-256 checksum kept beside them and checked again when the file is read back. It does not decide who may read a
 * document: the record that owns it (an agreement, a deliverable, a gate) checks access before it calls
 * {@link #content(long)}.
 * <p>
 * Errors (422): {@code document-empty}, {@code document-too-large}, {@code document-type-not-allowed} (content is no
 * PDF or Office file), {@code document-name-mismatch} (the name's extension disagrees with the content: a disguised
 * file).
 */
@Service
public class DocumentStore {

    private final DocumentRepository documents;
    private final JdbcTemplate jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final long maxBytes;

    DocumentStore(DocumentRepository documents, JdbcTemplate jdbc, CurrentUsers currentUsers, Clock clock,
            @Value("${kobling.project.max-document-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores a file; the caller links the returned id to its own record in the same transaction. */
    @Transactional
    public DocumentRef store(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.rule("document-empty", "document.error.empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.rule("document-too-large", "document.error.too-large", maxBytes / (1024 * 1024));
        }
        DocumentKind kind = DocumentKind.detect(content)
                .orElseThrow(() -> DomainException.rule("document-type-not-allowed", "document.error.type"));
        String name = cleanName(filename);
        if (!kind.fitsName(name)) {
            throw DomainException.rule("document-name-mismatch", "document.error.name-mismatch", name);
        }
        // start-up work (demo data, imports) stores documents as the system actor, which has no user record
        Optional<CurrentUser> user = currentUsers.current();
        if (user.isEmpty() && !SystemAccess.isSystem()) {
            currentUsers.require();
        }
        StoredDocument document = documents.save(new StoredDocument(name, kind, content.length, sha256(content),
                user.map(CurrentUser::username).orElse(SystemAccess.SYSTEM),
                user.map(CurrentUser::organisationId).orElse(null), clock.instant()));
        jdbc.update("insert into project_document_content (document_id, data) values (?, ?)", document.getId(),
                content);
        return document.ref();
    }

    @Transactional(readOnly = true)
    public Optional<DocumentRef> find(long id) {
        return documents.findById(id).map(StoredDocument::ref);
    }

    /** The bytes of a document, checked against its stored checksum (a mismatch is a 500, never served). */
    @Transactional(readOnly = true)
    public StoredContent content(long id) {
        StoredDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
        byte[] data = jdbc.queryForObject("select data from project_document_content where document_id = ?",
                byte[].class, id);
        if (data == null || !sha256(data).equals(document.getSha256())) {
            throw new IllegalStateException("document " + id + " does not match its checksum");
        }
        return new StoredContent(document.ref(), data);
    }

    /** The bytes of a document with its facts. */
    public record StoredContent(DocumentRef document, byte[] data) {
    }

    static String cleanName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
