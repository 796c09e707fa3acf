package no.kobling.event.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.kobling.bench.MeetingInstanceGenerator;
import no.kobling.bench.ScheduleBound;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Quality and behaviour of the Timefold scheduler against first-fit, the upper bound, re-solves and pins. The search
 * is limited by a count of score calculations with a fixed seed, never by the clock, so a slow or loaded machine gets the same schedules as
 * a fast one (a time limit made these assertions depend on how much search the machine managed in two seconds).
 */
class TimefoldMeetingSchedulerTest {

    private static final MeetingScheduler.SolveOptions BOUNDED = MeetingScheduler.SolveOptions.evaluations(
            100_000);

    private final TimefoldMeetingScheduler scheduler = new TimefoldMeetingScheduler();

    @BeforeAll
    static void quiet() {
        SchedulerTestSupport.quietSolverLogs();
    }

    private static JsonNode json(Schedule schedule) {
        return InstanceJson.toJson(schedule);
    }

    @Test
    void neverWorseThanFirstFitAndClearlyBetterOnTightInstances() {
        int better = 0;
        for (long seed = 1; seed <= 4; seed++) {
            JsonNode generated = MeetingInstanceGenerator.generate(
                    SchedulerTestSupport.spec("tight", 80, 8, 0.8, 0.8, 1.0, 0.3, 0.2, seed));
            ScheduleInstance instance = InstanceJson.read(generated.toString());
            Schedule firstFit = new FirstFitScheduler().solve(instance, BOUNDED, MeetingScheduler.Progress.NONE);
            Schedule timefold = scheduler.solve(instance, BOUNDED, MeetingScheduler.Progress.NONE);
            IndependentScheduleValidator.Report ff = IndependentScheduleValidator.check(generated, json(firstFit));
            IndependentScheduleValidator.Report tf = IndependentScheduleValidator.check(generated, json(timefold));
            assertThat(tf.violations()).isEmpty();
            assertThat(tf.weighted()).isGreaterThanOrEqualTo(ff.weighted());
            assertThat(tf.scheduled()).isLessThanOrEqualTo(ScheduleBound.of(generated).value());
            if (tf.scheduled() >= ff.scheduled() * 1.05) {
                better++;
            }
        }
        assertThat(better).as("tight instances where Timefold schedules 5 % more than first-fit").isGreaterThan(2);
    }

    @Test
    void reachesTheUpperBoundOnSmallInstances() {
        // buyer/seller with everyone available: the bound (a max-flow) is attainable (König), so must be reached
        for (long seed = 1; seed <= 4; seed++) {
            JsonNode generated = MeetingInstanceGenerator.generate(
                    SchedulerTestSupport.spec("small", 60, 8, 0.7, 1.0, 1.3, 0.0, 0.3, seed));
            ScheduleInstance instance = InstanceJson.read(generated.toString());
            Schedule schedule = scheduler.solve(instance, BOUNDED, MeetingScheduler.Progress.NONE);
            ScheduleBound.Bound bound = ScheduleBound.of(generated);
            assertThat(bound.exactBmatch()).isTrue();
            assertThat(bound.value()).isLessThan(instance.meetings().size());
            assertThat(schedule.stats().scheduled()).as("seed " + seed).isEqualTo(bound.value());
            assertThat(IndependentScheduleValidator.check(generated, json(schedule)).violations()).isEmpty();
        }
    }

    @Test
    void reSolvingWithLateRequestsMovesFewMeetings() {
        JsonNode generated = MeetingInstanceGenerator.generate(
                SchedulerTestSupport.spec("late", 60, 10, 0.4, 1.0, 1.5, 0.2, 0.0, 11));
        ScheduleInstance full = InstanceJson.read(generated.toString());
        int late = 6;
        ScheduleInstance early = new ScheduleInstance(full.name(), full.slots(), full.tables(), full.participants(),
                full.meetings().subList(0, full.meetings().size() - late));
        Schedule first = scheduler.solve(early, BOUNDED, MeetingScheduler.Progress.NONE);
        Map<String, Schedule.Assignment> previous = new HashMap<>();
        first.assignments().forEach(a -> previous.put(a.meeting(), a));
        Schedule second = scheduler.solve(full, BOUNDED.withPrevious(previous),
                MeetingScheduler.Progress.NONE);
        assertThat(IndependentScheduleValidator.check(generated, json(second)).violations()).isEmpty();
        assertThat(second.stats().scheduled()).isGreaterThan(first.stats().scheduled());
        long moved = second.assignments().stream().filter(a -> previous.containsKey(a.meeting()))
                .filter(a -> !a.equals(previous.get(a.meeting()))).count();
        long dropped = previous.keySet().stream().filter(second.unscheduled()::contains).count();
        // a previous meeting may only give way to a better schedule (more weight, or someone's only meeting)
        assertThat(second.stats().weighted()).isGreaterThan(first.stats().weighted());
        assertThat(moved + dropped).as("meetings moved or dropped to fit %d late requests", late)
                .isLessThanOrEqualTo(late);
    }

    @Test
    void pinnedMeetingsStayAndInvalidInstancesAreRefused() {
        List<ScheduleInstance.Participant> people = List.of(
                new ScheduleInstance.Participant("a", "c1", "buyer", null, null),
                new ScheduleInstance.Participant("b", "c2", "seller", null, null),
                new ScheduleInstance.Participant("c", "c3", "seller", null, 1));
        List<ScheduleInstance.Meeting> meetings = List.of(
                new ScheduleInstance.Meeting("m1", "a", "b", 1, new ScheduleInstance.Pin(1, 0)),
                new ScheduleInstance.Meeting("m2", "a", "c", 2, null),
                new ScheduleInstance.Meeting("m3", "b", "c", 1, null));
        Schedule schedule = scheduler.solve(new ScheduleInstance("pins", 2, 1, people, meetings), BOUNDED,
                MeetingScheduler.Progress.NONE);
        assertThat(schedule.assignments()).contains(new Schedule.Assignment("m1", 1, 0),
                new Schedule.Assignment("m2", 0, 0));
        assertThat(schedule.unscheduled()).containsExactly("m3");
        assertThat(schedule.stats().weighted()).isEqualTo(3);

        List<ScheduleInstance.Meeting> unknown = List.of(new ScheduleInstance.Meeting("m1", "a", "zz", 1, null));
        assertThatThrownBy(() -> scheduler.solve(new ScheduleInstance("bad", 2, 1, people, unknown), BOUNDED,
                MeetingScheduler.Progress.NONE))
                .isInstanceOf(InvalidInstanceException.class)
                .hasMessageContaining("unknown participant id \"zz\"");
    }

    @Test
    void concurrentCallsShareOneSchedulerAndReportProgress() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Schedule>> futures = new ArrayList<>();
            List<JsonNode> instances = new ArrayList<>();
            List<Double> fractions = new CopyOnWriteArrayList<>();
            for (long seed = 1; seed <= 2; seed++) {
                JsonNode generated = MeetingInstanceGenerator.generate(
                        SchedulerTestSupport.spec("parallel", 50, 8, 0.5, 0.5, 1.0, 0.2, 0.1, seed));
                instances.add(generated);
                ScheduleInstance instance = InstanceJson.read(generated.toString());
                futures.add(pool.submit(() -> scheduler.solve(instance,
                        BOUNDED,
                        (scheduled, fraction) -> fractions.add(fraction))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(IndependentScheduleValidator.check(instances.get(i), json(futures.get(i).get()))
                        .violations()).isEmpty();
            }
            assertThat(fractions).contains(0.0, 1.0).allMatch(f -> f >= 0 && f <= 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndImpossibleMeetingsAreUnscheduled() {
        List<ScheduleInstance.Participant> people = List.of(
                new ScheduleInstance.Participant("a", "c1", null, java.util.Set.of(0), null),
                new ScheduleInstance.Participant("b", "c2", null, java.util.Set.of(1), null));
        Schedule schedule = scheduler.solve(new ScheduleInstance("apart", 2, 1, people,
                List.of(new ScheduleInstance.Meeting("m1", "a", "b", 1, null))), BOUNDED,
                MeetingScheduler.Progress.NONE);
        assertThat(schedule.assignments()).isEmpty();
        assertThat(schedule.unscheduled()).containsExactly("m1");
        Schedule empty = scheduler.solve(new ScheduleInstance("none", 2, 1, people, List.of()), BOUNDED,
                MeetingScheduler.Progress.NONE);
        assertThat(empty.assignments()).isEmpty();
        assertThat(empty.unscheduled()).isEmpty();
    }
}
