package no.kobling.geo.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    static final Map<String, String> KAFJORD = Map.of("official", "Gáivuotna - Kåfjord - Kaivuono", "nb", "Kåfjord",
            "se", "Gáivuotna", "fkv", "Kaivuono");

    @Test
    void nameInTheInterfaceLanguageWithNynorskFallingBackToNorwegian() {
        assertThat(PlaceNames.in(KAFJORD, "nb")).isEqualTo("Kåfjord");
        assertThat(PlaceNames.in(KAFJORD, "nn")).isEqualTo("Kåfjord");
        assertThat(PlaceNames.in(KAFJORD, "fi")).isNull();
        assertThat(PlaceNames.ifDifferent(Map.of("sv", "Kiruna"), "sv", "Kiruna")).isNull();
        assertThat(PlaceNames.ifDifferent(Map.of("sv", "Åbo"), "sv", "Turku / Åbo")).isEqualTo("Åbo");
    }

    @Test
    void namesInAStableOrderWithTheirHtmlLanguage() {
        assertThat(PlaceNames.ordered(KAFJORD)).containsExactly(
                new LocalisedName("official", null, "Gáivuotna - Kåfjord - Kaivuono"),
                new LocalisedName("nb", "no", "Kåfjord"),
                new LocalisedName("se", "se", "Gáivuotna"),
                new LocalisedName("fkv", "fkv", "Kaivuono"));
    }

    @Test
    void englishSectionTitlesInSentenceCase() {
        assertThat(IndustryQueries.display("AGRICULTURE, FORESTRY AND FISHING", 1))
                .isEqualTo("Agriculture, forestry and fishing");
        assertThat(IndustryQueries.display("Growing of rice", 4)).isEqualTo("Growing of rice");
    }
}
