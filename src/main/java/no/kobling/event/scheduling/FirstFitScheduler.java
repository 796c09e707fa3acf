package no.kobling.event.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisers' "quick schedule": pinned meetings stay; the others, highest priority first, go into the first
 * slot where both participants are available and free and under their caps, at the lowest free table. The
 * baseline of the benchmark and a fallback; it does not check the instance (the solver does).
 */
public final class FirstFitScheduler implements MeetingScheduler {

    @Override
    public Schedule solve(ScheduleInstance instance, SolveOptions options, Progress progress) {
        long started = System.nanoTime();
        Map<String, ScheduleInstance.Participant> participants = new HashMap<>();
        instance.participants().forEach(p -> participants.put(p.id(), p));
        Map<String, boolean[]> busy = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        boolean[][] tableUsed = new boolean[instance.slots()][instance.tables()];
        List<Schedule.Assignment> assignments = new ArrayList<>();
        List<String> unscheduled = new ArrayList<>();
        long weighted = 0;
        List<ScheduleInstance.Meeting> order = new ArrayList<>(instance.meetings());
        order.sort(Comparator.comparing((ScheduleInstance.Meeting m) -> m.pinned() == null)
                .thenComparing(Comparator.comparingInt(ScheduleInstance.Meeting::priority).reversed()));
        for (ScheduleInstance.Meeting m : order) {
            boolean[] busyA = busy.computeIfAbsent(m.a(), k -> new boolean[instance.slots()]);
            boolean[] busyB = busy.computeIfAbsent(m.b(), k -> new boolean[instance.slots()]);
            int slot = -1;
            int table = -1;
            if (m.pinned() != null) {
                slot = m.pinned().slot();
                table = m.pinned().table();
            } else if (underCap(participants.get(m.a()), count) && underCap(participants.get(m.b()), count)) {
                for (int s = 0; s < instance.slots() && slot < 0; s++) {
                    if (busyA[s] || busyB[s] || !available(participants.get(m.a()), s)
                            || !available(participants.get(m.b()), s)) {
                        continue;
                    }
                    for (int t = 0; t < instance.tables(); t++) {
                        if (!tableUsed[s][t]) {
                            slot = s;
                            table = t;
                            break;
                        }
                    }
                }
            }
            if (slot < 0) {
                unscheduled.add(m.id());
                continue;
            }
            busyA[slot] = true;
            busyB[slot] = true;
            tableUsed[slot][table] = true;
            count.merge(m.a(), 1, Integer::sum);
            count.merge(m.b(), 1, Integer::sum);
            assignments.add(new Schedule.Assignment(m.id(), slot, table));
            weighted += m.priority();
        }
        progress.update(assignments.size(), 1.0);
        return new Schedule(assignments, unscheduled,
                new Schedule.Stats(assignments.size(), weighted, (System.nanoTime() - started) / 1e9));
    }

    private static boolean underCap(ScheduleInstance.Participant p, Map<String, Integer> count) {
        return p == null || p.maxMeetings() == null || count.getOrDefault(p.id(), 0) < p.maxMeetings();
    }

    private static boolean available(ScheduleInstance.Participant p, int slot) {
        return p == null || p.available() == null || p.available().contains(slot);
    }
}
