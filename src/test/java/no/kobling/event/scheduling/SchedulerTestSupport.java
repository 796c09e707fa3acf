package no.kobling.event.scheduling;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.kobling.bench.MeetingInstanceGenerator;
import no.kobling.event.cli.ScheduleCommandLine;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers for the scheduler tests: quiet solver logs, generated instances, running the command line in-process. */
public final class SchedulerTestSupport {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private SchedulerTestSupport() {
    }

    /** Outside Spring, logback would log Timefold's every step at DEBUG. */
    public static void quietSolverLogs() {
        if (LoggerFactory.getLogger("ai.timefold") instanceof Logger timefold) {
            timefold.setLevel(Level.WARN);
        }
    }

    public static MeetingInstanceGenerator.Spec spec(String name, int participants, int slots, double load,
            double buyerSeller, double tableSlack, double halfDay, double caps, long seed) {
        return new MeetingInstanceGenerator.Spec(name, participants, slots, load, buyerSeller, 1.0, tableSlack,
                halfDay, caps, seed);
    }

    public static JsonNode generate(MeetingInstanceGenerator.Spec spec) {
        return MeetingInstanceGenerator.generate(spec);
    }

    /** Result of one command-line run: exit code, stderr text. */
    public record Run(int exitCode, String err) {
    }

    public static Run cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ScheduleCommandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    public static JsonNode readJson(Path file) throws Exception {
        return JSON.readTree(Files.readString(file));
    }
}
