package no.kobling.project.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The facts of an uploaded document; its bytes live in {@code project_document_content} (read on demand). */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "project_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255)
    private String filename;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected StoredDocument() {
    }

    StoredDocument(String filename, DocumentKind kind, long sizeBytes, String sha256, String uploadedBy,
            Long organisationId, Instant uploadedAt) {
        this.filename = filename;
        this.kind = kind;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.organisationId = organisationId;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public DocumentRef ref() {
        return new DocumentRef(id, filename, kind.contentType(), sizeBytes, sha256, uploadedBy, uploadedAt);
    }
}
