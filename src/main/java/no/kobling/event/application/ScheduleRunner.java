package no.kobling.event.application;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.ProposalAssignment;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.event.domain.SlotGrid;
import no.kobling.event.persistence.EventAssignmentRepository;
import no.kobling.event.persistence.EventRunRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.event.scheduling.InvalidInstanceException;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.event.scheduling.Schedule;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves this node's scheduling runs on a bounded pool of workers (several events are scheduled at once; when every
 * worker is busy and the queue is full, a new run fails at once with "busy" instead of waiting unseen). A heartbeat
 * thread renews the lease of every run this node holds and writes its progress to the database, so any node can show
 * it and no node fails a run whose lease is alive. The map of jobs holds only this node's runs in flight: an entry is
 * removed when its run ends.
 */
@Component
class ScheduleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);

    private final EventRunRepository runs;
    private final EventAssignmentRepository assignments;
    private final EventSessionRepository sessions;
    private final EventTableRepository tables;
    private final MeetingScheduler scheduler;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String node;
    private final Duration lease;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService heartbeat;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    @Autowired
    ScheduleRunner(EventRunRepository runs, EventAssignmentRepository assignments, EventSessionRepository sessions,
            EventTableRepository tables, MeetingScheduler scheduler, PlatformTransactionManager tm, Clock clock,
            NodeId node,
            @Value("${kobling.events.scheduler-workers:2}") int workers,
            @Value("${kobling.events.scheduler-queue:20}") int queue,
            @Value("${kobling.events.run-lease:PT1M}") Duration lease,
            @Value("${kobling.events.run-heartbeat:PT5S}") Duration heartbeatEvery) {
        this(runs, assignments, sessions, tables, scheduler, tm, clock, node.id(), workers, queue, lease,
                heartbeatEvery);
    }

    /** A runner under a given node name (tests run a second node in one context). */
    ScheduleRunner(EventRunRepository runs, EventAssignmentRepository assignments, EventSessionRepository sessions,
            EventTableRepository tables, MeetingScheduler scheduler, PlatformTransactionManager tm, Clock clock,
            String node, int workers, int queue, Duration lease, Duration heartbeatEvery) {
        this.runs = runs;
        this.assignments = assignments;
        this.sessions = sessions;
        this.tables = tables;
        this.scheduler = scheduler;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
        this.node = node;
        this.lease = lease;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(Math.max(1, workers), Math.max(1, workers), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), r -> daemon(r, "event-scheduler-" + n.incrementAndGet()));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "event-scheduler-heartbeat"));
        long every = Math.max(100, heartbeatEvery.toMillis());
        this.heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** This node's id, written as the owner of the runs it solves. */
    String node() {
        return node;
    }

    Instant leaseFrom(Instant now) {
        return now.plus(lease);
    }

    /** Progress of one run on this node, written by the solver's thread and read by the heartbeat. */
    private static final class Job {
        final long runId;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile int scheduled;
        volatile double fraction;

        Job(long runId) {
            this.runId = runId;
        }
    }

    /** Queues a run this node holds the lease of (just inserted by {@link ScheduleService#start}). */
    void submit(long eventId, long runId, InstanceBuilder.Built built, int seconds) {
        Job job = new Job(runId);
        jobs.put(runId, job);
        try {
            workers.execute(() -> {
                try {
                    SystemAccess.run(() -> solve(eventId, job, built, seconds));
                } finally {
                    jobs.remove(runId);
                    job.done.complete(null);
                }
            });
        } catch (RejectedExecutionException e) {
            jobs.remove(runId);
            job.done.complete(null);
            end(runId, ScheduleRun.Status.FAILED, 0, "event.problem.busy");
        }
    }

    private void solve(long eventId, Job job, InstanceBuilder.Built built, int seconds) {
        long runId = job.runId;
        if (!renew(job)) {
            return; // another node failed it while it waited in the queue
        }
        Schedule result;
        try {
            if (built.instance().slots() == 0 || built.instance().tables() == 0) {
                throw new InvalidInstanceException(List.of("event.problem.no-slots-or-tables"));
            }
            InstanceBuilder.requireValid(built);
            result = scheduler.solve(built.instance(),
                    new MeetingScheduler.SolveOptions(Duration.ofSeconds(seconds), built.previous()),
                    (scheduled, fraction) -> {
                        job.scheduled = scheduled;
                        job.fraction = fraction;
                    });
        } catch (InvalidInstanceException e) {
            end(runId, ScheduleRun.Status.FAILED, 0, String.join("\n", e.problems()));
            return;
        } catch (RuntimeException e) {
            LOG.warn("Scheduling run {} failed", runId, e);
            end(runId, ScheduleRun.Status.FAILED, 0, "event.problem.solver-failed|" + e.getClass().getSimpleName());
            return;
        }
        tx.executeWithoutResult(status -> {
            if (runs.finish(runId, node, ScheduleRun.Status.PROPOSED, result.assignments().size(), null,
                    clock.instant(), ScheduleRun.Status.RUNNING) == 0) {
                LOG.warn("Scheduling run {} lost its lease before it finished; its proposal is dropped", runId);
                return;
            }
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
        });
    }

    private void end(long runId, ScheduleRun.Status status, int scheduled, String problems) {
        tx.executeWithoutResult(s -> runs.finish(runId, node, status, scheduled, problems, clock.instant(),
                ScheduleRun.Status.RUNNING));
    }

    /** Renews the lease of one run and writes its progress; false when the run is no longer this node's. */
    private boolean renew(Job job) {
        Instant now = clock.instant();
        Integer changed = tx.execute(s -> runs.heartbeat(job.runId, node, leaseFrom(now), now, job.fraction,
                job.scheduled, ScheduleRun.Status.RUNNING));
        return changed != null && changed == 1;
    }

    /** The heartbeat: every run this node holds (queued or solving) gets a fresh lease and its progress stored. */
    void beat() {
        for (Job job : jobs.values()) {
            try {
                if (!renew(job)) {
                    LOG.warn("Scheduling run {} is no longer held by node {}", job.runId, node);
                }
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat of scheduling run {} failed", job.runId, e);
            }
        }
    }

    /** Waits until a run of this node has ended (tests and the command line); returns at once for other runs. */
    void await(long runId, Duration atMost) {
        Job job = jobs.get(runId);
        if (job == null) {
            return;
        }
        try {
            job.done.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("scheduling run " + runId + " did not finish", e);
        }
    }

    @PreDestroy
    void shutdown() {
        heartbeat.shutdownNow();
        workers.shutdownNow();
    }
}
