package no.kobling.event.scheduling;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads instances and writes schedules in exactly the JSON of {@code docs/formats/schedule-instance.md}. Unknown
 * fields are ignored; a wrong type names the field ({@code meetings[3].priority}) and a syntax error its line and
 * column. Rules across fields (unknown ids, pins) are {@link InstanceValidator}'s.
 */
public final class InstanceJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private InstanceJson() {
    }

    /** Parses an instance; throws {@link MalformedInstanceException} or {@link InvalidInstanceException}. */
    public static ScheduleInstance read(Reader reader) {
        JsonNode root;
        try {
            root = JSON.readTree(reader);
        } catch (JacksonException e) {
            throw new MalformedInstanceException("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new MalformedInstanceException("the instance must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        String name = optionalString(root, "name", "name", problems);
        int slots = requiredInt(root, "slots", "slots", problems);
        int tables = requiredInt(root, "tables", "tables", problems);
        List<ScheduleInstance.Participant> participants = new ArrayList<>();
        List<ScheduleInstance.Meeting> meetings = new ArrayList<>();
        JsonNode ps = array(root, "participants", problems);
        for (int i = 0; ps != null && i < ps.size(); i++) {
            participants.add(participant(ps.get(i), "participants[" + i + "]", problems));
        }
        JsonNode ms = array(root, "meetings", problems);
        for (int i = 0; ms != null && i < ms.size(); i++) {
            meetings.add(meeting(ms.get(i), "meetings[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return new ScheduleInstance(name, slots, tables, participants, meetings);
    }

    /** Parses an instance from a string (see {@link #read(Reader)}). */
    public static ScheduleInstance read(String json) {
        return read(new java.io.StringReader(json));
    }

    /** Writes a schedule as the format's output object. */
    public static void write(Schedule schedule, Writer writer) throws IOException {
        writer.write(JSON.writeValueAsString(toJson(schedule)));
        writer.write('\n');
    }

    /** The schedule as the format's output object. */
    public static ObjectNode toJson(Schedule schedule) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode assignments = out.putArray("assignments");
        for (Schedule.Assignment a : schedule.assignments()) {
            assignments.addObject().put("meeting", a.meeting()).put("slot", a.slot()).put("table", a.table());
        }
        ArrayNode unscheduled = out.putArray("unscheduled");
        schedule.unscheduled().forEach(unscheduled::add);
        if (schedule.stats() != null) {
            out.putObject("stats").put("scheduled", schedule.stats().scheduled())
                    .put("weighted", schedule.stats().weighted())
                    .put("seconds", Math.round(schedule.stats().seconds() * 1000) / 1000.0);
        }
        return out;
    }

    private static ScheduleInstance.Participant participant(JsonNode node, String where, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(where + " must be an object");
            return new ScheduleInstance.Participant(null, null, null, null, null);
        }
        String id = requiredString(node, "id", where + ".id", problems);
        String company = optionalString(node, "company", where + ".company", problems);
        String role = optionalString(node, "role", where + ".role", problems);
        Set<Integer> available = null;
        JsonNode av = node.get("available");
        if (av != null && !av.isNull()) {
            if (!av.isArray()) {
                problems.add(where + ".available must be an array of slot numbers");
            } else {
                available = new LinkedHashSet<>();
                for (int i = 0; i < av.size(); i++) {
                    JsonNode s = av.get(i);
                    if (isInt(s)) {
                        available.add(s.intValue());
                    } else {
                        problems.add(where + ".available[" + i + "] must be an integer slot number (was " + s + ")");
                    }
                }
            }
        }
        Integer max = optionalInt(node, "maxMeetings", where + ".maxMeetings", problems);
        return new ScheduleInstance.Participant(id, company, role, available, max);
    }

    private static ScheduleInstance.Meeting meeting(JsonNode node, String where, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(where + " must be an object");
            return new ScheduleInstance.Meeting(null, null, null, 1, null);
        }
        String id = requiredString(node, "id", where + ".id", problems);
        String a = requiredString(node, "a", where + ".a", problems);
        String b = requiredString(node, "b", where + ".b", problems);
        Integer priority = optionalInt(node, "priority", where + ".priority", problems);
        ScheduleInstance.Pin pin = null;
        JsonNode pinned = node.get("pinned");
        if (pinned != null && !pinned.isNull()) {
            if (!pinned.isObject()) {
                problems.add(where + ".pinned must be an object {\"slot\": .., \"table\": ..}");
            } else {
                pin = new ScheduleInstance.Pin(requiredInt(pinned, "slot", where + ".pinned.slot", problems),
                        requiredInt(pinned, "table", where + ".pinned.table", problems));
            }
        }
        return new ScheduleInstance.Meeting(id, a, b, priority == null ? 1 : priority, pin);
    }

    private static JsonNode array(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(field + " is missing (an array is required)");
            return null;
        }
        if (!value.isArray()) {
            problems.add(field + " must be an array");
            return null;
        }
        return value;
    }

    private static boolean isInt(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt();
    }

    private static int requiredInt(JsonNode node, String field, String where, List<String> problems) {
        Integer value = optionalInt(node, field, where, problems);
        if (value == null && (node.get(field) == null || node.get(field).isNull())) {
            problems.add(where + " is missing (an integer is required)");
        }
        return value == null ? 0 : value;
    }

    private static Integer optionalInt(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!isInt(value)) {
            problems.add(where + " must be an integer (was " + value + ")");
            return null;
        }
        return value.intValue();
    }

    private static String requiredString(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(where + " is missing");
            return null;
        }
        return optionalString(node, field, where, problems);
    }

    private static String optionalString(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(where + " must be a string (was " + value + ")");
            return null;
        }
        return value.stringValue();
    }
}
