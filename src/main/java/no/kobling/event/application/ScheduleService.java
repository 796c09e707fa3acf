package no.kobling.event.application;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.ProposalAssignment;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.event.domain.SlotGrid;
import no.kobling.event.persistence.EventAssignmentRepository;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRunRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.event.scheduling.InvalidInstanceException;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.event.scheduling.Schedule;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling as a background job: a run snapshots the accepted meetings into a schedule instance (locked meetings
 * pinned, placed ones as the previous assignment), calls the {@link MeetingScheduler} with a time limit and a progress
 * callback, and stores the result as a proposal. The event's schedule stays as it is until the organiser accepts the
 * proposal.
 */
@Service
public class ScheduleService {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);
    public static final int MAX_SECONDS = 300;

    private final EventRunRepository runs;
    private final EventAssignmentRepository assignments;
    private final EventMeetingRepository meetings;
    private final EventParticipantRepository participants;
    private final EventSessionRepository sessions;
    private final EventTableRepository tables;
    private final EventAccess access;
    private final MeetingScheduler scheduler;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "event-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Future<?>> jobs = new ConcurrentHashMap<>();
    private final Map<Long, double[]> progress = new ConcurrentHashMap<>();
    private final java.util.Set<Long> active = ConcurrentHashMap.newKeySet();

    ScheduleService(EventRunRepository runs, EventAssignmentRepository assignments, EventMeetingRepository meetings,
            EventParticipantRepository participants, EventSessionRepository sessions, EventTableRepository tables,
            EventAccess access, MeetingScheduler scheduler, PlatformTransactionManager tm, Clock clock) {
        this.runs = runs;
        this.assignments = assignments;
        this.meetings = meetings;
        this.participants = participants;
        this.sessions = sessions;
        this.tables = tables;
        this.access = access;
        this.scheduler = scheduler;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** A run with its live progress (fraction of the time limit used, meetings placed so far). */
    public record RunView(ScheduleRun run, double fractionDone, int scheduledSoFar, List<Problem> problems) {

        public boolean finished() {
            return run.getStatus() != ScheduleRun.Status.RUNNING;
        }
    }

    /** A problem of a failed run: a message key with its arguments, or the scheduler's own text (key null). */
    public record Problem(String key, Object[] args, String text) {
    }

    /** Starts a run in the background; refused while another run of the event is running. */
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
            // a run left RUNNING by a restart has no job any more: it failed
            runs.findByEventIdAndStatus(eventId, ScheduleRun.Status.RUNNING).stream()
                    .filter(r -> !active.contains(r.getId()))
                    .forEach(r -> r.failed("event.problem.solver-failed|restart", clock.instant()));
            if (!runs.findByEventIdAndStatus(eventId, ScheduleRun.Status.RUNNING).isEmpty()) {
                throw DomainException.conflict("event-run-running", "event.error.run-running");
            }
            InstanceBuilder.Built built = InstanceBuilder.build(event.getSlug(),
                    new SlotGrid(sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId)),
                    tables.findByEventIdOrderByPositionAscIdAsc(eventId),
                    participants.findByEventIdOrderByCompanyNameAsc(eventId),
                    meetings.findByEventIdOrderByIdAsc(eventId), event.getDefaultMaxMeetings());
            ScheduleRun run = runs.save(new ScheduleRun(eventId, actor, clock.instant(), seconds,
                    built.instance().meetings().size()));
            return new Start(run.getId(), built);
        });
        long runId = start.runId();
        progress.put(runId, new double[] {0, 0});
        active.add(runId);
        jobs.put(runId, executor.submit(() -> {
            try {
                SystemAccess.run(() -> solve(eventId, runId, start.built(), seconds));
            } finally {
                active.remove(runId);
            }
        }));
        return runId;
    }

    private void solve(long eventId, long runId, InstanceBuilder.Built built, int seconds) {
        Schedule result;
        try {
            if (built.instance().slots() == 0 || built.instance().tables() == 0) {
                throw new InvalidInstanceException(List.of("event.problem.no-slots-or-tables"));
            }
            InstanceBuilder.requireValid(built);
            result = scheduler.solve(built.instance(),
                    new MeetingScheduler.SolveOptions(Duration.ofSeconds(seconds), built.previous()),
                    (scheduled, fraction) -> progress.put(runId, new double[] {scheduled, fraction}));
        } catch (InvalidInstanceException e) {
            finish(runId, r -> r.failed(String.join("\n", e.problems()), clock.instant()));
            return;
        } catch (RuntimeException e) {
            LOG.warn("Scheduling run {} failed", runId, e);
            finish(runId, r -> r.failed("event.problem.solver-failed|" + e.getClass().getSimpleName(),
                    clock.instant()));
            return;
        }
        tx.executeWithoutResult(status -> {
            SlotGrid grid = new SlotGrid(sessions.findByEventIdOrderByDayAscStartTimeAsc(eventId));
            List<EventTable> ts = tables.findByEventIdOrderByPositionAscIdAsc(eventId);
            for (Schedule.Assignment a : result.assignments()) {
                Participant.SlotRef slot = grid.slot(a.slot());
                assignments.save(new ProposalAssignment(runId, Long.parseLong(a.meeting().substring(1)),
                        slot.sessionId(), slot.slotNo(), ts.get(a.table()).getId()));
            }
            for (String m : result.unscheduled()) {
                assignments.save(new ProposalAssignment(runId, Long.parseLong(m.substring(1)), null, null, null));
            }
            runs.findById(runId).orElseThrow().proposed(result.assignments().size(), clock.instant());
        });
        progress.put(runId, new double[] {result.assignments().size(), 1});
    }

    private void finish(long runId, java.util.function.Consumer<ScheduleRun> change) {
        tx.executeWithoutResult(status -> change.accept(runs.findById(runId).orElseThrow()));
        progress.put(runId, new double[] {0, 1});
    }

    /** Waits for a run to finish (tests and the API's {@code wait} option). */
    public void await(long runId, Duration atMost) {
        Future<?> f = jobs.get(runId);
        if (f != null) {
            try {
                f.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("scheduling run " + runId + " did not finish", e);
            } finally {
                jobs.remove(runId);
            }
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public RunView run(long eventId, long runId) {
        access.managed(eventId);
        ScheduleRun run = runs.findById(runId).filter(r -> r.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("run", runId));
        return view(run);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public List<RunView> runs(long eventId) {
        access.managed(eventId);
        return runs.findByEventIdOrderByIdDesc(eventId).stream().limit(10).map(this::view).toList();
    }

    private RunView view(ScheduleRun run) {
        double[] p = progress.getOrDefault(run.getId(), new double[] {run.getScheduled(), 1});
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
        boolean running = run.getStatus() == ScheduleRun.Status.RUNNING;
        return new RunView(run, running ? p[1] : 1, running ? (int) p[0] : run.getScheduled(), problems);
    }

    /** The proposal's place for each meeting (meeting id → assignment; nulls = unscheduled). */
    @Transactional(readOnly = true)
    @PreAuthorize(EventService.MANAGE)
    public Map<Long, ProposalAssignment> proposal(long eventId, long runId) {
        run(eventId, runId);
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

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
