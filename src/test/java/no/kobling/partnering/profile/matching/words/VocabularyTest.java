package no.kobling.partnering.profile.matching.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary (issue 17, point 2): built from NACE Rev. 2, the tags and the needs taxonomy with the curated layer on
 * top, every entry with its source; country and region names are never concepts nor matched terms. No Spring.
 */
class VocabularyTest {

    static final ConceptDictionary DICTIONARY = WordFormsTest.DICTIONARY;

    @Test
    void everyNaceCodeTagAndNeedIsAConceptAndEveryConceptNamesItsSource() {
        assertThat(DICTIONARY.size()).isGreaterThan(1200);
        long nace = 0;
        long words = 0;
        for (int c = 0; c < DICTIONARY.size(); c++) {
            String id = DICTIONARY.id(c);
            String source = DICTIONARY.source(c);
            assertThat(source).as("source of %s", id).isNotBlank();
            if (id.startsWith("nace:")) {
                nace++;
                assertThat(source).startsWith("nace-rev2:");
            } else if (id.startsWith("word:")) {
                words++;
                assertThat(source).startsWith("nace-rev2 aligned head word");
            }
        }
        assertThat(nace).isEqualTo(996);
        assertThat(words).isGreaterThan(100);
        // the tag codes are concepts (the curated layer keeps its own source)
        for (String tag : List.of("welding", "sheet-metal", "aquaculture", "snow-winter", "tools")) {
            assertThat(DICTIONARY.concept(tag)).as(tag).isNotNegative();
        }
        assertThat(DICTIONARY.source(DICTIONARY.concept("welding"))).isEqualTo("curated");
        assertThat(DICTIONARY.concept("need:recruitment")).isNotNegative();
        assertThat(DICTIONARY.source(DICTIONARY.concept("need:recruitment"))).startsWith("needs-taxonomy:");
    }

    @Test
    void naceTitlesMatchInEveryLanguageTheyAreWrittenIn() {
        // 03.11 Marine fishing / Hav- og kystfiske / Havs- och kustfiske: two content words of the title
        assertThat(ids("We do marine fishing in the north", "en")).contains("nace:03.11");
        assertThat(ids("Hav- og kystfiske med egne båter", "nb")).contains("nace:03.11");
        // a Finnish division title: 16 Sahatavaran sekä puu- ja korkkituotteiden valmistus ...
        assertThat(ids("Tarjoamme hitsausta ja koneistusta", "fi")).contains("welding", "machining");
        // a title's words meet across languages where no curated stem knew the words
        assertThat(ids("engroshandel med fisk", "nb")).contains("nace:46.38", "wholesale");
        assertThat(ids("partihandel med fisk", "sv")).contains("nace:46.38", "wholesale");
        assertThat(ids("wholesale of fish", "en")).contains("nace:46.38", "wholesale");
        // aligned head words: footwear / skotøy / skodon (no curated stem for it)
        // (the FreeDict layer adds its own concepts for the word, fd:jalkine ...: left out here)
        assertThat(withoutFreedict(ids("skotøy", "nb"))).containsExactly("word:footwear");
        assertThat(withoutFreedict(ids("skodon", "sv"))).containsExactly("word:footwear");
        assertThat(ids("footwear", "en")).contains("word:footwear");
        // one word of a long title is not the title
        assertThat(ids("fish", "en")).doesNotContain("nace:46.38");
    }

    @Test
    void countryAndRegionNamesAreNeverMatched() {
        for (String place : List.of("Sverige", "Sweden", "Ruotsi", "Finland", "Suomi", "Norge", "Noreg", "Norway",
                "Norja", "Nordland", "Norrbotten", "Finnmark", "Lappi", "Lapland", "Västerbotten", "Troms",
                "Pohjois-Pohjanmaa", "Skandinavia", "Norden", "Barents", "Nordkalotten", "Suomen", "Norjasta")) {
            for (String language : List.of("nb", "nn", "sv", "fi", "en")) {
                // nothing at all: no concept and no word concept of any inflected form
                assertThat(DICTIONARY.analyse(place, language)).as("%s in %s", place, language).isEmpty();
            }
            assertThat(DICTIONARY.analyse(place)).as(place).isEmpty();
        }
        for (String country : List.of("norway", "sweden", "finland", "nordic", "baltic-europe")) {
            assertThat(DICTIONARY.concept(country)).as(country).isNegative();
        }
        // a fish wholesaler who sells to Sweden and Finland shares nothing with an offshore firm in Norway
        List<String> fish = ids("Grossist i fisk, vi selger til Sverige og Finland", "nb");
        List<String> offshore = ids("Offshore supply base in Norway, seeking partners in Sweden and Finland", "en");
        assertThat(fish).doesNotContainAnyElementsOf(offshore);
        // a municipality that is also a word stays a word: Kemi (the town) is Swedish for chemistry
        assertThat(ids("kemi och kemikalier", "sv")).contains("chemicals");
    }

    static List<String> withoutFreedict(List<String> ids) {
        return ids.stream().filter(id -> !id.startsWith("fd:")).toList();
    }

    /**
     * The dictionary's concepts of a text (the text's own word concepts, term:..., and the via:... ids that say which
     * word met an fd: concept left out).
     */
    static List<String> ids(String text, String language) {
        return WordFormsTest.ids(text, language).stream()
                .filter(id -> !id.startsWith("term:") && !id.startsWith("via:")).toList();
    }
}
