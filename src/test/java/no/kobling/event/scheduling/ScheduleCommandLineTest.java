package no.kobling.event.scheduling;

import static no.kobling.event.scheduling.SchedulerTestSupport.cli;
import static no.kobling.event.scheduling.SchedulerTestSupport.readJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.kobling.KoblingApplication;
import no.kobling.bench.MeetingInstanceGenerator;
import no.kobling.event.cli.ScheduleCommandLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command-line scheduler reads and writes exactly the format; its output is checked by the independent validator
 * for every rule of the format file, on instances that use every feature (availability, caps, priorities, pins).
 */
class ScheduleCommandLineTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void quiet() {
        SchedulerTestSupport.quietSolverLogs();
    }

    private Path write(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    /** A generated instance with half-day availability and caps, plus three valid pins. */
    private static ObjectNode instanceWithPins(long seed) {
        ObjectNode instance = (ObjectNode) SchedulerTestSupport.generate(
                SchedulerTestSupport.spec("cli", 60, 8, 0.6, 0.7, 1.0, 0.3, 0.2, seed));
        ArrayNode meetings = (ArrayNode) instance.get("meetings");
        int pinned = 0;
        List<String> used = new ArrayList<>();
        for (JsonNode m : meetings) {
            if (pinned == 3) {
                break;
            }
            String a = m.get("a").asString();
            String b = m.get("b").asString();
            if (used.contains(a) || used.contains(b) || !availableAt(instance, a, 3) || !availableAt(instance, b, 3)) {
                continue;
            }
            used.add(a);
            used.add(b);
            ((ObjectNode) m).putObject("pinned").put("slot", 3).put("table", pinned++);
        }
        assertThat(pinned).isEqualTo(3);
        return instance;
    }

    private static boolean availableAt(JsonNode instance, String participant, int slot) {
        for (JsonNode p : instance.get("participants")) {
            if (p.get("id").asString().equals(participant)) {
                JsonNode available = p.get("available");
                if (available == null) {
                    return true;
                }
                for (JsonNode s : available) {
                    if (s.asInt() == slot) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void outputKeepsEveryRuleOfTheFormat() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            ObjectNode instance = instanceWithPins(seed);
            Path input = write("instance-" + seed + ".json", instance.toString());
            Path output = dir.resolve("schedule-" + seed + ".json");
            SchedulerTestSupport.Run run = cli("--input", input.toString(), "--output", output.toString(),
                    "--seconds", "2");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode schedule = readJson(output);
            IndependentScheduleValidator.Report report = IndependentScheduleValidator.check(instance, schedule);
            assertThat(report.violations()).isEmpty();
            assertThat(report.scheduled()).isPositive();
            assertThat(schedule.get("stats").get("scheduled").asInt()).isEqualTo(report.scheduled());
            assertThat(schedule.get("stats").get("weighted").asLong()).isEqualTo(report.weighted());
            assertThat(schedule.get("stats").get("seconds").asDouble()).isBetween(0.0, 10.0);
        }
    }

    @Test
    void firstFitModeWritesTheSameFormat() throws Exception {
        ObjectNode instance = instanceWithPins(9);
        Path input = write("instance.json", instance.toString());
        Path output = dir.resolve("schedule.json");
        assertThat(cli("--input", input.toString(), "--output", output.toString(), "--first-fit").exitCode()).isZero();
        assertThat(IndependentScheduleValidator.check(instance, readJson(output)).violations()).isEmpty();
    }

    @Test
    void independentValidatorCatchesBrokenSchedules() throws Exception {
        ObjectNode instance = instanceWithPins(4);
        Path input = write("instance.json", instance.toString());
        Path output = dir.resolve("schedule.json");
        assertThat(cli("--input", input.toString(), "--output", output.toString(), "--seconds", "1").exitCode())
                .isZero();
        ObjectNode schedule = (ObjectNode) readJson(output);
        ArrayNode assignments = (ArrayNode) schedule.get("assignments");
        ObjectNode first = (ObjectNode) assignments.get(0);
        ObjectNode second = (ObjectNode) assignments.get(1);
        second.put("slot", first.get("slot").asInt()).put("table", first.get("table").asInt());
        assertThat(IndependentScheduleValidator.check(instance, schedule).violations())
                .anyMatch(v -> v.startsWith("rule 3"));
        ((ArrayNode) schedule.get("unscheduled")).add(first.get("meeting").asString());
        assertThat(IndependentScheduleValidator.check(instance, schedule).violations())
                .anyMatch(v -> v.startsWith("rule 1"));
    }

    @Test
    void invalidJsonNamesLineAndColumnAndKeepsThePreviousSchedule() throws Exception {
        Path input = write("broken.json", "{\n  \"slots\": 4,\n  \"tables\": 2\n  \"participants\": []\n}");
        Path output = write("schedule.json", "previous schedule");
        SchedulerTestSupport.Run run = cli("--input", input.toString(), "--output", output.toString());
        assertThat(run.exitCode()).isEqualTo(ScheduleCommandLine.NOT_JSON);
        assertThat(run.err()).contains("not valid JSON at line 4, column 3");
        assertThat(Files.readString(output)).isEqualTo("previous schedule");
    }

    @Test
    void invalidInstanceNamesEveryProblem() throws Exception {
        String json = """
                {"slots": 4, "tables": 1,
                 "participants": [
                   {"id": "p1", "available": [0, 1]}, {"id": "p2"}, {"id": "p2"}, {"id": "p3", "maxMeetings": 1},
                   {"id": "p4", "role": "vendor", "available": [7]}],
                 "meetings": [
                   {"id": "m1", "a": "p1", "b": "p9"},
                   {"id": "m2", "a": "p1", "b": "p2", "priority": 0},
                   {"id": "m2", "a": "p2", "b": "p3"},
                   {"id": "m4", "a": "p3", "b": "p3"},
                   {"id": "m5", "a": "p1", "b": "p3", "pinned": {"slot": 1, "table": 0}},
                   {"id": "m6", "a": "p2", "b": "p4", "pinned": {"slot": 1, "table": 0}},
                   {"id": "m7", "a": "p3", "b": "p2", "pinned": {"slot": 2, "table": 0}},
                   {"id": "m8", "a": "p1", "b": "p2", "pinned": {"slot": 3, "table": 0}},
                   {"id": "m9", "a": "p2", "b": "p3", "pinned": {"slot": 9, "table": 5}}]}
                """;
        Path output = write("schedule.json", "previous schedule");
        SchedulerTestSupport.Run run = cli("--input", write("bad.json", json).toString(), "--output",
                output.toString());
        assertThat(run.exitCode()).isEqualTo(ScheduleCommandLine.INVALID_INSTANCE);
        assertThat(run.err()).contains(
                "meetings[0] (id \"m1\").b: unknown participant id \"p9\"",
                "participants[2] (id \"p2\"): duplicate participant id \"p2\"",
                "meetings[2] (id \"m2\"): duplicate meeting id \"m2\"",
                "meetings[1] (id \"m2\").priority must be an integer of 1 or more (was 0)",
                "meetings[3] (id \"m4\"): a participant cannot meet themself",
                "participants[4] (id \"p4\").role must be buyer, seller or other",
                "participants[4] (id \"p4\").available: slot 7 is outside 0..3",
                "more meetings pinned to slot 1 than there are tables (1)",
                "meetings[5] (id \"m6\"): pinned to slot 1, table 0, where meeting \"m5\" is pinned too",
                "participant \"p3\" has more pinned meetings than maxMeetings (1)",
                "meetings[7] (id \"m8\"): pinned to slot 3, where participant \"p1\" is not available",
                "meetings[8] (id \"m9\").pinned.slot 9 is outside 0..3",
                "meetings[8] (id \"m9\").pinned.table 5 is outside 0..0");
        assertThat(Files.readString(output)).isEqualTo("previous schedule");
    }

    @Test
    void participantPinnedTwiceInOneSlotIsAConflict() throws Exception {
        String json = """
                {"slots": 2, "tables": 3, "participants": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
                 "meetings": [{"id": "m1", "a": "a", "b": "b", "pinned": {"slot": 0, "table": 0}},
                              {"id": "m2", "a": "c", "b": "a", "pinned": {"slot": 0, "table": 1}}]}
                """;
        SchedulerTestSupport.Run run = cli("--input", write("i.json", json).toString(), "--output",
                dir.resolve("o.json").toString());
        assertThat(run.exitCode()).isEqualTo(ScheduleCommandLine.INVALID_INSTANCE);
        assertThat(run.err()).contains("meetings[1] (id \"m2\"): participant \"a\" is pinned twice in slot 0 "
                + "(also meeting \"m1\")");
        SchedulerTestSupport.Run firstFit = cli("--input", dir.resolve("i.json").toString(), "--output",
                dir.resolve("o.json").toString(), "--first-fit");
        assertThat(firstFit.exitCode()).isEqualTo(ScheduleCommandLine.INVALID_INSTANCE);
    }

    @Test
    void wrongTypesNameTheField() throws Exception {
        String json = """
                {"slots": "four", "tables": 2.5,
                 "participants": [{"id": 7, "available": [0, "x"], "maxMeetings": "many"}],
                 "meetings": [{"id": "m1", "a": "p1", "priority": "high", "pinned": 3}]}
                """;
        SchedulerTestSupport.Run run = cli("--input", write("types.json", json).toString(), "--output",
                dir.resolve("o.json").toString());
        assertThat(run.exitCode()).isEqualTo(ScheduleCommandLine.INVALID_INSTANCE);
        assertThat(run.err()).contains("slots must be an integer (was \"four\")", "tables must be an integer (was 2.5)",
                "participants[0].id must be a string (was 7)", "participants[0].available[1] must be an integer",
                "participants[0].maxMeetings must be an integer", "meetings[0].b is missing",
                "meetings[0].priority must be an integer (was \"high\")", "meetings[0].pinned must be an object");
    }

    @Test
    void missingArraysAndNonObjectsAreNamed() throws Exception {
        SchedulerTestSupport.Run run = cli("--input", write("empty.json", "{\"slots\": 3}").toString(), "--output",
                dir.resolve("o.json").toString());
        assertThat(run.exitCode()).isEqualTo(ScheduleCommandLine.INVALID_INSTANCE);
        assertThat(run.err()).contains("tables is missing", "participants is missing", "meetings is missing");
        run = cli("--input", write("array.json", "[1, 2]").toString(), "--output", dir.resolve("o.json").toString());
        assertThat(run.exitCode()).isEqualTo(ScheduleCommandLine.NOT_JSON);
        assertThat(run.err()).contains("must be a JSON object");
    }

    @Test
    void usageAndFileErrorsHaveTheirOwnExitCodes() throws Exception {
        assertThat(cli("--input", "x.json").exitCode()).isEqualTo(ScheduleCommandLine.USAGE);
        assertThat(cli("--input", "x.json", "--output", "y.json", "--seconds", "-1").err())
                .contains("--seconds must be a number of seconds above 0");
        assertThat(cli("--input", "x.json", "--output", "y.json", "--fast").exitCode())
                .isEqualTo(ScheduleCommandLine.USAGE);
        SchedulerTestSupport.Run missing = cli("--input", dir.resolve("nope.json").toString(), "--output",
                dir.resolve("o.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ScheduleCommandLine.IO_ERROR);
        assertThat(missing.err()).contains("input file not found");
    }

    @Test
    void javaDashJarRunsTheSchedulerWithoutSpring() throws Exception {
        ObjectNode instance = (ObjectNode) MeetingInstanceGenerator.generate(
                SchedulerTestSupport.spec("jar", 30, 6, 0.5, 1.0, 1.5, 0.0, 0.0, 5));
        Path input = write("instance.json", instance.toString());
        Path output = dir.resolve("schedule.json");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KoblingApplication.class.getName(), "schedule",
                "--input", input.toString(), "--output", output.toString(), "--seconds", "1")
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).doesNotContain("Spring").contains("scheduled ");
        assertThat(IndependentScheduleValidator.check(instance, readJson(output)).violations()).isEmpty();
    }
}
