package no.kobling.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone opened a record about a person. Never changed; an erasure blanks the subject's name. */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "privacy_read_log")
public class ReadLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String reader;
    @Column(name = "reader_org_id")
    private Long readerOrgId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "record_id", nullable = false)
    private String recordId;
    private String subject;

    protected ReadLogEntry() {
    }

    public ReadLogEntry(Instant occurredAt, String reader, Long readerOrgId, String kind, String recordId,
            String subject) {
        this.occurredAt = occurredAt;
        this.reader = reader;
        this.readerOrgId = readerOrgId;
        this.kind = kind;
        this.recordId = recordId;
        this.subject = subject == null || subject.length() <= 300 ? subject : subject.substring(0, 300);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReader() {
        return reader;
    }

    public Long getReaderOrgId() {
        return readerOrgId;
    }

    public String getKind() {
        return kind;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getSubject() {
        return subject;
    }
}
