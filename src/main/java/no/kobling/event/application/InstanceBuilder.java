package no.kobling.event.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.SlotGrid;
import no.kobling.event.scheduling.InvalidInstanceException;
import no.kobling.event.scheduling.Schedule;
import no.kobling.event.scheduling.ScheduleInstance;

/**
 * Turns an event's accepted meetings into a {@link ScheduleInstance}: participant ids "p{id}", meeting ids "m{id}",
 * slots numbered across sessions, tables by position; locked meetings become pins, other placed meetings the
 * previous assignment (so a re-solve moves as few as possible). Checks the pins first, naming each problem as
 * {@code messageKey|arg|arg} lines.
 */
final class InstanceBuilder {

    record Built(ScheduleInstance instance, Map<String, Schedule.Assignment> previous, List<String> problems) {
    }

    private InstanceBuilder() {
    }

    static Built build(String name, SlotGrid grid, List<EventTable> tables, List<Participant> participants,
            List<Meeting> meetings, Integer defaultCap) {
        Map<Long, Participant> active = new LinkedHashMap<>();
        participants.stream().filter(Participant::isActive).forEach(p -> active.put(p.getId(), p));
        Map<Long, Integer> tableIndex = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            tableIndex.put(tables.get(i).getId(), i);
        }
        List<ScheduleInstance.Meeting> ms = new ArrayList<>();
        Map<String, Schedule.Assignment> previous = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> pinsPerSlot = new HashMap<>();
        Map<String, Meeting> pinAt = new HashMap<>();
        Set<Long> used = new HashSet<>();
        for (Meeting m : meetings) {
            if (m.getStatus() != Meeting.Status.PLANNED || !active.containsKey(m.getAId())
                    || !active.containsKey(m.getBId())) {
                continue;
            }
            used.add(m.getAId());
            used.add(m.getBId());
            ScheduleInstance.Pin pin = null;
            if (m.isScheduled()) {
                int slot = grid.index(m.getSessionId(), m.getSlotNo());
                Integer table = tableIndex.get(m.getTableId());
                String label = label(m, active);
                if (slot < 0 || table == null) {
                    if (m.isLocked()) {
                        problems.add("event.problem.pin-outside|" + label);
                    }
                } else if (m.isLocked()) {
                    pin = new ScheduleInstance.Pin(slot, table);
                    pinsPerSlot.merge(slot, 1, Integer::sum);
                    Meeting other = pinAt.put("t" + slot + ":" + table, m);
                    if (other != null) {
                        problems.add("event.problem.pin-table-conflict|" + label + "|" + label(other, active));
                    }
                    for (long p : List.of(m.getAId(), m.getBId())) {
                        Meeting same = pinAt.put("p" + slot + ":" + p, m);
                        if (same != null) {
                            problems.add("event.problem.pin-participant-conflict|" + active.get(p).getCompanyName()
                                    + "|" + label + "|" + label(same, active));
                        }
                        if (!active.get(p).isAvailable(m.getSessionId(), m.getSlotNo())) {
                            problems.add("event.problem.pin-unavailable|" + label + "|"
                                    + active.get(p).getCompanyName());
                        }
                    }
                } else {
                    previous.put("m" + m.getId(), new Schedule.Assignment("m" + m.getId(), slot, table));
                }
            }
            ms.add(new ScheduleInstance.Meeting("m" + m.getId(), "p" + m.getAId(), "p" + m.getBId(),
                    Math.max(1, m.getPriority()), pin));
        }
        pinsPerSlot.forEach((slot, count) -> {
            if (count > tables.size()) {
                problems.add(0, "event.problem.pins-exceed-tables|" + (slot + 1) + "|" + count + "|" + tables.size());
            }
        });
        List<ScheduleInstance.Participant> ps = new ArrayList<>();
        for (Participant p : active.values()) {
            if (!used.contains(p.getId())) {
                continue;
            }
            Set<Integer> available = new HashSet<>();
            for (int i = 0; i < grid.size(); i++) {
                Participant.SlotRef s = grid.slot(i);
                if (p.isAvailable(s.sessionId(), s.slotNo())) {
                    available.add(i);
                }
            }
            Integer cap = p.getMaxMeetings() != null ? p.getMaxMeetings() : defaultCap;
            ps.add(new ScheduleInstance.Participant("p" + p.getId(), p.getCompanyName(), formatRole(p.getType()),
                    available.size() == grid.size() ? null : available, cap));
        }
        return new Built(new ScheduleInstance(name, grid.size(), tables.size(), ps, ms), previous, problems);
    }

    /** The format knows buyer, seller and other; partners and investors are "other". */
    static String formatRole(Participant.Type type) {
        return switch (type) {
            case BUYER -> "buyer";
            case SELLER -> "seller";
            default -> "other";
        };
    }

    static void requireValid(Built built) {
        if (!built.problems().isEmpty()) {
            throw new InvalidInstanceException(built.problems());
        }
    }

    private static String label(Meeting m, Map<Long, Participant> active) {
        return active.get(m.getAId()).getCompanyName() + " – " + active.get(m.getBId()).getCompanyName();
    }
}
