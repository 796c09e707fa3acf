package no.kobling.company.importing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Norwegian municipality numbers from before the 2024 reform, translated to 2024 numbers where the translation is
 * unambiguous. Source and rules: {@code company-import/SOURCES.md}.
 */
public final class NorwegianMunicipalityReform {

    public static final String RESOURCE = "/company-import/norway-municipalities-2024-correspondence.csv";
    static final Set<String> HARAM_PLACES = Set.of("BRATTVÅG", "SØVIK", "HILDRE", "VATNE", "TENNFJORD", "LONGVA",
            "FJØRTOFTA", "HARAMSØY", "KJERSTAD");
    static final Set<String> ALESUND_PLACES = Set.of("ÅLESUND", "SPJELKAVIK", "SKODJE", "ØRSKOG", "SJØHOLT", "STETTE",
            "HARØY", "STEINSHAMN");
    private static final Set<String> RETIRED_COUNTIES = Set.of("01", "02", "04", "05", "06", "07", "08", "09", "10",
            "12", "14", "16", "17", "19", "20", "30", "38", "54");

    private final Map<String, String> oldToNew;

    public NorwegianMunicipalityReform(Map<String, String> oldToNew) {
        this.oldToNew = Map.copyOf(oldToNew);
    }

    public static NorwegianMunicipalityReform load() {
        try (InputStream in = NorwegianMunicipalityReform.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Map<String, String> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] parts = line.split(",");
                    map.put(parts[0], parts[2]);
                }
            }
            return new NorwegianMunicipalityReform(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> correspondence() {
        return oldToNew;
    }

    /** The 2024 number for an old number, if the old number alone decides it. */
    public Optional<String> translate(String oldCode) {
        return Optional.ofNullable(oldToNew.get(oldCode));
    }

    /** 1507 Ålesund: 1580 Haram or 1508 Ålesund by the postal place, empty when the place does not decide. */
    public Optional<String> translateAlesund(String... places) {
        for (String place : places) {
            if (place == null) {
                continue;
            }
            String p = place.strip().toUpperCase(Locale.ROOT);
            if (HARAM_PLACES.contains(p)) {
                return Optional.of("1580");
            }
            if (ALESUND_PLACES.contains(p)) {
                return Optional.of("1508");
            }
        }
        return Optional.empty();
    }

    /** A number of a county that no longer exists, or of a municipality that was renumbered. */
    public boolean isRetired(String code) {
        return "1507".equals(code) || oldToNew.containsKey(code)
                || code.length() == 4 && RETIRED_COUNTIES.contains(code.substring(0, 2));
    }
}
