package no.kobling.partnering.profile.matching.words;

import static org.assertj.core.api.Assertions.assertThat;

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
import no.kobling.partnering.profile.matching.ConceptDictionary;
import org.junit.jupiter.api.Test;

/**
 * The aligned everyday vocabulary from the FreeDict/WikDict dictionaries (issue 17, third round; the {@code fd:} rows
 * of vocabulary.tsv, written by tools/partnering/vocabulary.py from the committed extract in tools/partnering/freedict):
 * the filter rules are checked on the generated file itself, and a Finnish word meets its translations through the
 * application's own analysis. No Spring.
 */
class FreedictVocabularyTest {

    static final ConceptDictionary DICTIONARY = WordFormsTest.DICTIONARY;

    /** One fd row: id, cells en nb nn sv fi, source. */
    record Row(String id, List<List<String>> cells, String source) {
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : lines(ConceptDictionary.VOCABULARY)) {
            if (!line.startsWith("fd:")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            List<List<String>> cells = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                cells.add(cols[i].isEmpty() ? List.of() : List.of(cols[i].split(",")));
            }
            out.add(new Row(cols[0], cells, cols[6]));
        }
        return out;
    }

    @Test
    void everyFreedictConceptLinksAFinnishWordToAnotherLanguageAndNamesItsSourceAndLicence() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(5000);
        Set<String> places = new HashSet<>(lines(ConceptDictionary.PLACES));
        Map<String, Integer> conceptsPerWord = new HashMap<>();
        for (Row r : rows) {
            assertThat(r.source()).as(r.id()).startsWith("freedict:").contains("CC BY-SA 3.0");
            // one Finnish headword, at least one of en, nb, sv; no nynorsk column (nno-nob is GPL, not used)
            assertThat(r.cells().get(4)).as(r.id()).hasSize(1);
            assertThat(r.id()).startsWith("fd:" + r.cells().get(4).get(0));
            assertThat(r.cells().get(0).size() + r.cells().get(1).size() + r.cells().get(3).size()).as(r.id())
                    .isPositive();
            assertThat(r.cells().get(2)).as(r.id()).isEmpty();
            // nouns and adjectives only (verbs would carry ":v")
            assertThat(r.id()).doesNotEndWith(":v");
            for (int lang = 0; lang < 5; lang++) {
                List<String> words = r.cells().get(lang);
                assertThat(words).as(r.id()).hasSizeLessThanOrEqualTo(3);
                for (String w : words) {
                    // single lower-case words (letters, optionally hyphenated: e-bok) of four letters or more, never a
                    // place or country name
                    assertThat(w).as(r.id()).hasSizeGreaterThanOrEqualTo(4).matches("\\p{Ll}+(-\\p{Ll}+)*");
                    assertThat(places).as(r.id()).doesNotContain(w);
                    conceptsPerWord.merge(lang + ":" + w, 1, Integer::sum);
                }
            }
        }
        // a concept is one headword's translations, not a closure: no word sits in a crowd of concepts
        assertThat(conceptsPerWord.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isLessThanOrEqualTo(10);
    }

    @Test
    void aFinnishWordMeetsItsSwedishNorwegianAndEnglishTranslation() {
        // sokeri / socker / sukker / sugar and hammas / tand / tann / tooth: no curated stem, tag, need or NACE title
        for (String[][] words : new String[][][] {
                {{"sokeri", "fi"}, {"socker", "sv"}, {"sukker", "nb"}, {"sukker", "nn"}, {"sugar", "en"}},
                {{"hammas", "fi"}, {"tand", "sv"}, {"tann", "nb"}, {"tann", "nn"}, {"tooth", "en"}}}) {
            String concept = conceptOf(words[0][0], words[0][1]);
            assertThat(concept).startsWith("fd:");
            for (String[] w : words) {
                assertThat(fd(w[0], w[1])).as("%s (%s)", w[0], w[1]).contains(concept); // nn also reads the nb words
            }
        }
        // inflected forms meet it through the same analysis: Finnish partitive and genitive, nynorsk definite
        String sugar = conceptOf("sokeri", "fi");
        assertThat(fd("sokeria", "fi")).contains(sugar);
        assertThat(fd("sokerin", "fi")).contains(sugar);
        assertThat(fd("sukkeret", "nn")).contains(sugar);
    }

    @Test
    void namesNationalitiesAndProfileBoilerplateAreNoFreedictConcepts() {
        // country names, nationalities and languages (paired with a capitalised word: German, Swedish ...)
        for (String id : List.of("fd:saksalainen", "fd:saksalainen:adj", "fd:ruotsalainen", "fd:ruotsalainen:adj",
                "fd:ruotsalaisuus", "fd:saksatar", "fd:englanti", "fd:kiina", "fd:ruotsi", "fd:norja", "fd:suomi")) {
            assertThat(DICTIONARY.concept(id)).as(id).isNegative();
        }
        for (String[] w : new String[][] {{"tysk", "sv"}, {"svenskhet", "sv"}, {"ruotsi", "fi"}, {"Germany", "en"},
                {"German", "en"}}) {
            assertThat(fd(w[0], w[1])).as(w[0]).isEmpty();
        }
        // the words every profile is written with (offer, seek, partner) carry no fd concept
        for (String[] w : new String[][] {{"söker", "sv"}, {"etsimme", "fi"}, {"partner", "en"}, {"kumppani", "fi"},
                {"samarbeid", "nb"}, {"erbjuder", "sv"}}) {
            assertThat(fd(w[0], w[1])).as(w[0]).isEmpty();
        }
        // nor does a four-letter Finnish word that is an inflection ending inside them ("amme" in "tarjoamme")
        assertThat(fd("tarjoamme", "fi")).isEmpty();
    }

    private static String conceptOf(String word, String language) {
        List<String> ids = fd(word, language);
        assertThat(ids).as(word).hasSize(1);
        return ids.get(0);
    }

    private static List<String> fd(String text, String language) {
        return WordFormsTest.ids(text, language).stream().filter(id -> id.startsWith("fd:")).toList();
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = FreedictVocabularyTest.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
