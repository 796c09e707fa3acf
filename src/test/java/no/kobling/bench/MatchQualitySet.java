package no.kobling.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written quality set {@code bench/matching/pairs.tsv} (format in bench/README.md): per pair three rows, the
 * querying company A, its true partner B (A seeks what B offers and the other way round) and D, a look-alike of B that
 * offers what A offers. Bad rows are reported with their line numbers.
 */
final class MatchQualitySet {

    static final Path DEFAULT = Path.of("bench/matching/pairs.tsv");
    static final List<String> HEADER = List.of("pair", "role", "industry", "lang", "country", "nace", "types",
            "offers", "seeks", "features");
    static final Set<String> LANGUAGES = Set.of("nb", "nn", "sv", "fi", "en");
    static final Set<String> COUNTRIES = Set.of("NO", "SE", "FI");
    static final Set<String> TYPES = Set.of("CAPACITY", "COMPETENCE", "SUPPLIER", "CUSTOMER", "JOINT_TENDER",
            "MARKET_ACCESS", "DISTRIBUTION", "RESEARCH");

    /** One company's profile of the set; {@code line} is its line in the file. */
    record Profile(String pair, char role, String language, String country, List<String> nace, Set<String> types,
            String offers, String seeks, int line) {
    }

    /** A, its true partner B and the look-alike D; industry and features (compound, abbrev, ...) from A's row. */
    record Pair(String id, String industry, Set<String> features, Profile a, Profile b, Profile d) {

        /** "sv>fi": the languages of A and B. */
        String languages() {
            return a.language() + ">" + b.language();
        }

        boolean crossLanguage() {
            return !a.language().equals(b.language());
        }
    }

    private MatchQualitySet() {
    }

    static List<Pair> load(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<Pair> parse(List<String> lines) {
        List<String> errors = new ArrayList<>();
        Map<String, Profile[]> byPair = new LinkedHashMap<>();
        Map<String, String[]> meta = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split("\t", -1);
            if (!header) {
                if (!List.of(f).equals(HEADER)) {
                    errors.add("line " + line + ": header must be " + String.join(" ", HEADER));
                }
                header = true;
                continue;
            }
            if (f.length != HEADER.size()) {
                errors.add("line " + line + ": " + f.length + " columns, expected " + HEADER.size());
                continue;
            }
            String pair = f[0].strip();
            String role = f[1].strip();
            if (!pair.matches("[0-9]{3}")) {
                errors.add("line " + line + ": pair id '" + pair + "' is not three digits");
            }
            if (!role.matches("[ABD]")) {
                errors.add("line " + line + ": role '" + role + "' is not A, B or D");
                continue;
            }
            if (!LANGUAGES.contains(f[3].strip())) {
                errors.add("line " + line + ": language '" + f[3] + "'");
            }
            if (!COUNTRIES.contains(f[4].strip())) {
                errors.add("line " + line + ": country '" + f[4] + "'");
            }
            List<String> nace = List.of(f[5].strip().split(","));
            for (String n : nace) {
                if (!n.matches("[0-9]{2}\\.[0-9]{2}")) {
                    errors.add("line " + line + ": NACE class '" + n + "' (NN.NN)");
                }
            }
            Set<String> types = new LinkedHashSet<>();
            for (String t : f[6].strip().split(",")) {
                if (!t.isBlank() && !TYPES.contains(t.strip())) {
                    errors.add("line " + line + ": cooperation type '" + t + "'");
                }
                if (!t.isBlank()) {
                    types.add(t.strip());
                }
            }
            if (f[7].isBlank() || f[8].isBlank()) {
                errors.add("line " + line + ": offers and seeks must both be written");
            }
            Profile p = new Profile(pair, role.charAt(0), f[3].strip(), f[4].strip(), nace, Set.copyOf(types),
                    f[7].strip(), f[8].strip(), line);
            Profile[] slots = byPair.computeIfAbsent(pair, k -> new Profile[3]);
            int slot = "ABD".indexOf(role);
            if (slots[slot] != null) {
                errors.add("line " + line + ": pair " + pair + " has a second " + role + " row");
            }
            slots[slot] = p;
            if (role.equals("A")) {
                if (f[2].isBlank()) {
                    errors.add("line " + line + ": A row without industry");
                }
                meta.put(pair, new String[] {f[2].strip(), f[9].strip()});
            }
        }
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, Profile[]> e : byPair.entrySet()) {
            Profile[] s = e.getValue();
            if (s[0] == null || s[1] == null || s[2] == null) {
                errors.add("pair " + e.getKey() + ": needs rows A, B and D");
                continue;
            }
            String[] m = meta.get(e.getKey());
            Set<String> features = new LinkedHashSet<>();
            for (String x : m[1].split(",")) {
                if (!x.isBlank()) {
                    features.add(x.strip());
                }
            }
            out.add(new Pair(e.getKey(), m[0], Set.copyOf(features), s[0], s[1], s[2]));
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("bad quality set:\n" + String.join("\n", errors));
        }
        return out;
    }
}
