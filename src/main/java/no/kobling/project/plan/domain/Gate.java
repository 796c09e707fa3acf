package no.kobling.project.plan.domain;

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
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/**
 * A decision at the end of a phase: the decision body (e.g. a regional council), the date, GO / REVISE / STOP, the
 * minutes (a stored document) and notes. A phase may have several (REVISE, then GO); the latest counts. Made by
 * {@link Phase#decide}.
 */
@Entity(name = "ProjectGate")
@Table(name = "project_gate")
public class Gate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "phase_id", nullable = false)
    private long phaseId;

    @Column(name = "decision_body", nullable = false, length = 300)
    private String decisionBody;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GateDecision decision;

    @Column(name = "minutes_document_id")
    private Long minutesDocumentId;

    @Column(length = 4000)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Gate() {
    }

    Gate(long phaseId, String decisionBody, LocalDate decidedOn, GateDecision decision, Long minutesDocumentId,
            String notes, String recordedBy, Instant recordedAt) {
        if (decisionBody == null || decisionBody.isBlank()) {
            throw DomainException.rule("gate-body-missing", "project.error.gate-body-missing");
        }
        this.phaseId = phaseId;
        this.decisionBody = decisionBody.strip().length() > 300 ? decisionBody.strip().substring(0, 300)
                : decisionBody.strip();
        this.decidedOn = decidedOn;
        this.decision = decision;
        this.minutesDocumentId = minutesDocumentId;
        String n = notes == null || notes.isBlank() ? null : notes.strip();
        this.notes = n != null && n.length() > 4000 ? n.substring(0, 4000) : n;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void attachMinutes(long documentId) {
        this.minutesDocumentId = documentId;
    }

    public Long getId() {
        return id;
    }

    public long getPhaseId() {
        return phaseId;
    }

    public String getDecisionBody() {
        return decisionBody;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public GateDecision getDecision() {
        return decision;
    }

    public Long getMinutesDocumentId() {
        return minutesDocumentId;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gate g && id != null && id.equals(g.id);
    }

    @Override
    public int hashCode() {
        return Gate.class.hashCode();
    }
}
