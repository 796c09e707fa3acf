package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/**
 * One planned follow-up of a case after a meeting: due on a day, done by a facilitator (with a note). Done on time
 * means done on or before the due day (UTC).
 */
@Entity
@Table(name = "cases_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private String doneBy;
    private String note;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "overdue_reminded_at")
    private Instant overdueRemindedAt;
    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(long caseId, Long meetingId, LocalDate dueOn) {
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.dueOn = dueOn;
    }

    public void complete(String by, String note, Instant at) {
        if (doneAt != null) {
            throw DomainException.conflict("follow-up-done", "cases.error.follow-up-done");
        }
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > 2000) {
            throw DomainException.rule("note-too-long", "cases.error.entry-too-long", 2000);
        }
        this.doneAt = at;
        this.doneBy = by;
        this.note = text == null || text.isEmpty() ? null : text;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }

    /** Done on or before the due day in {@code zone} (the case's partnership's, docs/time.md). */
    public boolean doneOnTime(java.time.ZoneId zone) {
        return doneAt != null && !LocalDate.ofInstant(doneAt, zone).isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getOverdueRemindedAt() {
        return overdueRemindedAt;
    }

    public long getVersion() {
        return version;
    }
}
