package no.kobling.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference data for the generator, read from the application's own {@code geo/*.csv} (2024 municipalities, NACE
 * Rev. 2 and the national industry classifications), so generated files only use codes the importer knows.
 */
final class Reference {

    /** A municipality: country, official code, name as written in addresses, county/region code. */
    record Municipality(String country, String code, String name, String regionCode) {
    }

    /** A NACE class (level 4, e.g. 62.01) with its national code for each country and Norwegian title. */
    record NaceClass(String code, String section, String titleNb, String titleSv, String titleFi, String titleEn,
            String noCode, String seCode, String fiCode) {

        String division() {
            return code.substring(0, 2);
        }
    }

    private static final Map<String, List<Municipality>> MUNICIPALITIES = new HashMap<>();
    private static List<NaceClass> naceClasses;

    private Reference() {
    }

    static synchronized List<Municipality> municipalities(String country) {
        return MUNICIPALITIES.computeIfAbsent(country, Reference::loadMunicipalities);
    }

    static synchronized List<NaceClass> naceClasses() {
        if (naceClasses == null) {
            naceClasses = loadNace();
        }
        return naceClasses;
    }

    private static List<Municipality> loadMunicipalities(String country) {
        List<Municipality> result = new ArrayList<>();
        switch (country) {
            case "NO" -> rows("geo/norway_municipalities.csv")
                    .forEach(r -> result.add(new Municipality("NO", r.get(0), r.get(3), r.get(8))));
            case "SE" -> rows("geo/sweden_municipalities.csv")
                    .forEach(r -> result.add(new Municipality("SE", r.get(0), r.get(1), r.get(3))));
            case "FI" -> rows("geo/finland_municipalities.csv")
                    .forEach(r -> result.add(new Municipality("FI", r.get(0), r.get(1), r.get(4))));
            default -> throw new IllegalArgumentException("Unknown country " + country);
        }
        return List.copyOf(result);
    }

    private static List<NaceClass> loadNace() {
        Map<String, String> noByClass = new HashMap<>();
        for (List<String> r : rows("geo/sn2007_no.csv")) {
            if ("5".equals(r.get(2))) {
                noByClass.putIfAbsent(r.get(1), r.get(0)); // first subclass of the class, e.g. 62.010
            }
        }
        Map<String, String> seByClass = new HashMap<>();
        for (List<String> r : rows("geo/sni2007_se_detaljgrupp.csv")) {
            seByClass.putIfAbsent(r.get(2), r.get(1)); // e.g. 62.01 -> 62010
        }
        Map<String, NaceClass> result = new LinkedHashMap<>();
        for (List<String> r : rows("geo/nace_rev2.csv")) {
            if (!"4".equals(r.get(1))) {
                continue;
            }
            String code = r.get(2);
            String no = noByClass.get(code);
            String se = seByClass.get(code);
            if (no == null || se == null) {
                continue;
            }
            String titleNb = r.get(6).isEmpty() ? r.get(5) : r.get(6);
            String titleSv = r.get(7).isEmpty() ? r.get(10) : r.get(7);
            result.put(code, new NaceClass(code, r.get(4), titleNb, titleSv.isEmpty() ? r.get(5) : titleSv,
                    r.get(9).isEmpty() ? r.get(5) : r.get(9), r.get(5), no, se, code.replace(".", "") + "0"));
        }
        return List.copyOf(result.values());
    }

    /** Rows of a classpath CSV without its header (RFC 4180 quoting, no embedded newlines in these files). */
    static List<List<String>> rows(String resource) {
        try (InputStream in = Reference.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(splitCsv(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The largest municipalities by population, first; they get the most companies (Zipf by rank). */
    static final Map<String, List<String>> LARGEST = Map.of(
            "NO", List.of("0301", "4601", "5001", "1103", "3201", "3203", "3205", "3301", "3107", "1108", "4204",
                    "5501", "3105", "4003", "1508", "3907", "3905", "3103", "1804", "3909", "4203", "1149", "1106",
                    "4001", "3403", "3101", "1506", "5503"),
            "SE", List.of("0180", "1480", "1280", "0380", "0580", "1880", "1980", "1283", "0581", "0680", "2480",
                    "0182", "1281"),
            "FI", List.of("091", "049", "837", "092", "564", "853", "179", "297", "398", "609"));

    static final Set<String> COUNTRIES = Set.of("NO", "SE", "FI");
}
