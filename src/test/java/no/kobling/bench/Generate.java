package no.kobling.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/**
 * Command line: {@code Generate --format brreg-json|brreg-csv|prh-json|scb [--count 1000000] [--seed 1] --out file}.
 * A file name ending in {@code .gz} is gzipped. Same arguments, same bytes.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        String format = "brreg-json";
        long count = 1_000_000;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = args[++i];
                case "--count" -> count = Long.parseLong(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        long start = System.nanoTime();
        write(format, count, seed, out);
        System.out.printf("%s: %,d companies (%s, seed %d) in %.1f s, %,d bytes%n", out, count, format, seed,
                (System.nanoTime() - start) / 1e9, Files.size(out));
    }

    static String countryOf(String format) {
        return switch (format) {
            case "brreg-json", "brreg-csv" -> "NO";
            case "prh-json" -> "FI";
            case "scb" -> "SE";
            default -> throw new IllegalArgumentException("Unknown format " + format);
        };
    }

    static void write(String format, long count, long seed, Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        String country = countryOf(format);
        Charset charset = "scb".equals(format) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        Iterable<SyntheticCompany> companies = () -> companies(country, count, seed, !"brreg-csv".equals(format));
        try (OutputStream file = Files.newOutputStream(out);
                OutputStream raw = out.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
                Writer w = new BufferedWriter(new OutputStreamWriter(raw, charset), 1 << 16)) {
            switch (format) {
                case "brreg-json" -> BrregWriter.writeJsonArray(companies, w);
                case "brreg-csv" -> {
                    w.write(BrregWriter.csvHeaderLine());
                    w.write('\n');
                    for (SyntheticCompany c : companies) {
                        w.write(BrregWriter.csvRow(c));
                        w.write('\n');
                    }
                }
                case "prh-json" -> NordicWriters.writePrh(companies, count, w);
                default -> {
                    w.write(NordicWriters.scbHeader());
                    w.write('\n');
                    for (SyntheticCompany c : companies) {
                        w.write(NordicWriters.scbRow(c));
                        w.write('\n');
                    }
                }
            }
        }
    }

    /**
     * The companies of a country; the CSV bulk has no deletion columns, so it gets no deleted companies. For Sweden
     * {@code count} is the number of companies the importer stores: sole traders (enskild näringsidkare, JurForm 10,
     * registered under a personnummer) are in the file as in SCB's, but the importer refuses them by design
     * ({@code personal-identity-number}), so they come on top of the count (about 35 %: 1,000,000 stored companies
     * are a file of about 1.54 million rows).
     */
    static Iterator<SyntheticCompany> companies(String country, long count, long seed, boolean allowDeleted) {
        if (!"SE".equals(country)) {
            return new CompanyGenerator(country, count, seed, allowDeleted);
        }
        CompanyGenerator all = new CompanyGenerator(country, Long.MAX_VALUE, seed, allowDeleted);
        return new Iterator<>() {
            private long stored;

            @Override
            public boolean hasNext() {
                return stored < count;
            }

            @Override
            public SyntheticCompany next() {
                SyntheticCompany c = all.next();
                if (!storedByImporter(c)) {
                    return c;
                }
                stored++;
                return c;
            }
        };
    }

    /** Whether the importer keeps the company: not a Swedish sole trader (see {@code ScbSource}). */
    static boolean storedByImporter(SyntheticCompany c) {
        return !("SE".equals(c.country()) && "E".equals(c.legalForm()));
    }
}
