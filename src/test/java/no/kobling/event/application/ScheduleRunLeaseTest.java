package no.kobling.event.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.kobling.event.EventFixture;
import no.kobling.event.EventFixture.Rep;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.event.persistence.EventAssignmentRepository;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.event.persistence.EventParticipantRepository;
import no.kobling.event.persistence.EventRepository;
import no.kobling.event.persistence.EventRunRepository;
import no.kobling.event.persistence.EventSessionRepository;
import no.kobling.event.persistence.EventTableRepository;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling runs across nodes: runs, progress and leases are in the database. Node A is the application's own
 * {@link ScheduleService}; node B is a second service with its own runner and node id over the same database.
 */
@IntegrationTest
class ScheduleRunLeaseTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScheduleService nodeA;
    @Autowired
    EventRunRepository runs;
    @Autowired
    PlatformTransactionManager tm;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    EventFixture f;
    String organiser;
    long id;
    ScheduleRunner runnerB;
    ScheduleService nodeB;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
        organiser = f.organiser("Bedriftskompetanse");
        id = f.openEvent(organiser, 4, 2, null).getId();
        Rep a = f.company("Lease Alfa AS");
        Rep b = f.company("Lease Beta AS");
        Participant pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        Participant pb = f.participant(organiser, id, b, Participant.Type.SELLER);
        f.acceptedMeeting(id, a, pa, b, pb);
        runnerB = new ScheduleRunner(runs, context.getBean(EventAssignmentRepository.class),
                context.getBean(EventSessionRepository.class), context.getBean(EventTableRepository.class),
                context.getBean(MeetingScheduler.class), tm, clock, "node-b", 2, 5, Duration.ofMinutes(1),
                Duration.ofMinutes(10));
        nodeB = new ScheduleService(runs, context.getBean(EventAssignmentRepository.class),
                context.getBean(EventMeetingRepository.class), context.getBean(EventParticipantRepository.class),
                context.getBean(EventSessionRepository.class), context.getBean(EventTableRepository.class),
                context.getBean(EventRepository.class), context.getBean(EventAccess.class), runnerB, tm, clock,
                Duration.ofDays(90));
    }

    @AfterEach
    void tearDown() {
        runnerB.shutdown();
    }

    /** A RUNNING run of node A, as if A's solver were busy with it. */
    long runningOnA(Instant leaseUntil) {
        return new TransactionTemplate(tm).execute(s -> runs.save(ScheduleRun.leased(id, organiser, clock.instant(),
                60, 1, "node-a", leaseUntil)).getId());
    }

    ScheduleRun reload(long runId) {
        return new TransactionTemplate(tm).execute(s -> runs.findById(runId).orElseThrow());
    }

    int heartbeat(long runId, String node, Instant until, double fraction, int scheduled) {
        return new TransactionTemplate(tm).execute(s -> runs.heartbeat(runId, node, until, clock.instant(), fraction,
                scheduled, ScheduleRun.Status.RUNNING));
    }

    @Test
    void aLiveLeaseIsNeverFailedByAnotherNodeAndItsProgressIsReadFromTheDatabase() {
        Instant now = clock.instant();
        long onA = runningOnA(now.plus(Duration.ofMinutes(5)));

        // node B may not start a second run, and leaves A's run alone
        assertThatThrownBy(() -> f.as(organiser, () -> nodeB.start(id, 1)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-run-running");
        assertThat(reload(onA).getStatus()).isEqualTo(ScheduleRun.Status.RUNNING);
        assertThat(reload(onA).getOwnerNode()).isEqualTo("node-a");

        // A's heartbeat writes progress; B reads it from the database (no shared memory)
        assertThat(heartbeat(onA, "node-a", now.plus(Duration.ofMinutes(5)), 0.4, 1)).isEqualTo(1);
        // (node B is built by hand, without Spring's transaction proxy: the test opens the transaction)
        ScheduleService.RunView seenByB = new TransactionTemplate(tm).execute(s -> f.as(organiser,
                () -> nodeB.run(id, onA)));
        assertThat(seenByB.finished()).isFalse();
        assertThat(seenByB.fractionDone()).isEqualTo(0.4);
        assertThat(seenByB.scheduledSoFar()).isEqualTo(1);
        // only the owner renews the lease
        assertThat(heartbeat(onA, "node-b", now.plus(Duration.ofHours(1)), 0.9, 1)).isZero();
        assertThat(reload(onA).getLeaseUntil().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .isEqualTo(now.plus(Duration.ofMinutes(5)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void anExpiredLeaseIsFailedAndTheEventCanBeScheduledAgainOnAnotherNode() {
        Instant now = clock.instant();
        long onA = runningOnA(now.minus(Duration.ofSeconds(1)));

        long onB = f.as(organiser, () -> nodeB.start(id, 1));
        ScheduleRun failed = reload(onA);
        assertThat(failed.getStatus()).isEqualTo(ScheduleRun.Status.FAILED);
        assertThat(failed.getProblems()).isEqualTo("event.problem.lease-expired");
        nodeB.await(onB, Duration.ofSeconds(60));
        ScheduleRun proposed = reload(onB);
        assertThat(proposed.getStatus()).isEqualTo(ScheduleRun.Status.PROPOSED);
        assertThat(proposed.getOwnerNode()).isEqualTo("node-b");
        assertThat(proposed.getScheduled()).isEqualTo(1);

        // node A comes back and tries to finish its old run: too late, the failure stands
        int changed = new TransactionTemplate(tm).execute(s -> runs.finish(onA, "node-a",
                ScheduleRun.Status.PROPOSED, 1, null, clock.instant(), ScheduleRun.Status.RUNNING));
        assertThat(changed).isZero();
        assertThat(reload(onA).getStatus()).isEqualTo(ScheduleRun.Status.FAILED);
    }

    @Test
    void twoNodesStartingAtOnceGetOneRun() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        AtomicInteger refused = new AtomicInteger();
        List<Long> started = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> other = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (ScheduleService node : List.of(nodeA, nodeB)) {
            Thread t = new Thread(() -> {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                    started.add(f.as(organiser, () -> node.start(id, 1)));
                } catch (DomainException e) {
                    if ("event-run-running".equals(e.code())) {
                        refused.incrementAndGet();
                    } else {
                        other.add(e);
                    }
                } catch (Throwable e) {
                    other.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(other).isEmpty();
        assertThat(started.size() + refused.get()).isEqualTo(2);
        for (long run : started) {
            nodeA.await(run, Duration.ofSeconds(60));
            nodeB.await(run, Duration.ofSeconds(60));
        }
        List<ScheduleRun> all = new TransactionTemplate(tm).execute(s -> runs.findByEventIdOrderByIdDesc(id,
                org.springframework.data.domain.PageRequest.of(0, 10)));
        assertThat(all).hasSize(started.size());
        if (started.size() == 2) {
            // the second start waited for the lock, and by then the first (tiny) run had already finished on a
            // loaded machine: allowed, as long as the two never ran at the same time
            ScheduleRun later = all.get(0);
            ScheduleRun earlier = all.get(1);
            assertThat(earlier.getFinishedAt()).as("the first run ended before the second started").isNotNull()
                    .isBeforeOrEqualTo(later.getStartedAt());
        } else {
            assertThat(refused.get()).isEqualTo(1);
        }
    }

    @Test
    void finishedRunsPastTheRetentionAreDeletedAndRunningOnesKept() {
        Instant now = clock.instant();
        long old = runningOnA(now.plus(Duration.ofMinutes(5)));
        long recent = runningOnA(now.plus(Duration.ofMinutes(5)));
        long running = runningOnA(now.plus(Duration.ofDays(200)));
        new TransactionTemplate(tm).executeWithoutResult(s -> {
            runs.finish(old, "node-a", ScheduleRun.Status.PROPOSED, 1, null, now.minus(Duration.ofDays(91)),
                    ScheduleRun.Status.RUNNING);
            runs.finish(recent, "node-a", ScheduleRun.Status.PROPOSED, 1, null, now.minus(Duration.ofDays(89)),
                    ScheduleRun.Status.RUNNING);
        });
        nodeA.housekeeping(now);
        assertThat(runs.findById(old)).isEmpty();
        assertThat(runs.findById(recent)).isPresent();
        assertThat(reload(running).getStatus()).isEqualTo(ScheduleRun.Status.RUNNING);
    }

    @Test
    void theApiAnswers202WithTheRunsLocationAndTheClientPolls() throws Exception {
        String location = mvc.perform(post("/api/v1/events/{id}/schedule-runs", id).param("seconds", "1")
                        .with(f.users.as(organiser)).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.meetings").value(1))
                .andReturn().getResponse().getHeader("Location");
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).isEqualTo("/api/v1/events/" + id + "/schedule-runs/" + runId);
        nodeA.await(runId, Duration.ofSeconds(60));
        mvc.perform(get(location).with(f.users.as(organiser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.scheduled").value(1))
                .andExpect(jsonPath("$.fractionDone").value(1.0))
                .andExpect(header().doesNotExist("Retry-After"));
    }
}
