package no.kobling.partnering.profile.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;
import org.junit.jupiter.api.Test;

/**
 * The bilingual layer ({@code fd:} concepts) in the matcher (issue 17, fourth round): a concept two texts met through
 * the same word counts once (on the word channel), the common-word cap applies to it, and Finnish inflected forms
 * meet the layer's base forms where the stemmer leaves them apart. No Spring.
 */
class BilingualLayerTest {

    static final ConceptDictionary DICTIONARY = MatchIndexTest.DICTIONARY;

    private static List<String> ids(String text, String language) {
        return DICTIONARY.analyse(text, language).keySet().stream().map(DICTIONARY::id).toList();
    }

    private static MatchProfile profile(long id, String country, String offers, String seeks, String language) {
        return new MatchProfile(id, country, null, null, DICTIONARY.concepts(offers, language),
                DICTIONARY.concepts(seeks, language), Set.of(CooperationType.SUPPLIER), Set.of(),
                Set.of(language, "en"), Set.of(), Set.of(), 1, true);
    }

    @Test
    void finnishFormsTheStemmerLeavesApartMeetTheBaseForm() {
        FinnishLemmas lemmas = new FinnishLemmas();
        lemmas.add("ikkuna", 1);
        lemmas.add("puinen", 2);
        lemmas.add("hitsaus", 3);
        lemmas.add("asiakas", 4);
        lemmas.add("lastulevy", 5);
        lemmas.add("kone", 6); // shorter than five letters: not taken
        // essive-looking base form and plural partitive / genitive (Snowball: iku, ikkuno)
        for (String w : List.of("ikkuna", "ikkunan", "ikkunoita", "ikkunoiden", "ikkunoissa")) {
            assertThat(lemmas.of(w)).as(w).containsExactly(1);
        }
        // -nen adjectives inflect on -s-
        for (String w : List.of("puinen", "puisen", "puisia", "puista")) {
            assertThat(lemmas.of(w)).as(w).containsExactly(2);
        }
        // -us/-uks- and consonant gradation (kk/k)
        for (String w : List.of("hitsauksen", "hitsausta", "hitsauksia")) {
            assertThat(lemmas.of(w)).as(w).containsExactly(3);
        }
        for (String w : List.of("asiakkaan", "asiakkaita", "asiakkaiden")) {
            assertThat(lemmas.of(w)).as(w).containsExactly(4);
        }
        assertThat(lemmas.of("lastulevyjä")).containsExactly(5);
        // what is left must be short enough to be an ending, and short stems are not looked for
        assertThat(lemmas.of("ikkunanpesupalvelu")).isEmpty();
        assertThat(lemmas.of("koneita")).isEmpty();
        assertThat(lemmas.of("puhelin")).isEmpty();
    }

    @Test
    void finnishPluralsAndAdjectivesReachTheLayerInTheApplicationsAnalysis() {
        assertThat(ids("Valmistamme puisia ovia", "fi")).contains("fd:puinen:adj");
        assertThat(ids("wooden doors", "en")).contains("fd:puinen:adj");
    }

    @Test
    void aConceptMetThroughTheSameWordCountsOnceAcrossLanguagesFully() {
        MatchIndex index = new MatchIndex(DICTIONARY, MatchWeights.defaults());
        MatchProfile buyer = profile(1, "SE", "Vi säljer snöskotrar", "spånskivor", "sv");
        MatchProfile swedish = profile(2, "SE", "spånskivor", "snöskotrar", "sv");
        MatchProfile finnish = profile(3, "FI", "lastulevyjä", "snöskotrar", "fi");
        for (MatchProfile p : List.of(buyer, swedish, finnish)) {
            index.put(p);
        }
        int concept = DICTIONARY.concept("fd:lastulevy");
        assertThat(concept).isNotNegative();
        assertThat(Arrays.stream(buyer.seeks()).mapToObj(DICTIONARY::id)).contains("fd:lastulevy")
                .anyMatch(id -> id.startsWith("via:s:") && id.endsWith(">fd:lastulevy"));
        assertThat(Arrays.stream(finnish.offers()).mapToObj(DICTIONARY::id)).contains("fd:lastulevy")
                .noneMatch(id -> id.startsWith("via:s:"));

        MatchIndex.Split split = index.recommendSplit(buyer, 10, 10, null, null);
        List<Match> all = new java.util.ArrayList<>(split.twoWay());
        all.addAll(split.oneWay());
        Match sv = all.stream().filter(m -> m.companyId() == 2).findFirst().orElseThrow();
        Match fi = all.stream().filter(m -> m.companyId() == 3).findFirst().orElseThrow();
        // the Finnish text meets the concept through another word: the full concept fit
        assertThat(fi.needFit()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        // the Swedish text uses the same word: the concept is off the concept channel, the word channel counts it
        assertThat(sv.needFit()).isCloseTo(PartnerSearch.fit(0, 1), org.assertj.core.data.Offset.offset(1e-9));
        // the via ids are never shown as matched terms
        assertThat(sv.theyOffer()).contains("fd:lastulevy").noneMatch(WordTerms::isVia);
        assertThat(fi.theyOffer()).contains("fd:lastulevy").noneMatch(WordTerms::isVia);
    }

    @Test
    void theCommonWordCapAppliesToTheBilingualLayer() {
        MatchIndex index = new MatchIndex(DICTIONARY, MatchWeights.defaults());
        int n = MatchIndex.MIN_COMMON_WORD * 3;
        for (int i = 1; i <= n; i++) {
            // every profile offers chipboard: the layer's concept says nothing any more
            index.put(profile(i, "FI", "lastulevyjä", i % 2 == 0 ? "kuljetus" : "markkinointi", "fi"));
        }
        int concept = DICTIONARY.concept("fd:lastulevy");
        assertThat(index.bilingual[concept]).isTrue();
        assertThat(index.idf[concept]).isZero();
    }
}
