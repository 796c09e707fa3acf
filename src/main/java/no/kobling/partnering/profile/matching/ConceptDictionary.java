package no.kobling.partnering.profile.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The multilingual concept dictionary: language-neutral concept ids, and for each the words that mention it in nb, nn,
 * sv, fi and en. Free text in any of those languages is reduced to the concepts it mentions, so a Norwegian need and
 * a Finnish offer meet on the same concept. Two layers (docs/decisions/partner-matching.md):
 * <ul>
 * <li>the generated vocabulary ({@value #VOCABULARY}: NACE Rev. 2 codes and their aligned head words, the tag
 * vocabulary, the needs taxonomy), matched by term after Lucene's analysis of the text ({@link TextAnalysis}: word
 * forms, decompounding); a phrase matches a text that holds two of its content words (all when it has fewer)
 * ({@link VocabularyTerms});</li>
 * <li>the hand-curated stems on top ({@value #RESOURCE}), matched by prefix ({@link CuratedStems}).</li>
 * </ul>
 * Besides, the text's own words become word concepts ({@link WordTerms}). Country, region and municipality names
 * ({@value #PLACES}) never match. Loading is {@link DictionaryLoader}'s. Pure Java, thread-safe once loaded.
 */
public final class ConceptDictionary {

    public static final String RESOURCE = "/partnering/concepts.tsv";
    public static final String VOCABULARY = "/partnering/vocabulary.tsv";
    public static final String PLACES = "/partnering/places.txt";
    public static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "fi");

    private final TextAnalysis analysis;
    private final ConceptIds ids;
    private final CuratedStems stems;
    private final VocabularyTerms vocabulary;
    /** Per language: the stems of the place names, so no inflected form of a place becomes a word concept. */
    private final Map<String, Set<String>> placeStems;
    /** Finnish inflected forms met by the vocabulary's base forms where the stemmer leaves them apart. */
    private final FinnishLemmas lemmas;

    ConceptDictionary(TextAnalysis analysis, ConceptIds ids, CuratedStems stems, VocabularyTerms vocabulary,
            Map<String, Set<String>> placeStems, FinnishLemmas lemmas) {
        this.lemmas = lemmas;
        this.analysis = analysis;
        this.ids = ids;
        this.stems = stems;
        this.vocabulary = vocabulary;
        this.placeStems = placeStems;
    }

    /** The dictionary shipped with the application (curated layer, generated vocabulary, place names). */
    public static ConceptDictionary standard() {
        try (InputStream curated = resource(RESOURCE); InputStream vocabulary = resource(VOCABULARY);
                InputStream places = resource(PLACES)) {
            return load(curated, vocabulary, places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ConceptDictionary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        return in;
    }

    /** Only the curated stems, no vocabulary and no place names (tests of the stem layer). */
    public static ConceptDictionary load(InputStream curated) throws IOException {
        return load(curated, null, null);
    }

    /**
     * Reads the curated stems (lines of {@code id<TAB>en<TAB>nb<TAB>nn<TAB>sv<TAB>fi[<TAB>source]}, stems
     * comma-separated; # starts a comment), the generated vocabulary (same columns, words and phrases as written,
     * then the source) and the place names (one a line); the last two may be null.
     */
    public static ConceptDictionary load(InputStream curated, InputStream vocabulary, InputStream places)
            throws IOException {
        return DictionaryLoader.load(curated, vocabulary, places);
    }

    /** Concept ids are also interned to ints (0..size-1) for the index. */
    public int size() {
        return ids.size();
    }

    public String id(int concept) {
        return ids.id(concept);
    }

    /** True for a word concept of {@link WordTerms} (a text's own stem), not a concept of the dictionary. */
    public boolean isTerm(int concept) {
        return WordTerms.isTerm(id(concept));
    }

    /** The int of a concept id, or -1 for an unknown id. */
    public int concept(String id) {
        return ids.concept(id);
    }

    /** The language analysis the dictionary was stemmed with (and stems texts with). */
    public TextAnalysis analysis() {
        return analysis;
    }

    /** Where a concept comes from (the source column: curated, nace-rev2:..., tag:..., needs-taxonomy:...). */
    public String source(int concept) {
        return ids.source(concept);
    }

    /** The concepts a text mentions (language detected), each with the first word of the text that mentioned it. */
    public Map<Integer, String> analyse(String text) {
        return analyse(text, null);
    }

    /**
     * The concepts a text mentions, each with the first word of the text that mentioned it (for "why"). The text is
     * analysed in its declared language (null = unknown) and in the languages {@link LanguageGuess} sees in it (a
     * mixed text gets each candidate); with no clue at all, in all five.
     */
    public Map<Integer, String> analyse(String text, String language) {
        Map<Integer, String> found = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String normal = normalise(text);
        List<String> tokens = tokens(normal);
        List<String> guessed = LanguageGuess.candidates(tokens);
        tokens.removeIf(analysis::isPlace);
        Set<String> covered = new HashSet<>();
        for (String token : tokens) {
            if (stems.match(token, found)) {
                covered.add(token);
            }
        }
        stems.matchPhrases(tokens, found);
        if (!vocabulary.isEmpty()) {
            Set<String> languages = candidates(guessed, language);
            if (languages.contains("nb") && languages.contains("nn")) {
                languages.remove("nn"); // the same stemmer; the nb pass also looks up the nynorsk words
            }
            // the text's own words are read in one language: the declared one, unless the text is plainly in another
            String wordsLanguage = !guessed.isEmpty() && (language == null || !guessed.contains(language))
                    ? guessed.get(0) : languages.iterator().next();
            if (!languages.contains(wordsLanguage)) {
                wordsLanguage = languages.iterator().next();
            }
            Map<Integer, String> stemOf = new LinkedHashMap<>();
            Map<String, String> via = new LinkedHashMap<>();
            for (String l : languages) {
                List<TextAnalysis.Term> terms = vocabulary.wholeKnownWords(analysis.terms(text, l), l);
                stemOf.clear();
                vocabulary.match(terms, l, found, covered, stemOf);
                if (l.equals("fi")) {
                    // inflected forms the stemmer leaves apart from the vocabulary's base forms
                    for (String word : FinnishLemmas.words(terms)) {
                        if (covered.contains(normalise(word))) {
                            continue;
                        }
                        for (int c : lemmas.of(word)) {
                            if (!found.containsKey(c)) {
                                found.put(c, word);
                                stemOf.put(c, lemmas.stemOf(word));
                            }
                        }
                    }
                }
                for (Map.Entry<Integer, String> e : stemOf.entrySet()) {
                    String id = ids.id(e.getKey());
                    if (WordTerms.isBilingual(id)) {
                        via.putIfAbsent(WordTerms.via(l, e.getValue(), id), found.get(e.getKey()));
                    }
                }
                if (l.equals(wordsLanguage)) {
                    Set<String> general = vocabulary.generic(l);
                    Set<String> placeStem = placeStems.getOrDefault(l, Set.of());
                    for (Map.Entry<String, String> w : WordTerms.of(terms, l,
                            stem -> general.contains(stem) || placeStem.contains(stem)).entrySet()) {
                        found.putIfAbsent(ids.intern(w.getKey(), WordTerms.SOURCE), w.getValue());
                    }
                }
            }
            for (Map.Entry<String, String> a : WordTerms.names(text, this::isPlaceForm).entrySet()) {
                found.putIfAbsent(ids.intern(a.getKey(), WordTerms.SOURCE), a.getValue());
            }
            for (Map.Entry<String, String> v : via.entrySet()) {
                found.putIfAbsent(ids.intern(v.getKey(), WordTerms.SOURCE), v.getValue());
            }
        }
        return found;
    }

    /** A place name or an inflected form of one in any language (Norjasta, Ruotsin, Finlands). */
    private boolean isPlaceForm(String word) {
        if (analysis.isPlace(word)) {
            return true;
        }
        for (String l : LANGUAGES) {
            if (placeStems.get(l).contains(TextAnalysis.stem(word, l))) {
                return true;
            }
        }
        return false;
    }

    /** The languages a text is analysed in: the declared one, then the guessed ones; all when nothing is known. */
    static Set<String> candidates(List<String> guessed, String language) {
        Set<String> out = new LinkedHashSet<>();
        if (language != null && LANGUAGES.contains(language)) {
            out.add(language);
        }
        out.addAll(guessed);
        if (out.isEmpty()) {
            out.addAll(LANGUAGES);
        }
        return out;
    }

    /** The concept ints of a text, sorted and distinct (language detected). */
    public int[] concepts(String text) {
        return concepts(text, null);
    }

    /** The concept ints of a text in a declared language (null = detect), sorted and distinct. */
    public int[] concepts(String text, String language) {
        return analyse(text, language).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
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
        int end = token.length();
        while (end > 0 && (token.charAt(end - 1) == '-' || token.charAt(end - 1) == '&')) {
            end--;
        }
        String t = token.substring(0, end);
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
