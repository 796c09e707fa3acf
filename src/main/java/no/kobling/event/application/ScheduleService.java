package no.kobling.event.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.ProposalAssignment;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.event.domain.SlotGrid;
import no.kobling.event.persistence.EventAssignmentRepository;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventRunRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling as a background job: a run snapshots the accepted meetings into a schedule instance (locked meetings
 * pinned, placed ones as the previous assignment), and this node's {@link ScheduleRunner} solves it with a time limit,
 * writing progress and renewing its lease in the database, and stores the result as a proposal. The event's schedule
 * stays as it is until the organiser accepts the proposal. Runs, progress and leases live in the database: any node
 * shows any run, and a node fails another's RUNNING run only after its lease expired (the node died). Finished runs are
 * history, deleted after {@code kobling.events.run-retention} by the hourly job.
 */
@Service
public class ScheduleService {

    public static final int MAX_SECONDS = 300;
    static final String LEASE_EXPIRED = "event.problem.lease-expired";

    private final EventRunRepository runs;
    private final EventAssignmentRepository assignments;
    private final EventMeetingRepository meetings;
    private final EventParticipantRepository participants;
    private final EventSessionRepository sessions;
    private final EventTableRepository tables;
    private final EventRepository events;
    private final EventAccess access;
    private final ScheduleRunner runner;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration retention;

    ScheduleService(EventRunRepository runs, EventAssignmentRepository assignments, EventMeetingRepository meetings,
            EventParticipantRepository participants, EventSessionRepository sessions, EventTableRepository tables,
            EventRepository events, EventAccess access, ScheduleRunner runner, PlatformTransactionManager tm,
            Clock clock, @Value("${kobling.events.run-retention:P90D}") Duration retention) {
        this.runs = runs;
        this.assignments = assignments;
        this.meetings = meetings;
        this.participants = participants;
        this.sessions = sessions;
        this.tables = tables;
        this.events = events;
        this.access = access;
        this.runner = runner;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
        this.retention = retention;
    }

    /** A run with its progress as of its node's last heartbeat (fraction of the time limit, meetings placed). */
    public record RunView(ScheduleRun run, double fractionDone, int scheduledSoFar, List<Problem> problems) {

        public boolean finished() {
            return run.getStatus() != ScheduleRun.Status.RUNNING;
        }
    }

    /** A problem of a failed run: a message key with its arguments, or the scheduler's own text (key null). */
    public record Problem(String key, Object[] args, String text) {
    }

    /**
     * Starts a run in the background on this node; refused while another run of the event is running on any node
     * (the event row is locked, so two nodes starting at once get one run). A RUNNING run whose lease expired is
     * failed first: its node stopped.
     */
    @PreAuthorize(EventService.MANAGE)
    public long start(long eventId, int seconds) {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw DomainException.rule("event-time-limit", "event.error.time-limit", MAX_SECONDS);
        }
        String actor = access.actorName();
        record Start(long runId, InstanceBuilder.Built built) {
        }
        Start start = tx.execute(status -> {
            Event event = access.managed(eventId);
            events.lockById(eventId);
            Instant now = clock.instant();
            runs.failExpired(eventId, now, LEASE_EXPIRED, ScheduleRun.Status.RUNNING, ScheduleRun.Status.FAILED);
            if (!runs.findByEventIdAndStatus(eventId, ScheduleRun.Status.RUNNING).isEmpty()) {
                throw DomainException.conflict("event-run-running", "event.error.run-running");
            }
            // the run starts after the check saw no running run: read the clock again, so that a run which finished
            // while this start waited for the lock always ended before this one began
            now = clock.instant();
            InstanceBuilder.Built built = InstanceBuilder.build(event.getSlug(),
                    new SlotGrid(sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId)),
                    tables.findByEventIdOrderByPositionAscIdAsc(eventId),
                    participants.findByEventIdOrderByCompanyNameAsc(eventId),
                    meetings.findByEventIdOrderByIdAsc(eventId), event.getDefaultMaxMeetings());
            ScheduleRun run = runs.save(ScheduleRun.leased(eventId, actor, now, seconds,
                    built.instance().meetings().size(), runner.node(), runner.leaseFrom(now)));
            return new Start(run.getId(), built);
        });
        runner.submit(eventId, start.runId(), start.built(), seconds);
        return start.runId();
    }

    /** Waits for a run of this node to finish (tests and the command line; the web polls the run instead). */
    public void await(long runId, Duration atMost) {
        runner.await(runId, atMost);
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public RunView run(long eventId, long runId) {
        access.managed(eventId);
        runs.failExpired(eventId, clock.instant(), LEASE_EXPIRED, ScheduleRun.Status.RUNNING,
                ScheduleRun.Status.FAILED);
        ScheduleRun run = runs.findById(runId).filter(r -> r.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("run", runId));
        return view(run);
    }

    /** The event's ten newest runs. */
    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public List<RunView> runs(long eventId) {
        access.managed(eventId);
        runs.failExpired(eventId, clock.instant(), LEASE_EXPIRED, ScheduleRun.Status.RUNNING,
                ScheduleRun.Status.FAILED);
        return runs.findByEventIdOrderByIdDesc(eventId, PageRequest.of(0, 10)).stream().map(this::view).toList();
    }

    /**
     * Housekeeping (the hourly job): fails runs of every event whose lease expired, and deletes runs (with their
     * proposals) that finished longer than the retention ago. Returns how many runs were deleted.
     */
    public int housekeeping(Instant now) {
        tx.executeWithoutResult(s -> runs.failAllExpired(now, LEASE_EXPIRED, ScheduleRun.Status.RUNNING,
                ScheduleRun.Status.FAILED));
        int deleted = 0;
        while (true) {
            Integer n = tx.execute(s -> {
                List<Long> old = runs.finishedBefore(now.minus(retention), ScheduleRun.Status.RUNNING,
                        PageRequest.of(0, 500));
                if (old.isEmpty()) {
                    return 0;
                }
                assignments.deleteByRunIds(old);
                runs.deleteAllByIdInBatch(old);
                return old.size();
            });
            if (n == null || n == 0) {
                return deleted;
            }
            deleted += n;
        }
    }

    private RunView view(ScheduleRun run) {
        List<Problem> problems = new ArrayList<>();
        if (run.getProblems() != null) {
            for (String line : run.getProblems().split("\n")) {
                String[] parts = line.split("\\|");
                problems.add(parts[0].startsWith("event.problem.")
                        ? new Problem(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length, Object[].class),
                                line)
                        : new Problem(null, new Object[0], line));
            }
        }
        return new RunView(run, run.getProgress(), run.getScheduled(), problems);
    }

    /** The proposal's place for each meeting (meeting id → assignment; nulls = unscheduled). */
    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public Map<Long, ProposalAssignment> proposal(long eventId, long runId) {
        access.managed(eventId);
        runs.findById(runId).filter(r -> r.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("run", runId));
        Map<Long, ProposalAssignment> map = new HashMap<>();
        assignments.findByRunId(runId).forEach(a -> map.put(a.getMeetingId(), a));
        return map;
    }

    /**
     * Accepts a proposal: unlocked planned meetings move to their proposed places (locked ones stay). Refused when
     * a planned meeting changed after the run started (run the scheduler again). Returns how many meetings moved.
     */
    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public int accept(long eventId, long runId) {
        access.managed(eventId);
        access.lock(eventId); // takes turns with hand moves of the same event
        ScheduleRun run = runs.findById(runId).filter(r -> r.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("run", runId));
        if (run.getStatus() != ScheduleRun.Status.PROPOSED) {
            throw DomainException.conflict("event-run-not-proposed", "event.error.run-not-proposed");
        }
        Map<Long, Meeting> byId = new HashMap<>();
        meetings.findByEventIdOrderByIdAsc(eventId).forEach(m -> byId.put(m.getId(), m));
        List<ProposalAssignment> proposed = assignments.findByRunId(runId);
        for (ProposalAssignment a : proposed) {
            Meeting m = byId.get(a.getMeetingId());
            if (m != null && m.getStatus() == Meeting.Status.PLANNED
                    && m.getUpdatedAt().isAfter(run.getStartedAt())) {
                throw DomainException.conflict("event-run-stale", "event.error.run-stale");
            }
        }
        run.decide(true);
        runs.findByEventIdAndStatus(eventId, ScheduleRun.Status.PROPOSED).stream()
                .filter(r -> !r.getId().equals(runId)).forEach(r -> r.decide(false));
        int moved = 0;
        for (ProposalAssignment a : proposed) {
            Meeting m = byId.get(a.getMeetingId());
            if (m == null || m.getStatus() != Meeting.Status.PLANNED || m.isLocked()) {
                continue;
            }
            int before = m.getSequence();
            m.place(a.getSessionId(), a.getSlotNo(), a.getTableId(), clock.instant());
            moved += m.getSequence() != before ? 1 : 0;
        }
        return moved;
    }

    @Transactional
    @PreAuthorize(EventService.MANAGE)
    public void discard(long eventId, long runId) {
        access.managed(eventId);
        runs.findById(runId).filter(r -> r.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("run", runId)).decide(false);
    }
}
