package no.kobling.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word lists per language ({@code bench/words_<lang>.txt}) used to build company names and street names. */
record Words(List<String> first, List<String> last, List<String> brand, List<String> street,
        Map<String, List<String>> industry) {

    /** Words for a NACE section (A..U), or the generic ones. */
    List<String> industryWords(String section) {
        return industry.getOrDefault(section, industry.get("*"));
    }

    static Words of(String country) {
        Map<String, List<String>> sections = new HashMap<>();
        Map<String, List<String>> industry = new HashMap<>();
        String resource = "bench/words_" + country.toLowerCase() + ".txt";
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<String> current = null;
            String currentName = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[")) {
                    currentName = t.substring(1, t.length() - 1);
                    current = sections.computeIfAbsent(currentName, k -> new ArrayList<>());
                } else if (current != null) {
                    if ("industry".equals(currentName)) {
                        int colon = t.indexOf(':');
                        industry.put(t.substring(0, colon).strip(), List.of(t.substring(colon + 1).strip().split("\\s+")));
                    } else if ("street".equals(currentName)) {
                        // street names may have two words ("KONGENS GATE"): pairs are kept together below
                        current.addAll(streetNames(t));
                    } else {
                        current.addAll(List.of(t.split("\\s+")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(List.copyOf(sections.get("first")), List.copyOf(sections.get("last")),
                List.copyOf(sections.get("brand")), List.copyOf(sections.get("street")),
                Map.copyOf(industry));
    }

    private static List<String> streetNames(String line) {
        List<String> result = new ArrayList<>();
        String[] tokens = line.split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean prefix = t.equals("KONGENS") || t.equals("DRONNINGENS") || t.equals("ØVRE") || t.equals("NEDRE")
                    || t.equals("ØSTRE") || t.equals("VESTRE");
            if (prefix && i + 1 < tokens.length) {
                result.add(t + " " + tokens[++i]);
            } else {
                result.add(t);
            }
        }
        return result;
    }
}
