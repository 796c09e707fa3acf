package no.kobling.event.scheduling.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.event.scheduling.Schedule;

/**
 * Our constructive phase ({@link Construction}, at most {@value #CONSTRUCTION_SHARE} of the time limit), then
 * Timefold Solver set up by hand (no Spring starter) with local search (late acceptance over change and swap moves)
 * from that solution until the time limit, a perfect score, or a while without improvement. The constructive phase
 * runs before Timefold rather than as a custom phase inside it, so even when building and starting the solver eats
 * the whole limit (a first run on a loaded machine) the result is never worse than the construction.
 * The {@link SolverFactory} is thread-safe; each solve builds its own solver, so one instance serves concurrent
 * callers.
 */
public final class MeetingSolver {

    /** Share of the time limit the constructive phase may use at most. */
    static final double CONSTRUCTION_SHARE = 0.4;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingSolver.class);
    /** Local search is skipped when less than this is left after the constructive phase. */
    private static final long MIN_SEARCH_NANOS = 100_000_000L;
    /** Time kept for ending the search, checking and seating: 3 % of the limit, between 0.2 and 1 s. */
    private static long margin(long limitNanos) {
        return Math.max(200_000_000L, Math.min(1_000_000_000L, limitNanos * 3 / 100));
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "meeting-scheduler-deadline");
        thread.setDaemon(true);
        return thread;
    });
    /** Timefold's default environment is reproducible: with a fixed seed, a step-limited search is too. */
    private static final long RANDOM_SEED = 20261207L;
    private static final String PERFECT = "[0]hard/[0/0/0]soft";

    private final SolverFactory<MeetingPlan> factory = SolverFactory.create(new SolverConfig()
            .withSolutionClass(MeetingPlan.class)
            .withEntityClasses(PlannedMeeting.class)
            .withConstraintProviderClass(MeetingConstraints.class)
            .withRandomSeed(RANDOM_SEED)
            .withPhases(new LocalSearchPhaseConfig()));

    private static double fraction(long startedNanos, long limitNanos) {
        return Math.min(1.0, (System.nanoTime() - startedNanos) / (double) limitNanos);
    }

    /**
     * Solves a validated problem within {@code limit} counted from {@code startedNanos} ({@link System#nanoTime()}).
     */
    public Schedule solve(SchedulingProblem problem, Duration limit, long startedNanos,
            MeetingScheduler.Progress progress) {
        return solve(problem, limit, startedNanos, progress, null);
    }

    /**
     * As {@link #solve(SchedulingProblem, Duration, long, MeetingScheduler.Progress)}; with {@code evaluations} set,
     * no clock ends either phase: the construction runs to its end and local search ends after that many score
     * calculations or a perfect score (deterministic, see {@link #RANDOM_SEED}).
     */
    public Schedule solve(SchedulingProblem problem, Duration limit, long startedNanos,
            MeetingScheduler.Progress progress, Long evaluations) {
        if (evaluations != null) {
            return solveCounted(problem, startedNanos, progress, evaluations);
        }
        long limitNanos = Math.max(1_000_000L, limit.toNanos());
        long constructionEnd = startedNanos + (long) (limitNanos * CONSTRUCTION_SHARE);
        progress.update(0, 0.0);
        Construction construction = new Construction(problem);
        int[] slots = construction.run(constructionEnd, () -> false);
        LOG.debug("constructive phase scheduled {} of {} meetings", construction.scheduled(), slots.length);
        progress.update(construction.scheduled(), fraction(startedNanos, limitNanos));
        MeetingPlan plan = MeetingPlan.of(problem, slots);
        long left = startedNanos + limitNanos - margin(limitNanos) - System.nanoTime();
        if (!plan.getMeetings().isEmpty() && left > MIN_SEARCH_NANOS) {
            long remaining = Math.max(1_000_000L, limitNanos - (System.nanoTime() - startedNanos));
            long unimproved = Math.max(2_000_000_000L, limitNanos / 3);
            Solver<MeetingPlan> solver = factory.buildSolver(new SolverConfigOverride<MeetingPlan>()
                    .withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(Duration.ofMillis(Math.max(1, remaining / 1_000_000)))
                            .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(1, Math.min(remaining, unimproved) / 1_000_000)))
                            .withBestScoreLimit(PERFECT)));
            IntConsumer report = scheduled -> progress.update(scheduled, fraction(startedNanos, limitNanos));
            solver.addEventListener(event -> report.accept(event.getNewBestSolution().scheduled()));
            // Timefold's clock starts inside solve(), after building the solver (seconds on a loaded machine):
            // a watchdog ends the search at the caller's deadline whatever happened before
            long untilDeadline = startedNanos + limitNanos - margin(limitNanos) - System.nanoTime();
            // (repeated, because a request that arrives before solving has really started is reset by it)
            ScheduledFuture<?> watchdog = WATCHDOG.scheduleAtFixedRate(solver::terminateEarly,
                    Math.max(0, untilDeadline), 50_000_000L, TimeUnit.NANOSECONDS);
            MeetingPlan best;
            try {
                best = solver.solve(plan);
            } finally {
                watchdog.cancel(false);
            }
            slots = best.slots(problem.meetingCount);
        }
        Schedule schedule = TableAssignment.toSchedule(problem, slots, (System.nanoTime() - startedNanos) / 1e9);
        progress.update(schedule.stats().scheduled(), 1.0);
        return schedule;
    }

    private Schedule solveCounted(SchedulingProblem problem, long startedNanos, MeetingScheduler.Progress progress,
            long evaluations) {
        progress.update(0, 0.0);
        Construction construction = new Construction(problem);
        int[] slots = construction.run(Long.MAX_VALUE, () -> false);
        progress.update(construction.scheduled(), 0.0);
        MeetingPlan plan = MeetingPlan.of(problem, slots);
        if (!plan.getMeetings().isEmpty()) {
            Solver<MeetingPlan> solver = factory.buildSolver(new SolverConfigOverride<MeetingPlan>()
                    .withTerminationConfig(new TerminationConfig()
                            .withScoreCalculationCountLimit(evaluations)
                            .withBestScoreLimit(PERFECT)));
            solver.addEventListener(event -> progress.update(event.getNewBestSolution().scheduled(), 0.5));
            slots = solver.solve(plan).slots(problem.meetingCount);
        }
        Schedule schedule = TableAssignment.toSchedule(problem, slots, (System.nanoTime() - startedNanos) / 1e9);
        progress.update(schedule.stats().scheduled(), 1.0);
        return schedule;
    }
}
