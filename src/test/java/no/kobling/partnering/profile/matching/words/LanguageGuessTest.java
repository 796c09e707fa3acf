package no.kobling.partnering.profile.matching.words;

import static org.assertj.core.api.Assertions.assertThat;

import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.LanguageGuess;
import org.junit.jupiter.api.Test;

/** The language of a profile without a declared one, and mixed texts analysed in each candidate. No Spring. */
class LanguageGuessTest {

    @Test
    void guessesEachLanguageFromShortProfileTexts() {
        assertThat(LanguageGuess.guess("Vi tilbyr sveising og maskinering for kunder i hele regionen")).isEqualTo("nb");
        assertThat(LanguageGuess.guess("Vi søkjer ein partnar som kan levere tenester innan sveising")).isEqualTo("nn");
        assertThat(LanguageGuess.guess("Vi erbjuder svetsning och bearbetning för kunder inom gruvindustrin"))
                .isEqualTo("sv");
        assertThat(LanguageGuess.guess("Tarjoamme hitsausta ja koneistusta kaivosteollisuudelle")).isEqualTo("fi");
        assertThat(LanguageGuess.guess("Hitsauspalvelut kaivoksille")).isEqualTo("fi");
        assertThat(LanguageGuess.guess("We offer welding and machining for mining companies")).isEqualTo("en");
        assertThat(LanguageGuess.guess("12345")).isNull();
    }

    @Test
    void aMixedTextIsAnalysedInEveryCandidateLanguage() {
        String mixed = "Tarjoamme hitsausta. We are looking for partners in offshore and subsea engineering";
        assertThat(LanguageGuess.candidates(mixed)).contains("fi", "en");
        ConceptDictionary d = WordFormsTest.DICTIONARY;
        assertThat(d.analyse(mixed).keySet()).extracting(d::id).contains("welding", "offshore", "engineering");
    }
}
