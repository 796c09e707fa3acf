package no.kobling.event.domain;

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
import no.kobling.shared.DomainException;

/**
 * One run of the scheduler. Its result is a proposal: the event's schedule changes only when the organiser accepts
 * it (RUNNING → PROPOSED → ACCEPTED or DISCARDED; FAILED with the problems named).
 */
@Entity(name = "EventScheduleRun")
@Table(name = "event_schedule_run")
public class ScheduleRun {

    public enum Status { RUNNING, PROPOSED, ACCEPTED, DISCARDED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.RUNNING;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "time_limit_s", nullable = false)
    private int timeLimitSeconds;
    @Column(nullable = false)
    private int meetings;
    @Column(nullable = false)
    private int scheduled;
    private String problems;
    @Version
    private long version;

    protected ScheduleRun() {
    }

    public ScheduleRun(long eventId, String startedBy, Instant startedAt, int timeLimitSeconds, int meetings) {
        this.eventId = eventId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.timeLimitSeconds = timeLimitSeconds;
        this.meetings = meetings;
    }

    public void proposed(int scheduledCount, Instant at) {
        status = Status.PROPOSED;
        scheduled = scheduledCount;
        finishedAt = at;
    }

    public void failed(String problemText, Instant at) {
        status = Status.FAILED;
        problems = problemText.length() > 3900 ? problemText.substring(0, 3900) : problemText;
        finishedAt = at;
    }

    public void decide(boolean accept) {
        if (status != Status.PROPOSED) {
            throw DomainException.conflict("event-run-not-proposed", "event.error.run-not-proposed");
        }
        status = accept ? Status.ACCEPTED : Status.DISCARDED;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public Status getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public int getMeetings() {
        return meetings;
    }

    public int getScheduled() {
        return scheduled;
    }

    public String getProblems() {
        return problems;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleRun r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return ScheduleRun.class.hashCode();
    }
}
