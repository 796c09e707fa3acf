package no.kobling.partnering.profile.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;
import org.junit.jupiter.api.Test;

/**
 * The words of a text as a second kind of evidence (issue 17): same-language words the dictionary does not know,
 * international words across languages, names and abbreviations; and how the index weighs them. No Spring.
 */
class WordTermsTest {

    static final ConceptDictionary DICTIONARY = ConceptDictionary.standard();

    static List<String> ids(String text, String language) {
        return DICTIONARY.analyse(text, language).keySet().stream().map(DICTIONARY::id).toList();
    }

    @Test
    void aWordTheDictionaryDoesNotKnowMeetsItsOwnInflectedFormsInTheSameLanguageFamily() {
        // "polere" is no concept; the Norwegian forms and the Swedish cognate share the stem
        assertThat(ids("Vi polerer naturstein", "nb")).contains("term:s:poler");
        assertThat(ids("Vi treng nokon som kan polere steinen", "nn")).contains("term:s:poler");
        assertThat(ids("Vi polerar sten", "sv")).contains("term:s:poler");
        // the families stay apart: Finnish words do not become Scandinavian ones
        assertThat(ids("Kiillotamme luonnonkiveä", "fi")).noneMatch(id -> id.startsWith("term:s:"));
    }

    @Test
    void internationalWordsMeetAcrossAllLanguagesByTheirCognateKey() {
        assertThat(WordTerms.cognate("tablet")).isEqualTo(WordTerms.cognate("tablet"));
        assertThat(WordTerms.cognate("kamera")).isEqualTo(WordTerms.cognate("camera"));
        assertThat(WordTerms.cognate("analys")).isEqualTo(WordTerms.cognate("analyysi")).isEqualTo("anali");
        assertThat(WordTerms.cognate("abcd")).isNull(); // too short to say anything
        assertThat(WordTerms.cognate("iso9001")).isNull();
        List<String> fi = ids("Etsimme kestäviä tabletteja", "fi");
        List<String> en = ids("We design rugged tablets", "en");
        assertThat(fi).filteredOn(id -> id.startsWith("term:c:")).containsAnyElementsOf(en);
    }

    @Test
    void abbreviationsAndNamesAreTheSameInEveryLanguageButPlacesAndSentenceStartsAreNot() {
        assertThat(ids("Vi har XRF- og ICP-analyser og utvikler i Java", "nb")).contains("term:x:xrf", "term:x:icp",
                "term:x:java");
        assertThat(ids("Tarvitsemme Java-kehittäjiä", "fi")).contains("term:x:java");
        // a capital at the start of a sentence is no name; a place is never a term
        assertThat(ids("Sveising. Leverandør i Oslo", "nb")).noneMatch(id -> id.startsWith("term:x:"));
    }

    @Test
    void aKnownWordIsNotAlsoReadAsItsParts() {
        // transport is a word of the vocabulary: not also "port" (harbour) or "sport"
        assertThat(ids("Vi tilbyr transport", "nb")).noneMatch(id -> id.equals("biz:port"));
        // an unknown compound is still split
        assertThat(ids("Vi har et stort sveiseoppdrag", "nb")).contains("welding");
    }

    @Test
    void wordsAddToTheConceptFitAndNeverLowerIt() {
        assertThat(PartnerSearch.fit(0.5, 0)).isEqualTo(0.5);
        assertThat(PartnerSearch.fit(0, 1)).isCloseTo(PartnerSearch.WORD_WEIGHT, within(1e-12));
        assertThat(PartnerSearch.fit(0.5, 0.5)).isGreaterThan(0.5).isLessThan(1);
        assertThat(PartnerSearch.fit(1, 0.3)).isEqualTo(1);
    }

    @Test
    void twoProfilesThatShareOnlyUnknownWordsFitBothWaysAndACommonWordCountsForNothing() {
        MatchIndex index = new MatchIndex(DICTIONARY, MatchWeights.defaults());
        MatchProfile quarry = profile(1, "Vi sel blokkstein av granitt og larvikitt", "Vi treng nokon som kan sage og "
                + "polere steinen");
        MatchProfile stoneworks = profile(2, "Vi sagar og polerer naturstein med diamantwire",
                "Vi søkjer steinbrot som vil selje blokkstein av granitt");
        index.put(quarry);
        index.put(stoneworks);
        for (int i = 0; i < 60; i++) { // background: an unrelated trade in the same language
            index.put(profile(100 + i, "Vi driv rekneskap og løn for små verksemder nr " + i,
                    "Vi søkjer kundar som treng rekneskap"));
        }
        List<Match> found = index.recommend(quarry, 10, null, null);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).companyId()).isEqualTo(2);
        assertThat(found.get(0).twoWay()).isTrue();
        // "søkjer"/"treng" are in every profile: they are no evidence, so the background does not fit the quarry
        assertThat(found).extracting(Match::companyId).containsExactly(2L);
    }

    private static MatchProfile profile(long id, String offers, String seeks) {
        return new MatchProfile(id, "NO", "08", null, DICTIONARY.concepts(offers, "nn"), DICTIONARY.concepts(seeks, "nn"),
                Set.of(CooperationType.SUPPLIER), Set.of(), Set.of("nn", "nb"), Set.of(), Set.of(), 1, true);
    }
}
