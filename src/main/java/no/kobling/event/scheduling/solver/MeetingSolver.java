package no.kobling.event.scheduling.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.event.scheduling.Schedule;

/**
 * Timefold Solver set up by hand (no Spring starter): our constructive phase, then Timefold's local search (late
 * acceptance over change and swap moves) until the time limit, a perfect score, or a while without improvement.
 * The {@link SolverFactory} is thread-safe; each solve builds its own solver, so one instance serves concurrent
 * callers.
 */
public final class MeetingSolver {

    /** Share of the time limit the constructive phase may use at most. */
    static final double CONSTRUCTION_SHARE = 0.4;
    private static final String PERFECT = "[0]hard/[0/0/0]soft";

    private final SolverFactory<MeetingPlan> factory = SolverFactory.create(new SolverConfig()
            .withSolutionClass(MeetingPlan.class)
            .withEntityClasses(PlannedMeeting.class)
            .withConstraintProviderClass(MeetingConstraints.class)
            .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(ConstructionPhase.class)),
                    new LocalSearchPhaseConfig()));

    /**
     * Solves a validated problem within {@code limit} counted from {@code startedNanos} ({@link System#nanoTime()}).
     */
    public Schedule solve(SchedulingProblem problem, Duration limit, long startedNanos,
            MeetingScheduler.Progress progress) {
        long limitNanos = Math.max(1_000_000L, limit.toNanos());
        long constructionEnd = startedNanos + (long) (limitNanos * CONSTRUCTION_SHARE);
        MeetingPlan plan = MeetingPlan.of(problem, constructionEnd);
        progress.update(0, 0.0);
        int[] slots;
        if (plan.getMeetings().isEmpty()) {
            slots = plan.slots();
        } else {
            long remaining = Math.max(1_000_000L, limitNanos - (System.nanoTime() - startedNanos));
            long unimproved = Math.max(2_000_000_000L, limitNanos / 3);
            Solver<MeetingPlan> solver = factory.buildSolver(new SolverConfigOverride<MeetingPlan>()
                    .withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(Duration.ofMillis(Math.max(1, remaining / 1_000_000)))
                            .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(1, Math.min(remaining, unimproved) / 1_000_000)))
                            .withBestScoreLimit(PERFECT)));
            IntConsumer report = scheduled -> progress.update(scheduled,
                    Math.min(1.0, (System.nanoTime() - startedNanos) / (double) limitNanos));
            solver.addEventListener(event -> report.accept(event.getNewBestSolution().scheduled()));
            MeetingPlan best = solver.solve(plan);
            slots = best.slots();
        }
        Schedule schedule = TableAssignment.toSchedule(problem, slots, (System.nanoTime() - startedNanos) / 1e9);
        progress.update(schedule.stats().scheduled(), 1.0);
        return schedule;
    }
}
