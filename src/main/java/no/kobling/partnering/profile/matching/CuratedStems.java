package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-curated layer of the dictionary, matched by prefix on the text's words before any analysis: a word
 * matches a stem that starts it (sveiser, hitsausta, alihankintana); a stem of {@value #MIN_INNER} or more letters
 * also matches inside a word (sveiseoppdrag, hitsauspalveluja). Stems shorter than four letters only match words at
 * most three letters longer, so "mat" does not match "materiale". Stems with a space match a phrase. Filled while the
 * dictionary loads, read-only afterwards.
 */
final class CuratedStems {

    static final int MIN_INNER = 5;

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

    /** Adds a stem (lower case, NFC) of a concept; a stem with a space is a phrase. */
    void add(String stem, int concept) {
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
        int[] grown = Arrays.copyOf(node.concepts, node.concepts.length + 1);
        grown[grown.length - 1] = concept;
        node.concepts = grown;
    }

    /** The curated stems in a token, put into {@code found} with the token; true when one matched. */
    boolean match(String token, Map<Integer, String> found) {
        boolean any = false;
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
                    any = true;
                    for (int c : node.concepts) {
                        found.putIfAbsent(c, token);
                    }
                }
            }
        }
        return any;
    }

    /** The curated phrases the tokens hold (in order), for concepts not found yet. */
    void matchPhrases(List<String> tokens, Map<Integer, String> found) {
        if (phrases.isEmpty()) {
            return;
        }
        String joined = " " + String.join(" ", tokens) + " ";
        for (Phrase p : phrases) {
            if (!found.containsKey(p.concept) && joined.contains(" " + p.text)) {
                found.put(p.concept, p.text);
            }
        }
    }
}
