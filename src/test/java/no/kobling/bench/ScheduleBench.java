package no.kobling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import no.kobling.event.cli.ScheduleCommandLine;
import no.kobling.event.scheduling.FirstFitScheduler;
import no.kobling.event.scheduling.IndependentScheduleValidator;
import no.kobling.event.scheduling.InstanceJson;
import no.kobling.event.scheduling.MeetingScheduler;
import no.kobling.event.scheduling.Schedule;
import no.kobling.event.scheduling.ScheduleInstance;
import no.kobling.event.scheduling.TimefoldMeetingScheduler;
import tools.jackson.databind.JsonNode;

/**
 * Driver of {@code bench/schedule.sh}. {@code generate --out DIR} writes the instance suite;
 * {@code evaluate --instance I --first-fit F --timefold T --ff-seconds x --tf-seconds y} prints one result row
 * (checked by the independent validator); {@code inprocess [--seconds N] [--only NAME]} solves the suite in this JVM
 * (quick look while tuning, not the recorded numbers).
 */
public final class ScheduleBench {

    /** The benchmark suite: every instance up to 3,000 meetings is under the 98 % target; the last is beyond it. */
    public static final List<MeetingInstanceGenerator.Spec> SUITE = List.of(
            new MeetingInstanceGenerator.Spec("p100-s8-loose", 100, 8, 0.5, 1.0, 0.5, 1.5, 0.0, 0.0, 1),
            new MeetingInstanceGenerator.Spec("p100-s8-tight", 100, 8, 0.8, 1.0, 1.0, 1.0, 0.3, 0.2, 2),
            new MeetingInstanceGenerator.Spec("p300-s12-halfday", 300, 12, 0.6, 0.8, 0.8, 1.1, 0.5, 0.1, 3),
            new MeetingInstanceGenerator.Spec("p500-s16-tables", 500, 16, 0.5, 1.0, 0.6, 0.9, 0.2, 0.1, 4),
            new MeetingInstanceGenerator.Spec("p1000-s16-skewed", 1000, 16, 0.375, 0.7, 1.2, 1.2, 0.3, 0.2, 5),
            new MeetingInstanceGenerator.Spec("p2000-s24-mixed", 2000, 24, 0.125, 0.5, 1.0, 0.95, 0.5, 0.3, 6),
            new MeetingInstanceGenerator.Spec("p3000-s30-sparse", 3000, 30, 0.0667, 0.9, 0.8, 1.0, 0.4, 0.0, 7),
            new MeetingInstanceGenerator.Spec("p3000-s30-dense", 3000, 30, 0.2, 0.8, 1.0, 1.1, 0.3, 0.2, 8));

    private ScheduleBench() {
    }

    public static void main(String[] args) throws Exception {
        ScheduleCommandLine.quietLogging();
        switch (args[0]) {
            case "generate" -> generate(Path.of(option(args, "--out", "target/bench/schedule")));
            case "evaluate" -> System.out.println(row(read(option(args, "--instance", null)),
                    read(option(args, "--first-fit", null)), Double.parseDouble(option(args, "--ff-seconds", "0")),
                    read(option(args, "--timefold", null)), Double.parseDouble(option(args, "--tf-seconds", "0"))));
            case "header" -> System.out.println(header());
            case "inprocess" -> inProcess(Double.parseDouble(option(args, "--seconds", "30")),
                    option(args, "--only", ""));
            default -> throw new IllegalArgumentException("generate | evaluate | inprocess");
        }
    }

    static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < SUITE.size(); i++) {
            MeetingInstanceGenerator.Spec spec = SUITE.get(i);
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%02d-%s.json", i + 1, spec.name())),
                    MeetingInstanceGenerator.JSON.writeValueAsString(MeetingInstanceGenerator.generate(spec)));
        }
    }

    public static String header() {
        return "| instance | participants | slots | tables | meetings | upper bound | first-fit: scheduled (% of bound)"
                + " | weighted | without meeting | idle slots | s | Timefold: scheduled (% of bound) | weighted"
                + " | without meeting | idle slots | s (solver) |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    static String row(JsonNode instance, JsonNode firstFit, double ffSeconds, JsonNode timefold, double tfSeconds) {
        ScheduleBound.Bound bound = ScheduleBound.of(instance);
        IndependentScheduleValidator.Report ff = IndependentScheduleValidator.check(instance, firstFit);
        IndependentScheduleValidator.Report tf = IndependentScheduleValidator.check(instance, timefold);
        if (!ff.valid() || !tf.valid()) {
            throw new IllegalStateException("invalid schedule: " + ff.violations() + " " + tf.violations());
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d%s | %s | %s |",
                instance.get("name").asString(), instance.get("participants").size(), instance.get("slots").asInt(),
                instance.get("tables").asInt(), bound.meetings(), bound.value(), bound.exactBmatch() ? "" : " (LP)",
                cells(ff, bound, ffSeconds, null), cells(tf, bound, tfSeconds, timefold));
    }

    /** Seconds: the wall clock of the run (JVM start included); with the schedule, also its solver seconds. */
    private static String cells(IndependentScheduleValidator.Report r, ScheduleBound.Bound bound, double seconds,
            JsonNode schedule) {
        String time = String.format(Locale.ROOT, "%.1f", seconds);
        if (schedule != null && schedule.has("stats")) {
            time += String.format(Locale.ROOT, " (%.1f)", schedule.get("stats").get("seconds").asDouble());
        }
        return String.format(Locale.ROOT, "%d (%.1f %%) | %d | %d | %d | %s", r.scheduled(),
                100.0 * r.scheduled() / Math.max(1, bound.value()), r.weighted(), r.withoutMeeting(), r.idleSlots(),
                time);
    }

    private static void inProcess(double seconds, String only) throws Exception {
        System.out.println(header());
        for (MeetingInstanceGenerator.Spec spec : SUITE) {
            if (!only.isEmpty() && !spec.name().contains(only)) {
                continue;
            }
            JsonNode json = MeetingInstanceGenerator.generate(spec);
            ScheduleInstance instance = InstanceJson.read(json.toString());
            MeetingScheduler.SolveOptions options = MeetingScheduler.SolveOptions
                    .within(Duration.ofMillis((long) (seconds * 1000)));
            Schedule ff = new FirstFitScheduler().solve(instance, options, MeetingScheduler.Progress.NONE);
            Schedule tf = new TimefoldMeetingScheduler().solve(instance, options, MeetingScheduler.Progress.NONE);
            System.out.println(row(json, InstanceJson.toJson(ff), ff.stats().seconds(), InstanceJson.toJson(tf),
                    tf.stats().seconds()));
            System.out.flush();
        }
    }

    private static JsonNode read(String file) throws Exception {
        return MeetingInstanceGenerator.JSON.readTree(Files.readString(Path.of(file)));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return fallback;
    }
}
