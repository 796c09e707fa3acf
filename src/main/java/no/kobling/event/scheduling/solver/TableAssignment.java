package no.kobling.event.scheduling.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import no.kobling.event.scheduling.Schedule;

/**
 * Turns slots per meeting into the schedule: re-checks every rule (a meeting that would break one is left
 * unscheduled, lowest priority first, so the output is valid whatever the search left), then gives tables: pinned
 * meetings their pinned table, re-solved meetings still in their old slot their old table when it is free, the rest
 * the lowest free table.
 */
final class TableAssignment {

    private TableAssignment() {
    }

    static Schedule toSchedule(SchedulingProblem problem, int[] slotOf, double seconds) {
        int n = problem.meetingCount;
        int[][] occupant = new int[problem.participantCount][problem.slots];
        for (int[] row : occupant) {
            Arrays.fill(row, -1);
        }
        int[] count = new int[problem.participantCount];
        int[] load = new int[problem.slots];
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        List<Integer> order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparing((Integer m) -> !problem.pinned(m))
                        .thenComparing(m -> -problem.priority[m]))
                .toList();
        for (int m : order) {
            int s = problem.pinned(m) ? problem.pinSlot[m] : slotOf[m];
            int pa = problem.a[m];
            int pb = problem.b[m];
            if (s < 0 || !problem.isAllowed(m, s) || occupant[pa][s] >= 0 || occupant[pb][s] >= 0
                    || load[s] >= problem.tables || count[pa] >= problem.cap[pa] || count[pb] >= problem.cap[pb]) {
                continue;
            }
            slot[m] = s;
            occupant[pa][s] = m;
            occupant[pb][s] = m;
            count[pa]++;
            count[pb]++;
            load[s]++;
        }
        int[] table = new int[n];
        Arrays.fill(table, -1);
        boolean[][] used = new boolean[problem.slots][problem.tables];
        for (int m = 0; m < n; m++) {
            if (slot[m] >= 0 && problem.pinned(m)) {
                table[m] = problem.pinTable[m];
                used[slot[m]][table[m]] = true;
            }
        }
        for (int m = 0; m < n; m++) {
            int t = problem.previousTable[m];
            if (slot[m] >= 0 && table[m] < 0 && slot[m] == problem.previousSlot[m] && t >= 0 && t < problem.tables
                    && !used[slot[m]][t]) {
                table[m] = t;
                used[slot[m]][t] = true;
            }
        }
        int[] next = new int[problem.slots];
        List<Schedule.Assignment> assignments = new ArrayList<>();
        List<String> unscheduled = new ArrayList<>();
        long weighted = 0;
        for (int m = 0; m < n; m++) {
            int s = slot[m];
            if (s < 0) {
                unscheduled.add(problem.meetingIds[m]);
                continue;
            }
            if (table[m] < 0) {
                while (used[s][next[s]]) {
                    next[s]++;
                }
                table[m] = next[s];
                used[s][next[s]] = true;
            }
            assignments.add(new Schedule.Assignment(problem.meetingIds[m], s, table[m]));
            weighted += problem.priority[m];
        }
        return new Schedule(assignments, unscheduled, new Schedule.Stats(assignments.size(), weighted, seconds));
    }
}
