package no.kobling.partnering.profile.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finnish inflected forms met by the vocabulary's base forms, where Snowball's Finnish stemmer leaves them apart: it
 * reads "ikkuna" as an essive ("iku") but "ikkunoita" as "ikkuno", keeps the plural "j" ("lastulevyjä" →
 * "lastulevyj") and does not join "-nen" with "-s-" (puinen, puisia) or consonant gradation (asiakas, asiakkaita). A
 * base form of the vocabulary (a single Finnish word of at least five letters) is kept under the stems its forms
 * begin with — the word without its last vowel ("ikkun", "lastulev"), without "-s" ("hitsau", "kaivo", "asiaka"),
 * "-nen" as "-s" ("puis") — with double consonants folded on both sides (gradation), and a word of a text matches
 * the base form whose stem is its longest beginning, when what is left is short enough to be an ending
 * ({@value #MAX_ENDING} letters) and the stem has at least {@value #MIN_STEM} letters.
 */
final class FinnishLemmas {

    static final int MIN_STEM = 4;
    static final int MAX_ENDING = 6;
    static final int MIN_LEMMA = 5;

    private final Map<String, int[]> byStem = new HashMap<>();

    /** Adds a single-word Finnish base form of a concept (other forms of the entry are ignored). */
    void add(String lemma, int concept) {
        String w = ConceptDictionary.normalise(lemma).strip();
        if (w.length() < MIN_LEMMA || !w.chars().allMatch(Character::isLetter)) {
            return;
        }
        put(w, concept);
        if (w.endsWith("nen")) {
            put(w.substring(0, w.length() - 3) + "s", concept);
        } else if (w.endsWith("s")) {
            put(w.substring(0, w.length() - 1), concept);
        } else if ("aäoöuyie".indexOf(w.charAt(w.length() - 1)) >= 0) {
            put(w.substring(0, w.length() - 1), concept);
        }
    }

    private void put(String stem, int concept) {
        String key = fold(stem);
        if (key.length() < MIN_STEM) {
            return;
        }
        int[] old = byStem.get(key);
        if (old == null) {
            byStem.put(key, new int[] {concept});
        } else if (Arrays.stream(old).noneMatch(c -> c == concept)) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = concept;
            byStem.put(key, grown);
        }
    }

    /** The concepts of the base form a word is an inflected form of (its longest matching stem), or none. */
    int[] of(String word) {
        String w = fold(ConceptDictionary.normalise(word));
        for (int cut = w.length(); cut >= MIN_STEM && w.length() - cut <= MAX_ENDING; cut--) {
            int[] found = byStem.get(w.substring(0, cut));
            if (found != null) {
                return found;
            }
        }
        return NONE;
    }

    /** The stem key a word matched under, for {@link WordTerms#via}; null when none. */
    String stemOf(String word) {
        String w = fold(ConceptDictionary.normalise(word));
        for (int cut = w.length(); cut >= MIN_STEM && w.length() - cut <= MAX_ENDING; cut--) {
            if (byStem.containsKey(w.substring(0, cut))) {
                return w.substring(0, cut);
            }
        }
        return null;
    }

    private static final int[] NONE = new int[0];

    /** Double letters folded to one (consonant gradation: kk/k, pp/p, tt/t, and long vowels alike). */
    static String fold(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static List<String> words(List<TextAnalysis.Term> terms) {
        return terms.stream().map(TextAnalysis.Term::word).distinct().toList();
    }
}
