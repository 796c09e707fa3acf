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
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The multilingual concept dictionary: language-neutral concept ids, and for each the words that mention it in nb, nn,
 * sv, fi and en. Free text in any of those languages is reduced to the concepts it mentions, so a Norwegian need and
 * a Finnish offer meet on the same concept. Two layers (docs/decisions/partner-matching.md):
 * <ul>
 * <li>the generated vocabulary ({@value #VOCABULARY}: NACE Rev. 2 codes and their aligned head words, the tag
 * vocabulary, the needs taxonomy), matched by term after Lucene's analysis of the text ({@link TextAnalysis}: word
 * forms, decompounding); a phrase matches a text that holds two of its content words (all when it has fewer);</li>
 * <li>the hand-curated stems on top ({@value #RESOURCE}), matched by prefix: a word matches a stem that starts it
 * (sveiser, hitsausta, alihankintana); a stem of {@value #MIN_INNER} or more letters also matches inside a word
 * (sveiseoppdrag, hitsauspalveluja). Stems shorter than four letters only match words at most three letters longer,
 * so "mat" does not match "materiale". Stems with a space match a phrase.</li>
 * </ul>
 * Country, region and municipality names ({@value #PLACES}) never match. Pure Java, immutable and thread-safe once
 * loaded.
 */
public final class ConceptDictionary {

    static final int MIN_INNER = 5;
    public static final String RESOURCE = "/partnering/concepts.tsv";
    public static final String VOCABULARY = "/partnering/vocabulary.tsv";
    public static final String PLACES = "/partnering/places.txt";
    public static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "fi");

    private final List<String> ids = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> index = new java.util.concurrent.ConcurrentHashMap<>();
    private final Node root = new Node(0);
    private final List<Phrase> phrases = new ArrayList<>();
    private final TextAnalysis analysis;
    /** Per language: term -> the expressions (of the vocabulary) that contain it. */
    private final Map<String, Map<String, int[]>> expressionsByTerm = new HashMap<>();
    /** Per expression: its concept and how many distinct terms a text must hold. */
    private int[] expressionConcept = new int[0];
    private int[] expressionNeeds = new int[0];
    private boolean[] expressionCurated = new boolean[0];
    /** Per language: stems of words too general to mean anything alone (services, products, activities ...). */
    private final Map<String, Set<String>> generic = new HashMap<>();
    /** Per language: the stems of the place names, so no inflected form of a place becomes a word concept. */
    private final Map<String, Set<String>> placeStems = new HashMap<>();
    private int expressions;

    /**
     * Words too general to stand for a concept of the generated vocabulary on their own: "Other service activities"
     * must not make every "services" a NACE code. (The curated layer decides for itself.)
     */
    static final Map<String, String> GENERIC = Map.of(
            "en", "service services product products activity activities work works company companies solution "
                    + "solutions client clients region area business",
            "nb", "tjeneste tjenester produkt produkter virksomhet arbeid bedrift firma løsning løsninger region "
                    + "område kunde kunder",
            "nn", "teneste tenester produkt produkt verksemd arbeid bedrift firma løysing løysingar region område "
                    + "kunde kundar",
            "sv", "tjänst tjänster produkt produkter verksamhet arbete företag firma lösning lösningar region område "
                    + "kund kunder",
            "fi", "palvelu palvelut tuote tuotteet toiminta työ yritys yritykset ratkaisu ratkaisut alue alueen "
                    + "asiakas asiakkaat");

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

    private ConceptDictionary(TextAnalysis analysis) {
        this.analysis = analysis;
        for (String l : LANGUAGES) {
            expressionsByTerm.put(l, new HashMap<>());
        }
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
        List<String> placeNames = new ArrayList<>();
        if (places != null) {
            for (String line : lines(places)) {
                placeNames.add(line.strip());
            }
        }
        ConceptDictionary d = new ConceptDictionary(new TextAnalysis(placeNames));
        for (String l : LANGUAGES) {
            Set<String> stems = new HashSet<>();
            for (String place : placeNames) {
                if (!place.isEmpty() && place.indexOf(' ') < 0) {
                    stems.add(TextAnalysis.stem(place, l));
                }
            }
            d.placeStems.put(l, stems);
        }
        GENERIC.forEach((language, words) -> {
            Set<String> stems = new HashSet<>();
            for (String w : words.split(" ")) {
                stems.addAll(d.analysis.phrase(w, language));
            }
            d.generic.put(language, stems);
        });
        Set<String> compoundWords = new HashSet<>();
        for (String line : lines(curated)) {
            String[] cols = line.split("\t", -1);
            int concept = d.intern(cols[0].strip(), cols.length > 6 ? cols[6].strip() : "curated");
            for (int i = 1; i <= 5 && i < cols.length; i++) {
                for (String stem : cols[i].split(",")) {
                    String s = normalise(stem).strip();
                    d.addStem(s, concept);
                    if (s.length() >= 4 && s.indexOf(' ') < 0 && s.indexOf('-') < 0) {
                        compoundWords.add(s);
                        // the stem's own word forms too ("gruva" also meets gruvor, gruvan)
                        String language = LANGUAGES.get(i - 1);
                        d.addExpression(language, d.analysis.phrase(s, language), concept, true);
                    }
                }
            }
        }
        if (vocabulary != null) {
            for (String line : lines(vocabulary)) {
                String[] cols = line.split("\t", -1);
                int concept = d.intern(cols[0].strip(), cols.length > 6 ? cols[6].strip() : "vocabulary");
                for (int i = 1; i <= 5 && i < cols.length; i++) {
                    String language = LANGUAGES.get(i - 1);
                    for (String expression : cols[i].split(",")) {
                        List<String> terms = d.analysis.phrase(expression, language);
                        d.addExpression(language, terms, concept, false);
                        for (String word : ConceptDictionary.tokens(normalise(expression))) {
                            compoundWords.add(word);
                        }
                        if (terms.size() == 1) {
                            compoundWords.add(terms.get(0));
                        }
                    }
                }
            }
        }
        compoundWords.removeIf(w -> w.length() < TextAnalysis.MIN_SUBWORD || d.analysis.isPlace(w));
        d.analysis.decompoundWith(compoundWords);
        return d;
    }

    private static List<String> lines(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    private void addExpression(String language, List<String> terms, int concept, boolean curated) {
        Set<String> general = generic.getOrDefault(language, Set.of());
        List<String> distinct = terms.stream().filter(t -> curated || !general.contains(t)).distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        int e = expressions++;
        if (e == expressionConcept.length) {
            expressionConcept = java.util.Arrays.copyOf(expressionConcept, Math.max(64, e * 2));
            expressionNeeds = java.util.Arrays.copyOf(expressionNeeds, expressionConcept.length);
            expressionCurated = java.util.Arrays.copyOf(expressionCurated, expressionConcept.length);
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
                int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                grown[old.length] = e;
                byTerm.put(t, grown);
            }
        }
    }

    private int intern(String id, String source) {
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        synchronized (ids) {
            return index.computeIfAbsent(id, k -> {
                ids.add(k);
                sources.add(source);
                return ids.size() - 1;
            });
        }
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
        synchronized (ids) {
            return ids.size();
        }
    }

    public String id(int concept) {
        synchronized (ids) {
            return ids.get(concept);
        }
    }

    /** True for a word concept of {@link WordTerms} (a text's own stem), not a concept of the dictionary. */
    public boolean isTerm(int concept) {
        return WordTerms.isTerm(id(concept));
    }

    /** The int of a concept id, or -1 for an unknown id. */
    public int concept(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The language analysis the dictionary was stemmed with (and stems texts with). */
    public TextAnalysis analysis() {
        return analysis;
    }

    /** Where a concept comes from (the source column: curated, nace-rev2:..., tag:..., needs-taxonomy:...). */
    public String source(int concept) {
        synchronized (ids) {
            return sources.get(concept);
        }
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
            if (match(token, found)) {
                covered.add(token);
            }
        }
        if (!phrases.isEmpty()) {
            String joined = " " + String.join(" ", tokens) + " ";
            for (Phrase p : phrases) {
                if (!found.containsKey(p.concept) && joined.contains(" " + p.text)) {
                    found.put(p.concept, p.text);
                }
            }
        }
        if (expressions > 0) {
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
            for (String l : languages) {
                List<TextAnalysis.Term> terms = wholeKnownWords(analysis.terms(text, l), l);
                matchTerms(terms, l, found, covered);
                if (l.equals(wordsLanguage)) {
                    Set<String> general = generic.getOrDefault(l, Set.of());
                    Set<String> placeStem = placeStems.getOrDefault(l, Set.of());
                    for (Map.Entry<String, String> w : WordTerms.of(terms, l,
                            stem -> general.contains(stem) || placeStem.contains(stem)).entrySet()) {
                        found.putIfAbsent(intern(w.getKey(), WordTerms.SOURCE), w.getValue());
                    }
                }
            }
            for (Map.Entry<String, String> a : WordTerms.names(text, this::isPlaceForm).entrySet()) {
                found.putIfAbsent(intern(a.getKey(), WordTerms.SOURCE), a.getValue());
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
        Set<String> out = new java.util.LinkedHashSet<>();
        if (language != null && LANGUAGES.contains(language)) {
            out.add(language);
        }
        out.addAll(guessed);
        if (out.isEmpty()) {
            out.addAll(LANGUAGES);
        }
        return out;
    }

    /**
     * A word the vocabulary knows as a whole is not also read as its parts: "transport" is not "port" and "sport",
     * "timebestilling" is not "stillas". The analysis emits a word, then the parts it found inside (same surface word);
     * the parts are dropped when the whole word's term is a term of the vocabulary in this language.
     */
    private List<TextAnalysis.Term> wholeKnownWords(List<TextAnalysis.Term> terms, String language) {
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
    private void matchTerms(List<TextAnalysis.Term> terms, String language, Map<Integer, String> found,
            Set<String> covered) {
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
                String word = normalise(t.word());
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

    /** The concept ints of a text, sorted and distinct (language detected). */
    public int[] concepts(String text) {
        return concepts(text, null);
    }

    /** The concept ints of a text in a declared language (null = detect), sorted and distinct. */
    public int[] concepts(String text, String language) {
        return analyse(text, language).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Curated stems in a token; true when one matched. */
    private boolean match(String token, Map<Integer, String> found) {
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
