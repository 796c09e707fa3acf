package no.kobling.partnering.profile.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The multilingual concept dictionary: stems in nb, nn, sv, fi and en mapped to language-neutral concept ids. Free
 * text in any of those languages is reduced to the concepts it mentions, so a Norwegian need and a Finnish offer meet
 * on the same concept. A word matches a stem that starts it (inflection: sveiser, hitsausta, alihankintana); a stem of
 * {@value #MIN_INNER} or more letters also matches inside a word (compounds: sveiseoppdrag, hitsauspalveluja). Stems
 * shorter than four letters only match words at most three letters longer, so "mat" does not match "materiale".
 * Stems with a space match a phrase. Pure Java, immutable and thread-safe once loaded.
 */
public final class ConceptDictionary {

    static final int MIN_INNER = 5;
    public static final String RESOURCE = "/partnering/concepts.tsv";
    public static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "fi");

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Node root = new Node(0);
    private final List<Phrase> phrases = new ArrayList<>();

    private record Phrase(String text, int concept) {
    }

    private static final class Node {
        final int depth;
        final Map<Character, Node> next = new HashMap<>(4);
        int[] concepts = new int[0];

        Node(int depth) {
            this.depth = depth;
        }
    }

    /** The dictionary shipped with the application. */
    public static ConceptDictionary standard() {
        try (InputStream in = ConceptDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of {@code id<TAB>en<TAB>nb<TAB>nn<TAB>sv<TAB>fi}, stems comma-separated; # starts a comment. */
    public static ConceptDictionary load(InputStream in) throws IOException {
        ConceptDictionary d = new ConceptDictionary();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            int concept = d.intern(cols[0].strip());
            for (int i = 1; i < cols.length; i++) {
                for (String stem : cols[i].split(",")) {
                    d.addStem(normalise(stem).strip(), concept);
                }
            }
        }
        return d;
    }

    private int intern(String id) {
        return index.computeIfAbsent(id, k -> {
            ids.add(k);
            return ids.size() - 1;
        });
    }

    private void addStem(String stem, int concept) {
        if (stem.isEmpty()) {
            return;
        }
        if (stem.indexOf(' ') >= 0) {
            phrases.add(new Phrase(stem, concept));
            return;
        }
        Node node = root;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            Node parent = node;
            node = parent.next.computeIfAbsent(c, k -> new Node(parent.depth + 1));
        }
        for (int existing : node.concepts) {
            if (existing == concept) {
                return;
            }
        }
        int[] grown = java.util.Arrays.copyOf(node.concepts, node.concepts.length + 1);
        grown[grown.length - 1] = concept;
        node.concepts = grown;
    }

    /** Concept ids are also interned to ints (0..size-1) for the index. */
    public int size() {
        return ids.size();
    }

    public String id(int concept) {
        return ids.get(concept);
    }

    /** The int of a concept id, or -1 for an unknown id. */
    public int concept(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The concepts a text mentions, each with the first word of the text that mentioned it (for "why"). */
    public Map<Integer, String> analyse(String text) {
        Map<Integer, String> found = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String normal = normalise(text);
        List<String> tokens = tokens(normal);
        for (String token : tokens) {
            match(token, found);
        }
        if (!phrases.isEmpty()) {
            String joined = " " + String.join(" ", tokens) + " ";
            for (Phrase p : phrases) {
                if (!found.containsKey(p.concept) && joined.contains(" " + p.text)) {
                    found.put(p.concept, p.text);
                }
            }
        }
        return found;
    }

    /** The concept ints of a text, sorted and distinct. */
    public int[] concepts(String text) {
        return analyse(text).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private void match(String token, Map<Integer, String> found) {
        for (int start = 0; start < token.length(); start++) {
            Node node = root;
            for (int i = start; i < token.length(); i++) {
                node = node.next.get(token.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.concepts.length == 0) {
                    continue;
                }
                boolean accept = start == 0
                        ? node.depth >= 4 || token.length() <= node.depth + 3
                        : node.depth >= MIN_INNER;
                if (accept) {
                    for (int c : node.concepts) {
                        found.putIfAbsent(c, token);
                    }
                }
            }
        }
    }

    /** Lower case, NFC; hyphenated words are kept whole and also split. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(String normal) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= normal.length(); i++) {
            char c = i < normal.length() ? normal.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || ((c == '-' || c == '&') && current.length() > 0)) {
                current.append(c);
            } else if (current.length() > 0) {
                addToken(out, current.toString());
                current.setLength(0);
            }
        }
        return out;
    }

    private static void addToken(List<String> out, String token) {
        String t = token.replaceAll("[-&]+$", "");
        if (t.isEmpty()) {
            return;
        }
        out.add(t);
        if (t.indexOf('-') > 0) {
            for (String part : t.split("-")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
    }
}
