package no.kobling.event.scheduling.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.event.scheduling.Schedule;
import no.kobling.event.scheduling.ScheduleInstance;

/**
 * A validated instance as arrays indexed by participant and meeting number, shared read-only by the constructive
 * phase, the Timefold model and the final table assignment.
 */
public final class SchedulingProblem {

    final int slots;
    final int tables;
    final int participantCount;
    final int meetingCount;
    final String[] meetingIds;
    final int[] a;
    final int[] b;
    final int[] priority;
    final int[] pinSlot;
    final int[] pinTable;
    final int[] previousSlot;
    final int[] previousTable;
    /** Effective cap: min(maxMeetings, number of available slots). */
    final int[] cap;
    final boolean[][] available;
    /** Slots in which both participants of a meeting are available. */
    final int[][] allowed;
    /** Participants that have at least one meeting request. */
    final boolean[] requested;

    private SchedulingProblem(ScheduleInstance instance, Map<String, Schedule.Assignment> previous) {
        slots = instance.slots();
        tables = instance.tables();
        participantCount = instance.participants().size();
        meetingCount = instance.meetings().size();
        Map<String, Integer> index = new HashMap<>();
        cap = new int[participantCount];
        available = new boolean[participantCount][slots];
        for (int p = 0; p < participantCount; p++) {
            ScheduleInstance.Participant participant = instance.participants().get(p);
            index.put(participant.id(), p);
            int count = 0;
            for (int s = 0; s < slots; s++) {
                available[p][s] = participant.available() == null || participant.available().contains(s);
                count += available[p][s] ? 1 : 0;
            }
            cap[p] = participant.maxMeetings() == null ? count : Math.min(count, participant.maxMeetings());
        }
        meetingIds = new String[meetingCount];
        a = new int[meetingCount];
        b = new int[meetingCount];
        priority = new int[meetingCount];
        pinSlot = new int[meetingCount];
        pinTable = new int[meetingCount];
        previousSlot = new int[meetingCount];
        previousTable = new int[meetingCount];
        allowed = new int[meetingCount][];
        requested = new boolean[participantCount];
        for (int m = 0; m < meetingCount; m++) {
            ScheduleInstance.Meeting meeting = instance.meetings().get(m);
            meetingIds[m] = meeting.id();
            a[m] = index.get(meeting.a());
            b[m] = index.get(meeting.b());
            requested[a[m]] = true;
            requested[b[m]] = true;
            priority[m] = meeting.priority();
            pinSlot[m] = meeting.pinned() == null ? -1 : meeting.pinned().slot();
            pinTable[m] = meeting.pinned() == null ? -1 : meeting.pinned().table();
            Schedule.Assignment before = previous.get(meeting.id());
            previousSlot[m] = before == null ? -1 : before.slot();
            previousTable[m] = before == null ? -1 : before.table();
            List<Integer> both = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                if (available[a[m]][s] && available[b[m]][s]) {
                    both.add(s);
                }
            }
            allowed[m] = both.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Builds the arrays of a valid instance; {@code previous} maps meeting ids to their earlier assignment. */
    public static SchedulingProblem of(ScheduleInstance instance, Map<String, Schedule.Assignment> previous) {
        return new SchedulingProblem(instance, previous);
    }

    public int meetingCount() {
        return meetingCount;
    }

    boolean pinned(int m) {
        return pinSlot[m] >= 0;
    }

    /** Whether the meeting can be scheduled at all (a common slot, room under both caps). */
    boolean schedulable(int m) {
        return pinned(m) || (allowed[m].length > 0 && cap[a[m]] > 0 && cap[b[m]] > 0);
    }

    boolean isAllowed(int m, int s) {
        return s >= 0 && s < slots && available[a[m]][s] && available[b[m]][s];
    }
}
