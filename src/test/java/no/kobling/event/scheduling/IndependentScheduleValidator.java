package no.kobling.event.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Checks a schedule against an instance, both as raw JSON, from the rules of {@code docs/formats/schedule-instance.md}
 * alone (it shares no code with the scheduler): every meeting exactly once; a participant at most once per slot,
 * only in available slots, at most maxMeetings; at most one meeting per (slot, table) and table < tables; pinned
 * meetings exactly where pinned. Also measures what a better schedule is: weighted count, participants without a
 * meeting, idle slots.
 */
public final class IndependentScheduleValidator {

    /** Rule violations (empty = valid) and the quality figures of the schedule. */
    public record Report(List<String> violations, int scheduled, long weighted, int withoutMeeting, int idleSlots) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private IndependentScheduleValidator() {
    }

    public static Report check(JsonNode instance, JsonNode schedule) {
        List<String> violations = new ArrayList<>();
        int slots = instance.get("slots").asInt();
        int tables = instance.get("tables").asInt();
        Map<String, JsonNode> participants = new HashMap<>();
        for (JsonNode p : instance.get("participants")) {
            participants.put(p.get("id").asString(), p);
        }
        Map<String, JsonNode> meetings = new HashMap<>();
        for (JsonNode m : instance.get("meetings")) {
            meetings.put(m.get("id").asString(), m);
        }
        // rule 1: every meeting exactly once
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode a : schedule.get("assignments")) {
            seen.merge(a.get("meeting").asString(), 1, Integer::sum);
        }
        for (JsonNode u : schedule.get("unscheduled")) {
            seen.merge(u.asString(), 1, Integer::sum);
        }
        for (String id : meetings.keySet()) {
            int times = seen.getOrDefault(id, 0);
            if (times != 1) {
                violations.add("rule 1: meeting " + id + " appears " + times + " times");
            }
        }
        for (String id : seen.keySet()) {
            if (!meetings.containsKey(id)) {
                violations.add("rule 1: unknown meeting " + id + " in the schedule");
            }
        }
        Set<String> participantSlot = new HashSet<>();
        Set<String> slotTable = new HashSet<>();
        Map<String, Integer> meetingsOf = new HashMap<>();
        Map<String, TreeSet<Integer>> slotsOf = new HashMap<>();
        long weighted = 0;
        Set<String> assigned = new HashSet<>();
        for (JsonNode a : schedule.get("assignments")) {
            String id = a.get("meeting").asString();
            int slot = a.get("slot").asInt();
            int table = a.get("table").asInt();
            JsonNode m = meetings.get(id);
            if (m == null) {
                continue;
            }
            assigned.add(id);
            weighted += m.has("priority") && !m.get("priority").isNull() ? m.get("priority").asInt() : 1;
            if (slot < 0 || slot >= slots) {
                violations.add("meeting " + id + " in slot " + slot + " outside 0.." + (slots - 1));
            }
            // rule 3
            if (table < 0 || table >= tables) {
                violations.add("rule 3: meeting " + id + " at table " + table + ", tables are 0.." + (tables - 1));
            }
            if (!slotTable.add(slot + "/" + table)) {
                violations.add("rule 3: two meetings at slot " + slot + ", table " + table);
            }
            // rule 4
            JsonNode pin = m.get("pinned");
            if (pin != null && !pin.isNull()
                    && (pin.get("slot").asInt() != slot || pin.get("table").asInt() != table)) {
                violations.add("rule 4: pinned meeting " + id + " moved to " + slot + "/" + table);
            }
            // rule 2
            for (String p : List.of(m.get("a").asString(), m.get("b").asString())) {
                if (!participantSlot.add(p + "@" + slot)) {
                    violations.add("rule 2: participant " + p + " twice in slot " + slot);
                }
                JsonNode available = participants.get(p).get("available");
                if (available != null && !available.isNull()) {
                    boolean ok = false;
                    for (JsonNode s : available) {
                        ok |= s.asInt() == slot;
                    }
                    if (!ok) {
                        violations.add("rule 2: participant " + p + " not available in slot " + slot);
                    }
                }
                meetingsOf.merge(p, 1, Integer::sum);
                slotsOf.computeIfAbsent(p, k -> new TreeSet<>()).add(slot);
            }
        }
        for (Map.Entry<String, Integer> e : meetingsOf.entrySet()) {
            JsonNode max = participants.get(e.getKey()).get("maxMeetings");
            if (max != null && !max.isNull() && e.getValue() > max.asInt()) {
                violations.add("rule 2: participant " + e.getKey() + " has " + e.getValue() + " meetings, max "
                        + max.asInt());
            }
        }
        for (JsonNode m : instance.get("meetings")) {
            JsonNode pin = m.get("pinned");
            if (pin != null && !pin.isNull() && !assigned.contains(m.get("id").asString())) {
                violations.add("rule 4: pinned meeting " + m.get("id").asString() + " is not assigned");
            }
        }
        Set<String> requested = new HashSet<>();
        for (JsonNode m : instance.get("meetings")) {
            requested.add(m.get("a").asString());
            requested.add(m.get("b").asString());
        }
        int without = (int) requested.stream().filter(p -> !meetingsOf.containsKey(p)).count();
        int idle = 0;
        for (TreeSet<Integer> s : slotsOf.values()) {
            idle += s.last() - s.first() + 1 - s.size();
        }
        return new Report(violations, assigned.size(), weighted, without, idle);
    }
}
