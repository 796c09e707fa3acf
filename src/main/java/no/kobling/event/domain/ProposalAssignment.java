package no.kobling.event.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a proposal places one meeting (all nulls: left unscheduled). */
@Entity(name = "EventProposalAssignment")
@Table(name = "event_proposal_assignment")
public class ProposalAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id", nullable = false)
    private long runId;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "slot_no")
    private Integer slotNo;
    @Column(name = "table_id")
    private Long tableId;

    protected ProposalAssignment() {
    }

    public ProposalAssignment(long runId, long meetingId, Long sessionId, Integer slotNo, Long tableId) {
        this.runId = runId;
        this.meetingId = meetingId;
        this.sessionId = sessionId;
        this.slotNo = slotNo;
        this.tableId = tableId;
    }

    public long getRunId() {
        return runId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Integer getSlotNo() {
        return slotNo;
    }

    public Long getTableId() {
        return tableId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProposalAssignment a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return ProposalAssignment.class.hashCode();
    }
}
