package no.kobling.company.importing.application;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.ImportRunView;
import no.kobling.company.importing.RejectionView;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.cli.KoblingCommand;
import org.springframework.stereotype.Component;

/**
 * {@code import --format <brreg-json|brreg-csv|prh-json|bolagsverket|scb> <file>}: imports a register file in this
 * process as "system", prints progress and the report. Exit code 0 = completed, 1 = the run failed, 2 = usage error.
 */
@Component
public class ImportCommand implements KoblingCommand {

    static final String USAGE = "import --format <brreg-json|brreg-csv|prh-json|bolagsverket|scb> <file>";

    private final CompanyImporter importer;
    private final ImportRunStore runs;

    ImportCommand(CompanyImporter importer, ImportRunStore runs) {
        this.importer = importer;
        this.runs = runs;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args) {
        return run(args, System.out);
    }

    /** Runs with output to {@code print} (tests capture it). */
    public int run(List<String> args, PrintStream print) {
        String formatCode = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--format".equals(a) && i + 1 < args.size()) {
                formatCode = args.get(++i);
            } else if (a.startsWith("--format=")) {
                formatCode = a.substring("--format=".length());
            } else if (file == null && !a.startsWith("--")) {
                file = a;
            } else if (a.startsWith("--") && a.contains("=")) {
                continue; // a Spring Boot property (--kobling.data-dir=...), read by the application itself
            } else {
                return usage(print, "unexpected argument " + a);
            }
        }
        ImportFormat format = ImportFormat.fromCode(formatCode).orElse(null);
        if (format == null || file == null) {
            return usage(print, format == null ? "missing or unknown --format" : "missing file");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return usage(print, "cannot read " + file);
        }
        return SystemAccess.run(() -> execute(format, path, print));
    }

    private int execute(ImportFormat format, Path path, PrintStream print) {
        long runId = importer.createRun(format, path.getFileName().toString(), SystemAccess.SYSTEM);
        print.printf("Import run %d: %s %s%n", runId, format.code(), path);
        long[] last = {System.nanoTime()};
        long started = last[0];
        importer.run(runId, format, path, SystemAccess.SYSTEM, counts -> {
            long now = System.nanoTime();
            if (now - last[0] > 2_000_000_000L) {
                last[0] = now;
                print.printf(Locale.ROOT, "  %,d records read (%,.0f/s), %,d inserted, %,d updated, %,d unchanged, "
                        + "%,d rejected%n", counts.recordsRead(), counts.recordsRead() / ((now - started) / 1e9),
                        counts.inserted(), counts.updated(), counts.unchanged(), counts.rejected());
            }
        });
        ImportRunView run = runs.find(runId).orElseThrow();
        double seconds = (System.nanoTime() - started) / 1e9;
        print.printf(Locale.ROOT, "%s in %.1f s: %d records, %d inserted, %d updated, %d unchanged, %d rejected%n",
                run.status(), seconds, run.recordsRead(), run.inserted(), run.updated(), run.unchanged(),
                run.rejected());
        List<RejectionView> first = runs.rejections(runId, 0, 20).content();
        for (RejectionView r : first) {
            print.printf("  record %d%s: %s%s%n", r.recordNumber(), r.orgNumber() == null ? "" : " (" + r.orgNumber()
                    + ")", r.reason(), r.detail() == null ? "" : " — " + r.detail());
        }
        if (run.rejected() > first.size()) {
            print.printf("  ... %d more rejections: /companies/imports/%d%n", run.rejected() - first.size(), runId);
        }
        if ("FAILED".equals(run.status())) {
            print.printf("FAILED at record %d: %s (%s)%n", run.failureRecord(), describe(run.failureKey()),
                    run.failureDetail());
            if (run.inserted() + run.updated() > 0) {
                print.printf("  the %d complete records before the break were kept%n", run.inserted() + run.updated()
                        + run.unchanged());
            }
            return 1;
        }
        return 0;
    }

    private static String describe(String key) {
        if (key == null) {
            return "unknown";
        }
        return switch (key) {
            case "companyimport.failure.truncated" -> "the file is truncated or not a valid compressed file";
            case "companyimport.failure.encoding" -> "the file is not in the expected character encoding";
            case "companyimport.failure.wrong-encoding" -> "the file is in the wrong character encoding";
            case "companyimport.failure.abandoned" -> "the node running the import stopped";
            case "companyimport.failure.wrong-format" -> "the file does not have the chosen format";
            case "companyimport.failure.syntax" -> "the JSON is broken";
            case "companyimport.failure.record-too-long" -> "a record is longer than 1 MB";
            default -> key;
        };
    }

    private static int usage(PrintStream print, String problem) {
        print.println("Error: " + problem);
        print.println("Usage: " + USAGE);
        return 2;
    }
}
