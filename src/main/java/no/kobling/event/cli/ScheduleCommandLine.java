package no.kobling.event.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import no.kobling.event.scheduling.FirstFitScheduler;
import no.kobling.event.scheduling.InstanceJson;
import no.kobling.event.scheduling.InstanceValidator;
import no.kobling.event.scheduling.InvalidInstanceException;
import no.kobling.event.scheduling.MalformedInstanceException;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.event.scheduling.Schedule;
import no.kobling.event.scheduling.ScheduleInstance;
import no.kobling.event.scheduling.TimefoldMeetingScheduler;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar kobling.jar schedule --input instance.json --output schedule.json [--seconds N] [--first-fit]}:
 * reads one instance and writes one schedule in the format of {@code docs/formats/schedule-instance.md}, without
 * starting Spring. Exit codes: 0 written, 1 a file could not be read or written, 2 wrong arguments, 3 the input is
 * not JSON, 4 the instance breaks a rule of the format. The output file is replaced only when a schedule is written,
 * so a previous schedule stays intact on any error.
 */
public final class ScheduleCommandLine {

    public static final int OK = 0;
    public static final int IO_ERROR = 1;
    public static final int USAGE = 2;
    public static final int NOT_JSON = 3;
    public static final int INVALID_INSTANCE = 4;
    public static final String USAGE_TEXT =
            "schedule --input instance.json --output schedule.json [--seconds N] [--first-fit]";

    private ScheduleCommandLine() {
    }

    /** Entry point from {@code KoblingApplication.main}: runs the command and exits the JVM with its code. */
    public static void runAndExit(String[] args) {
        quietLogging();
        int code = run(List.of(args).subList(1, args.length), System.out, System.err);
        System.exit(code);
    }

    /** Solver libraries log at INFO/DEBUG; outside Spring nothing configures logback, so keep to warnings. */
    public static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** Runs with the arguments after "schedule"; messages go to {@code err}, returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + USAGE_TEXT);
            return USAGE;
        }
        ScheduleInstance instance;
        try (Reader reader = Files.newBufferedReader(arguments.input, StandardCharsets.UTF_8)) {
            instance = InstanceJson.read(reader);
            InstanceValidator.validate(instance); // also before first-fit, which assumes a valid instance
        } catch (NoSuchFileException e) {
            err.println("error: input file not found: " + arguments.input);
            return IO_ERROR;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("error: cannot read " + arguments.input + ": " + e.getMessage());
            return IO_ERROR;
        } catch (MalformedInstanceException e) {
            err.println("error: " + arguments.input + " is " + e.problems().get(0));
            return NOT_JSON;
        } catch (InvalidInstanceException e) {
            return invalid(arguments.input, e, err);
        }
        MeetingScheduler scheduler = arguments.firstFit ? new FirstFitScheduler() : new TimefoldMeetingScheduler();
        Schedule schedule;
        try {
            schedule = scheduler.solve(instance, MeetingScheduler.SolveOptions.within(arguments.timeLimit),
                    new ThrottledProgress(err, instance.meetings().size()));
        } catch (InvalidInstanceException e) {
            return invalid(arguments.input, e, err);
        }
        try {
            write(schedule, arguments.output);
        } catch (IOException e) {
            err.println("error: cannot write " + arguments.output + ": " + e.getMessage());
            return IO_ERROR;
        }
        err.printf("scheduled %d of %d meetings (weighted %d) in %.1f s -> %s%n", schedule.stats().scheduled(),
                instance.meetings().size(), schedule.stats().weighted(), schedule.stats().seconds(), arguments.output);
        return OK;
    }

    private static int invalid(Path input, InvalidInstanceException e, PrintStream err) {
        err.println("error: " + input + " is not a valid instance (" + e.problems().size() + " problem"
                + (e.problems().size() == 1 ? "" : "s") + "):");
        e.problems().forEach(p -> err.println("  - " + p));
        return INVALID_INSTANCE;
    }

    /** Writes next to the target and moves it into place, so readers never see half a file. */
    private static void write(Schedule schedule, Path output) throws IOException {
        Path target = output.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                InstanceJson.write(schedule, writer);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private record Arguments(Path input, Path output, Duration timeLimit, boolean firstFit) {

        static Arguments parse(List<String> args) {
            Path input = null;
            Path output = null;
            Duration limit = TimefoldMeetingScheduler.DEFAULT_TIME_LIMIT;
            boolean firstFit = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--input" -> input = Path.of(value(args, ++i, arg));
                    case "--output" -> output = Path.of(value(args, ++i, arg));
                    case "--seconds" -> limit = seconds(value(args, ++i, arg));
                    case "--first-fit" -> firstFit = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            return new Arguments(input, output, limit, firstFit);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }

        private static Duration seconds(String value) {
            try {
                double seconds = Double.parseDouble(value);
                if (!(seconds > 0) || seconds > 86_400) {
                    throw new NumberFormatException();
                }
                return Duration.ofMillis((long) (seconds * 1000));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seconds must be a number of seconds above 0 (was " + value + ")");
            }
        }
    }

    /** Progress on stderr, at most about once a second. */
    private static final class ThrottledProgress implements MeetingScheduler.Progress {

        private final PrintStream err;
        private final int meetings;
        private long last = System.nanoTime();

        ThrottledProgress(PrintStream err, int meetings) {
            this.err = err;
            this.meetings = meetings;
        }

        @Override
        public synchronized void update(int scheduled, double fractionDone) {
            long now = System.nanoTime();
            if (now - last >= 1_000_000_000L && fractionDone < 1.0) {
                last = now;
                err.printf("  %d of %d meetings scheduled, %.0f%% of the time used%n", scheduled, meetings,
                        fractionDone * 100);
            }
        }
    }
}
