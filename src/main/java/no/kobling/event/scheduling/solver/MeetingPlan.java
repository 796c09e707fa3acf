package no.kobling.event.scheduling.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Timefold's planning solution. Score levels: hard (double-booking, tables, caps), then soft in order: unscheduled
 * meetings weighted by priority; participants without any meeting and meetings moved from the previous schedule;
 * idle slots between a participant's first and last meeting (see {@link MeetingConstraints}).
 */
@PlanningSolution
public class MeetingPlan {

    static final int SOFT_LEVELS = 3;

    @PlanningEntityCollectionProperty
    private List<PlannedMeeting> meetings;
    @ProblemFactCollectionProperty
    private List<ParticipantFact> participants;
    @ProblemFactProperty
    private TableCapacity capacity;
    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;


    public MeetingPlan() {
    }

    /**
     * The model of a problem starting from the given slots (-1 = unscheduled): only meetings that can be scheduled at
     * all are entities.
     */
    static MeetingPlan of(SchedulingProblem problem, int[] start) {
        MeetingPlan plan = new MeetingPlan();
        plan.capacity = new TableCapacity(problem.tables);
        ParticipantFact[] facts = new ParticipantFact[problem.participantCount];
        plan.participants = new ArrayList<>();
        for (int p = 0; p < facts.length; p++) {
            facts[p] = new ParticipantFact(p, problem.cap[p]);
            if (problem.requested[p]) {
                plan.participants.add(facts[p]);
            }
        }
        plan.meetings = new ArrayList<>();
        for (int m = 0; m < problem.meetingCount; m++) {
            if (!problem.schedulable(m)) {
                continue;
            }
            List<Integer> allowed = problem.pinned(m) ? List.of(problem.pinSlot[m])
                    : IntStream.of(problem.allowed[m]).boxed().toList();
            plan.meetings.add(new PlannedMeeting(m, problem.a[m], problem.b[m], problem.priority[m],
                    problem.previousSlot[m], problem.pinned(m), List.of(facts[problem.a[m]], facts[problem.b[m]]),
                    allowed, problem.pinned(m) ? Integer.valueOf(problem.pinSlot[m])
                            : start[m] < 0 ? null : Integer.valueOf(start[m])));
        }
        return plan;
    }

    public List<PlannedMeeting> getMeetings() {
        return meetings;
    }

    public List<ParticipantFact> getParticipants() {
        return participants;
    }

    public TableCapacity getCapacity() {
        return capacity;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    /** Slot per meeting number (-1 = unscheduled), for all meetings of the problem. */
    int[] slots(int meetingCount) {
        int[] slots = new int[meetingCount];
        java.util.Arrays.fill(slots, -1);
        for (PlannedMeeting m : meetings) {
            slots[m.getIndex()] = m.getSlot() == null ? -1 : m.getSlot();
        }
        return slots;
    }

    int scheduled() {
        return (int) meetings.stream().filter(m -> m.getSlot() != null).count();
    }
}
