package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A held B2B meeting of the case's companies, recorded by a facilitator or handed over by a matchmaking event. */
@Entity
@Table(name = "cases_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "held_at", nullable = false)
    private Instant heldAt;
    @Column(nullable = false)
    private String source;
    @Column(name = "source_reference")
    private String sourceReference;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Meeting() {
    }

    public Meeting(long caseId, Instant heldAt, String source, String sourceReference, String recordedBy) {
        this.caseId = caseId;
        this.heldAt = heldAt;
        this.source = source;
        this.sourceReference = sourceReference;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getSource() {
        return source;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
