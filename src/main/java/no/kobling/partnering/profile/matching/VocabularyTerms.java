package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dictionary's expressions looked up by analysed term: the generated vocabulary (NACE titles, aligned head words,
 * tags, needs, business words) and the curated stems' own word forms. Per language, a term maps to the expressions
 * that hold it; an expression of two or more content words matches a text that holds two of them, a single word
 * matches alone. Also decides which parts of a compound count ({@link #wholeKnownWords}). Filled while the dictionary
 * loads, read-only afterwards.
 */
final class VocabularyTerms {

    /** Per language: term -> the expressions (of the vocabulary) that contain it. */
    private final Map<String, Map<String, int[]>> expressionsByTerm = new HashMap<>();
    /** Per language: stems of words too general to mean anything alone (services, products, activities ...). */
    private final Map<String, Set<String>> generic = new HashMap<>();
    /** Per expression: its concept, how many distinct terms a text must hold, and whether it is curated. */
    private int[] expressionConcept = new int[0];
    private int[] expressionNeeds = new int[0];
    private boolean[] expressionCurated = new boolean[0];
    private int expressions;

    VocabularyTerms(List<String> languages) {
        for (String l : languages) {
            expressionsByTerm.put(l, new HashMap<>());
        }
    }

    /** Sets the stems of a language's general words (they never make a vocabulary concept alone). */
    void generic(String language, Set<String> stems) {
        generic.put(language, stems);
    }

    /** The stems of a language's general words. */
    Set<String> generic(String language) {
        return generic.getOrDefault(language, Set.of());
    }

    boolean isEmpty() {
        return expressions == 0;
    }

    /** Adds an expression (its analysed terms) of a concept; general words count only in curated expressions. */
    void add(String language, List<String> terms, int concept, boolean curated) {
        Set<String> general = generic(language);
        List<String> distinct = terms.stream().filter(t -> curated || !general.contains(t)).distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        int e = expressions++;
        if (e == expressionConcept.length) {
            expressionConcept = Arrays.copyOf(expressionConcept, Math.max(64, e * 2));
            expressionNeeds = Arrays.copyOf(expressionNeeds, expressionConcept.length);
            expressionCurated = Arrays.copyOf(expressionCurated, expressionConcept.length);
        }
        expressionCurated[e] = curated;
        expressionConcept[e] = concept;
        expressionNeeds[e] = Math.min(2, distinct.size());
        Map<String, int[]> byTerm = expressionsByTerm.get(language);
        for (String t : distinct) {
            int[] old = byTerm.get(t);
            if (old == null) {
                byTerm.put(t, new int[] {e});
            } else {
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = e;
                byTerm.put(t, grown);
            }
        }
    }

    /**
     * A word the vocabulary knows as a whole is not also read as its parts: "transport" is not "port" and "sport",
     * "timebestilling" is not "stillas". The analysis emits a word, then the parts it found inside (same surface word);
     * the parts are dropped when the whole word's term is a term of the vocabulary in this language.
     */
    List<TextAnalysis.Term> wholeKnownWords(List<TextAnalysis.Term> terms, String language) {
        List<TextAnalysis.Term> out = new ArrayList<>(terms.size());
        List<TextAnalysis.Term> parts = new ArrayList<>();
        String word = null;
        boolean known = false;
        for (TextAnalysis.Term t : terms) {
            if (t.word().equals(word)) {
                if (!known) {
                    parts.add(t);
                }
                continue;
            }
            out.addAll(outermost(parts));
            parts.clear();
            word = t.word();
            known = knows(t.term(), language);
            out.add(t);
        }
        out.addAll(outermost(parts));
        return out;
    }

    /** The parts of one compound without those found inside a longer part ("still" inside "bestilling"). */
    private static List<TextAnalysis.Term> outermost(List<TextAnalysis.Term> parts) {
        if (parts.size() < 2) {
            return parts;
        }
        List<TextAnalysis.Term> out = new ArrayList<>(parts.size());
        for (TextAnalysis.Term p : parts) {
            boolean inner = false;
            for (TextAnalysis.Term q : parts) {
                inner |= q.term().length() > p.term().length() && q.term().contains(p.term());
            }
            if (!inner) {
                out.add(p);
            }
        }
        return out;
    }

    private boolean knows(String term, String language) {
        if (expressionsByTerm.get(language).containsKey(term)) {
            return true;
        }
        String other = language.equals("nb") ? "nn" : language.equals("nn") ? "nb" : null;
        return other != null && expressionsByTerm.get(other).containsKey(term);
    }

    /**
     * Looks the terms up: first the curated stems' own word forms (every word), then the generated vocabulary, where
     * a word some curated stem covered only counts towards phrases (the curated layer is on top: "services" is
     * maintenance there, not also every NACE title that says "service").
     */
    void match(List<TextAnalysis.Term> terms, String language, Map<Integer, String> found, Set<String> covered) {
        match(terms, language, found, covered, null);
    }

    /**
     * As {@link #match(List, String, Map, Set)}, and for each concept of the generated vocabulary found by one word
     * alone, the term (stem) of that word into {@code stemOf} (null = not wanted): what {@link ConceptDictionary}
     * needs to let a concept met by the same word on both sides count once.
     */
    void match(List<TextAnalysis.Term> terms, String language, Map<Integer, String> found, Set<String> covered,
            Map<Integer, String> stemOf) {
        List<Map<String, int[]>> maps = new ArrayList<>(2);
        maps.add(expressionsByTerm.get(language));
        if (language.equals("nb") || language.equals("nn")) {
            maps.add(expressionsByTerm.get(language.equals("nb") ? "nn" : "nb"));
        }
        Map<Integer, Integer> partial = null;
        for (int layer = 0; layer < 2; layer++) {
            boolean curated = layer == 0;
            Set<String> seen = new HashSet<>();
            for (TextAnalysis.Term t : terms) {
                String word = ConceptDictionary.normalise(t.word());
                // a word a curated stem covered still counts towards a phrase, not alone
                boolean alone = curated || !covered.contains(word);
                if (!seen.add(t.term())) {
                    continue;
                }
                for (Map<String, int[]> map : maps) {
                    int[] es = map.get(t.term());
                    if (es == null) {
                        continue;
                    }
                    for (int e : es) {
                        if (expressionCurated[e] != curated) {
                            continue;
                        }
                        if (curated) {
                            covered.add(word);
                        }
                        int concept = expressionConcept[e];
                        if (found.containsKey(concept)) {
                            continue;
                        }
                        if (expressionNeeds[e] == 1) {
                            if (alone) {
                                found.put(concept, t.word());
                                if (stemOf != null && !curated) {
                                    stemOf.put(concept, t.term());
                                }
                            }
                            continue;
                        }
                        if (partial == null) {
                            partial = new HashMap<>();
                        }
                        // counted once per distinct term (a term is in an expression once)
                        if (partial.merge(e, 1, Integer::sum) >= expressionNeeds[e]) {
                            found.put(concept, t.word());
                        }
                    }
                }
            }
        }
    }
}
