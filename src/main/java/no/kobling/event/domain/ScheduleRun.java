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
 * it (RUNNING → PROPOSED → ACCEPTED or DISCARDED; FAILED with the problems named). While RUNNING, the node that
 * solves it ({@code ownerNode}) holds a lease until {@code leaseUntil}, renewed with each heartbeat that also writes
 * the progress; another node may fail the run only once the lease has expired. The state changes of a running run
 * are conditional updates in {@code EventRunRepository}, so two nodes never both decide its fate.
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
    @Column(name = "owner_node")
    private String ownerNode;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;
    @Column(nullable = false)
    private double progress;
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

    /** A new run, leased to the node that will solve it. */
    public static ScheduleRun leased(long eventId, String startedBy, Instant startedAt, int timeLimitSeconds,
            int meetings, String node, Instant leaseUntil) {
        ScheduleRun run = new ScheduleRun(eventId, startedBy, startedAt, timeLimitSeconds, meetings);
        run.ownerNode = node;
        run.leaseUntil = leaseUntil;
        run.heartbeatAt = startedAt;
        return run;
    }

    /** Whether a running run's node has stopped renewing its lease (it died, or lost the database). */
    public boolean leaseExpired(Instant now) {
        return status == Status.RUNNING && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    public void proposed(int scheduledCount, Instant at) {
        status = Status.PROPOSED;
        scheduled = scheduledCount;
        finishedAt = at;
        progress = 1;
    }

    public void failed(String problemText, Instant at) {
        status = Status.FAILED;
        problems = problemText.length() > 3900 ? problemText.substring(0, 3900) : problemText;
        finishedAt = at;
        progress = 1;
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

    public String getOwnerNode() {
        return ownerNode;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    /** Fraction of the time limit used (0..1), as of the last heartbeat; 1 when finished. */
    public double getProgress() {
        return status == Status.RUNNING ? progress : 1;
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
