package no.kobling.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * The lower bound for an import: a plain PostgreSQL {@code COPY} of the same generated companies into a copy of
 * {@code company_company} ({@code like ... including all}: same columns, defaults, identity, unique key and indexes;
 * no foreign keys). Command line: {@code CopyBaseline [--db jdbc:postgresql://...] [--count 1000000] [--seed 1]}.
 * The CSV is written first (not timed), then only the {@code COPY} is timed.
 */
public final class CopyBaseline {

    static final String COLUMNS = "country_code, org_number, name, legal_form, legal_form_name, national_industry_code,"
            + " nace_code, municipality_id, postal_address, postal_code, postal_city, business_address,"
            + " business_postal_code, business_city, website, employees, founded_on, registered_on, status,"
            + " status_date, description, source, content_hash, created_at, updated_at, version";

    private CopyBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/kobling_bench";
        long count = 1_000_000;
        long seed = 1;
        Path csv = Path.of("target/bench/company_copy.csv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> url = args[++i];
                case "--count" -> count = Long.parseLong(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--csv" -> csv = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        Flyway.configure().dataSource(url, "postgres", "")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            Map<String, Long> municipalities = municipalityIds(c);
            long t0 = System.nanoTime();
            writeCsv(count, seed, municipalities, csv);
            long t1 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists company_company_copy");
                s.execute("create table company_company_copy (like company_company including all)");
            }
            long t2 = System.nanoTime();
            long rows;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy company_company_copy (" + COLUMNS + ") from stdin with (format csv)", in);
            }
            long t3 = System.nanoTime();
            double copySeconds = (t3 - t2) / 1e9;
            System.out.printf("csv written: %,d rows in %.1f s (%s, %,d bytes)%n", count, (t1 - t0) / 1e9, csv,
                    Files.size(csv));
            System.out.printf("COPY: %,d rows in %.2f s = %,.0f rows/s%n", rows, copySeconds, rows / copySeconds);
            System.out.printf("RESULT copy_rows=%d copy_seconds=%.2f copy_rows_per_s=%.0f%n", rows, copySeconds,
                    rows / copySeconds);
        }
    }

    static Map<String, Long> municipalityIds(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select code, id from geo_municipality where country_code = 'NO'")) {
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
        }
        return ids;
    }

    static void writeCsv(long count, long seed, Map<String, Long> municipalities, Path csv) throws IOException {
        Files.createDirectories(csv.toAbsolutePath().getParent());
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
            CompanyGenerator companies = new CompanyGenerator("NO", count, seed, true);
            while (companies.hasNext()) {
                w.write(row(companies.next(), municipalities));
                w.write('\n');
            }
        }
    }

    /** One CSV line for {@link #COLUMNS}; empty unquoted fields are NULL. */
    static String row(SyntheticCompany c, Map<String, Long> municipalities) {
        String[] f = {"NO", c.orgNumber(), c.name(), c.legalForm(), c.legalFormName(), c.nationalIndustryCode(),
            c.nace().code(), String.valueOf(municipalities.get(c.municipality().code())),
            c.postBox() == null ? c.street() : c.postBox(), c.postalCode(), c.city(), c.street(), c.postalCode(),
            c.city(), c.website(), c.employees() == null ? null : c.employees().toString(),
            c.foundedOn() == null ? null : c.foundedOn().toString(), c.registeredOn().toString(), c.status(),
            c.statusDate() == null ? null : c.statusDate().toString(), c.purpose(), "BRREG", null,
            "2026-01-01 00:00:00+00", "2026-01-01 00:00:00+00", "0"};
        f[22] = sha256(BrregWriter.csvRow(c));
        StringBuilder b = new StringBuilder(400);
        for (int i = 0; i < f.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (f[i] != null) {
                b.append('"').append(f[i].replace("\"", "\"\"")).append('"');
            }
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
