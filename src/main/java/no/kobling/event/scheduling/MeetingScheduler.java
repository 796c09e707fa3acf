package no.kobling.event.scheduling;

import java.time.Duration;
import java.util.Map;

/**
 * Places accepted meetings into (slot, table). Implemented with Timefold Solver; usable without Spring (the
 * command-line scheduler) and from the event module's background job.
 */
public interface MeetingScheduler {

    /**
     * Solves an instance. Throws {@link InvalidInstanceException} naming the problem if the instance is invalid
     * (unknown participant ids, conflicting pins, more pins than tables, ...).
     *
     * @param options time limit and, for re-solving after late requests, the previous assignment of meetings (by
     *        meeting id) that should move as little as possible
     * @param progress called now and then with the best schedule's scheduled count and the fraction of time used
     */
    Schedule solve(ScheduleInstance instance, SolveOptions options, Progress progress);

    record SolveOptions(Duration timeLimit, Map<String, Schedule.Assignment> previous) {

        public SolveOptions {
            previous = previous == null ? Map.of() : Map.copyOf(previous);
        }

        public static SolveOptions within(Duration timeLimit) {
            return new SolveOptions(timeLimit, Map.of());
        }
    }

    @FunctionalInterface
    interface Progress {

        Progress NONE = (scheduled, fractionDone) -> { };

        void update(int scheduled, double fractionDone);
    }
}
