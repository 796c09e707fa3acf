package no.kobling.event.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an instance against every rule of {@code docs/formats/schedule-instance.md} before it is solved: sizes,
 * unique and known ids, availability and caps in range, priorities, and pins (in range, inside both participants'
 * availability, no two pins on one participant or one table in a slot, not more pins than tables in a slot, not
 * more pins than a participant's cap). Collects every problem, so one run names them all.
 */
public final class InstanceValidator {

    private static final Set<String> ROLES = Set.of("buyer", "seller", "other");
    private static final int MAX_REPORTED = 50;

    private InstanceValidator() {
    }

    /** Throws {@link InvalidInstanceException} listing every problem, if there is any. */
    public static void validate(ScheduleInstance instance) {
        List<String> problems = problems(instance);
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
    }

    /** Every rule the instance breaks, as readable sentences naming the field and the id (empty when valid). */
    public static List<String> problems(ScheduleInstance instance) {
        List<String> problems = new ArrayList<>();
        if (instance.slots() < 1) {
            problems.add("slots must be at least 1 (was " + instance.slots() + ")");
        }
        if (instance.tables() < 1) {
            problems.add("tables must be at least 1 (was " + instance.tables() + ")");
        }
        Map<String, ScheduleInstance.Participant> participants = checkParticipants(instance, problems);
        checkMeetings(instance, participants, problems);
        if (problems.size() > MAX_REPORTED) {
            int more = problems.size() - MAX_REPORTED;
            List<String> shortened = new ArrayList<>(problems.subList(0, MAX_REPORTED));
            shortened.add("... and " + more + " more problems");
            return shortened;
        }
        return problems;
    }

    private static Map<String, ScheduleInstance.Participant> checkParticipants(ScheduleInstance instance,
            List<String> problems) {
        Map<String, ScheduleInstance.Participant> byId = new HashMap<>();
        List<ScheduleInstance.Participant> list = instance.participants();
        for (int i = 0; i < list.size(); i++) {
            ScheduleInstance.Participant p = list.get(i);
            String where = "participants[" + i + "]";
            if (p.id() == null || p.id().isBlank()) {
                problems.add(where + ".id is missing");
                continue;
            }
            where += " (id \"" + p.id() + "\")";
            if (byId.putIfAbsent(p.id(), p) != null) {
                problems.add(where + ": duplicate participant id \"" + p.id() + "\"");
            }
            if (p.role() != null && !ROLES.contains(p.role())) {
                problems.add(where + ".role must be buyer, seller or other (was \"" + p.role() + "\")");
            }
            if (p.available() != null) {
                for (Integer s : p.available()) {
                    if (s == null || s < 0 || s >= instance.slots()) {
                        problems.add(where + ".available: slot " + s + " is outside 0.." + (instance.slots() - 1));
                    }
                }
            }
            if (p.maxMeetings() != null && p.maxMeetings() < 0) {
                problems.add(where + ".maxMeetings must be 0 or more (was " + p.maxMeetings() + ")");
            }
        }
        return byId;
    }

    private static void checkMeetings(ScheduleInstance instance, Map<String, ScheduleInstance.Participant> participants,
            List<String> problems) {
        Set<String> ids = new HashSet<>();
        Map<String, String> tableInSlot = new HashMap<>(); // "slot/table" -> meeting id
        Map<String, String> participantInSlot = new HashMap<>(); // "participant/slot" -> meeting id
        Map<Integer, Integer> pinsPerSlot = new HashMap<>();
        Map<String, Integer> pinsPerParticipant = new HashMap<>();
        List<ScheduleInstance.Meeting> list = instance.meetings();
        for (int i = 0; i < list.size(); i++) {
            ScheduleInstance.Meeting m = list.get(i);
            String where = "meetings[" + i + "]";
            if (m.id() == null || m.id().isBlank()) {
                problems.add(where + ".id is missing");
            } else {
                where += " (id \"" + m.id() + "\")";
                if (!ids.add(m.id())) {
                    problems.add(where + ": duplicate meeting id \"" + m.id() + "\"");
                }
            }
            known(participants, m.a(), where + ".a", problems);
            known(participants, m.b(), where + ".b", problems);
            if (m.a() != null && m.a().equals(m.b())) {
                problems.add(where + ": a participant cannot meet themself (a and b are both \"" + m.a() + "\")");
            }
            if (m.priority() < 1) {
                problems.add(where + ".priority must be an integer of 1 or more (was " + m.priority() + ")");
            }
            ScheduleInstance.Pin pin = m.pinned();
            if (pin == null) {
                continue;
            }
            boolean inRange = true;
            if (pin.slot() < 0 || pin.slot() >= instance.slots()) {
                problems.add(where + ".pinned.slot " + pin.slot() + " is outside 0.." + (instance.slots() - 1));
                inRange = false;
            }
            if (pin.table() < 0 || pin.table() >= instance.tables()) {
                problems.add(where + ".pinned.table " + pin.table() + " is outside 0.." + (instance.tables() - 1));
                inRange = false;
            }
            if (!inRange) {
                continue;
            }
            int pins = pinsPerSlot.merge(pin.slot(), 1, Integer::sum);
            if (pins == instance.tables() + 1) {
                problems.add("more meetings pinned to slot " + pin.slot() + " than there are tables ("
                        + instance.tables() + ")");
            }
            String other = tableInSlot.putIfAbsent(pin.slot() + "/" + pin.table(), m.id());
            if (other != null) {
                problems.add(where + ": pinned to slot " + pin.slot() + ", table " + pin.table()
                        + ", where meeting \"" + other + "\" is pinned too");
            }
            for (String p : new LinkedHashSet<>(Arrays.asList(m.a(), m.b()))) {
                if (p == null || !participants.containsKey(p)) {
                    continue;
                }
                String clash = participantInSlot.putIfAbsent(p + "\u0000" + pin.slot(), m.id());
                if (clash != null) {
                    problems.add(where + ": participant \"" + p + "\" is pinned twice in slot " + pin.slot()
                            + " (also meeting \"" + clash + "\")");
                }
                ScheduleInstance.Participant participant = participants.get(p);
                if (participant.available() != null && !participant.available().contains(pin.slot())) {
                    problems.add(where + ": pinned to slot " + pin.slot() + ", where participant \"" + p
                            + "\" is not available");
                }
                int pinned = pinsPerParticipant.merge(p, 1, Integer::sum);
                if (participant.maxMeetings() != null && pinned == participant.maxMeetings() + 1) {
                    problems.add("participant \"" + p + "\" has more pinned meetings than maxMeetings ("
                            + participant.maxMeetings() + ")");
                }
            }
        }
    }

    private static void known(Map<String, ScheduleInstance.Participant> participants, String id, String where,
            List<String> problems) {
        if (id == null || id.isBlank()) {
            problems.add(where + " is missing");
        } else if (!participants.containsKey(id)) {
            problems.add(where + ": unknown participant id \"" + id + "\"");
        }
    }
}
