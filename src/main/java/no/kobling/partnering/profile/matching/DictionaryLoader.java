package no.kobling.partnering.profile.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link ConceptDictionary} from its resources: the curated stems, the generated vocabulary and the place
 * names. Concept ids are interned in file order (curated first), the curated stems go into the prefix layer
 * ({@link CuratedStems}) and, from four letters, through the language analysis into the term table
 * ({@link VocabularyTerms}) too; the vocabulary's words and stems become the analysis' decompounding dictionary.
 */
final class DictionaryLoader {

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

    private DictionaryLoader() {
    }

    /**
     * Reads the curated stems (lines of {@code id<TAB>en<TAB>nb<TAB>nn<TAB>sv<TAB>fi[<TAB>source]}, stems
     * comma-separated; # starts a comment), the generated vocabulary (same columns, words and phrases as written,
     * then the source) and the place names (one a line); the last two may be null.
     */
    static ConceptDictionary load(InputStream curated, InputStream vocabulary, InputStream places) throws IOException {
        List<String> languages = ConceptDictionary.LANGUAGES;
        List<String> placeNames = new ArrayList<>();
        if (places != null) {
            for (String line : lines(places)) {
                placeNames.add(line.strip());
            }
        }
        TextAnalysis analysis = new TextAnalysis(placeNames);
        ConceptIds ids = new ConceptIds();
        CuratedStems stems = new CuratedStems();
        VocabularyTerms terms = new VocabularyTerms(languages);
        FinnishLemmas lemmas = new FinnishLemmas();
        Map<String, Set<String>> placeStems = new HashMap<>();
        for (String l : languages) {
            Set<String> stemsOfPlaces = new HashSet<>();
            for (String place : placeNames) {
                if (!place.isEmpty() && place.indexOf(' ') < 0) {
                    stemsOfPlaces.add(TextAnalysis.stem(place, l));
                }
            }
            placeStems.put(l, stemsOfPlaces);
        }
        GENERIC.forEach((language, words) -> {
            Set<String> general = new HashSet<>();
            for (String w : words.split(" ")) {
                general.addAll(analysis.phrase(w, language));
            }
            terms.generic(language, general);
        });
        Set<String> compoundWords = new HashSet<>();
        for (String line : lines(curated)) {
            String[] cols = line.split("\t", -1);
            int concept = ids.intern(cols[0].strip(), cols.length > 6 ? cols[6].strip() : "curated");
            for (int i = 1; i <= 5 && i < cols.length; i++) {
                for (String stem : cols[i].split(",")) {
                    String s = ConceptDictionary.normalise(stem).strip();
                    stems.add(s, concept);
                    if (s.length() >= 4 && s.indexOf(' ') < 0 && s.indexOf('-') < 0) {
                        compoundWords.add(s);
                        // the stem's own word forms too ("gruva" also meets gruvor, gruvan)
                        String language = languages.get(i - 1);
                        terms.add(language, analysis.phrase(s, language), concept, true);
                    }
                }
            }
        }
        if (vocabulary != null) {
            for (String line : lines(vocabulary)) {
                String[] cols = line.split("\t", -1);
                int concept = ids.intern(cols[0].strip(), cols.length > 6 ? cols[6].strip() : "vocabulary");
                for (int i = 1; i <= 5 && i < cols.length; i++) {
                    String language = languages.get(i - 1);
                    for (String expression : cols[i].split(",")) {
                        List<String> analysed = analysis.phrase(expression, language);
                        terms.add(language, analysed, concept, false);
                        if (language.equals("fi") && analysed.size() == 1
                                && !terms.generic(language).contains(analysed.get(0))
                                && expression.strip().indexOf(' ') < 0) {
                            lemmas.add(expression, concept);
                        }
                        compoundWords.addAll(ConceptDictionary.tokens(ConceptDictionary.normalise(expression)));
                        if (analysed.size() == 1) {
                            compoundWords.add(analysed.get(0));
                        }
                    }
                }
            }
        }
        compoundWords.removeIf(w -> w.length() < TextAnalysis.MIN_SUBWORD || analysis.isPlace(w));
        analysis.decompoundWith(compoundWords);
        return new ConceptDictionary(analysis, ids, stems, terms, placeStems, lemmas);
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
}
