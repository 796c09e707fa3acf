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

    /**
     * How long to search. With {@code evaluations} set, the search ends after that many score calculations (or a
     * perfect score) with a fixed random seed, whatever the clock says: the same instance gives the same schedule on
     * a fast and a loaded machine (tests, reproducible runs). Otherwise the time limit ends it.
     */
    record SolveOptions(Duration timeLimit, Map<String, Schedule.Assignment> previous, Long evaluations) {

        public SolveOptions {
            previous = previous == null ? Map.of() : Map.copyOf(previous);
            if (evaluations != null && evaluations < 1) {
                throw new IllegalArgumentException("evaluations must be positive");
            }
        }

        public SolveOptions(Duration timeLimit, Map<String, Schedule.Assignment> previous) {
            this(timeLimit, previous, null);
        }

        public static SolveOptions within(Duration timeLimit) {
            return new SolveOptions(timeLimit, Map.of());
        }

        /** A search of a fixed amount of work (score calculations), independent of the machine's speed. */
        public static SolveOptions evaluations(long evaluations) {
            return new SolveOptions(null, Map.of(), evaluations);
        }

        public SolveOptions withPrevious(Map<String, Schedule.Assignment> previousAssignment) {
            return new SolveOptions(timeLimit, previousAssignment, evaluations);
        }
    }

    @FunctionalInterface
    interface Progress {

        Progress NONE = (scheduled, fractionDone) -> { };

        void update(int scheduled, double fractionDone);
    }
}
