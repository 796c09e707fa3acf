package no.kobling.event.scheduling;

import java.time.Duration;
import no.kobling.event.scheduling.solver.MeetingSolver;
import no.kobling.event.scheduling.solver.SchedulingProblem;

/**
 * The meeting scheduler: validates the instance ({@link InstanceValidator}), then Timefold Solver with a constructive
 * phase and local search (see {@code docs/decisions/meeting-scheduler.md}). Stateless apart from the thread-safe
 * solver factory, so the event job and the command line can call it concurrently.
 */
public final class TimefoldMeetingScheduler implements MeetingScheduler {

    /** Used when the options give no time limit. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private final MeetingSolver solver = new MeetingSolver();

    @Override
    public Schedule solve(ScheduleInstance instance, SolveOptions options, Progress progress) {
        long started = System.nanoTime();
        InstanceValidator.validate(instance);
        SolveOptions given = options == null ? SolveOptions.within(DEFAULT_TIME_LIMIT) : options;
        Duration limit = given.timeLimit() == null || given.timeLimit().isNegative() || given.timeLimit().isZero()
                ? DEFAULT_TIME_LIMIT : given.timeLimit();
        return solver.solve(SchedulingProblem.of(instance, given.previous()), limit, started,
                progress == null ? Progress.NONE : progress, given.evaluations());
    }
}
