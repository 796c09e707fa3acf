package no.kobling.partnering.profile.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;
import org.junit.jupiter.api.Test;

/** The matcher across languages: concepts from free text, reciprocal ranking, exclusions. No Spring. */
class MatchIndexTest {

    static final ConceptDictionary DICTIONARY = ConceptDictionary.standard();

    static MatchProfile profile(long id, String country, String nace, String offers, String seeks,
            Set<CooperationType> types, Set<String> languages) {
        return new MatchProfile(id, country, MatchProfile.division(nace), null, DICTIONARY.concepts(offers),
                DICTIONARY.concepts(seeks), types, Set.of(), languages, Set.of(), Set.of(), 1, true);
    }

    @Test
    void norwegianWeldingNeedFindsFinnishWeldingOfferInCompoundsAndCaseEndings() {
        assertThat(DICTIONARY.analyse("Vi søker underleverandør av sveiseoppdrag").keySet())
                .extracting(DICTIONARY::id).contains("welding", "subcontracting");
        assertThat(DICTIONARY.analyse("Tarjoamme hitsauspalveluja alihankintana").keySet())
                .extracting(DICTIONARY::id).contains("welding", "subcontracting");
        assertThat(DICTIONARY.analyse("Vi erbjuder svetsning och legotillverkning").keySet())
                .extracting(DICTIONARY::id).contains("welding", "subcontracting");
        // short stems do not match inside unrelated words
        assertThat(DICTIONARY.analyse("materialer").keySet()).extracting(DICTIONARY::id).doesNotContain("food");
    }

    @Test
    void reciprocalPairsRankAboveOneSidedFitsAndExclusionsApply() {
        MatchIndex index = new MatchIndex(DICTIONARY, MatchWeights.defaults());
        MatchProfile buyer = profile(1, "NO", "30.11",
                "Vi har oppdrag innen skipsbygging og kan gi tilgang til norske kunder i offshore",
                "Vi søker underleverandør av sveiseoppdrag", Set.of(CooperationType.SUPPLIER), Set.of("nb", "en"));
        MatchProfile finnish = profile(2, "FI", "25.62", "Tarjoamme hitsauspalveluja alihankintana",
                "Etsimme asiakkaita Norjasta, erityisesti laivanrakennus ja offshore",
                Set.of(CooperationType.CUSTOMER), Set.of("fi", "en"));
        MatchProfile oneSided = profile(3, "SE", "25.62", "Vi erbjuder svetsning som underleverantör",
                "Vi söker en redovisningsbyrå", Set.of(CooperationType.CUSTOMER), Set.of("sv", "en"));
        MatchProfile competitor = profile(4, "NO", "30.11", "Skipsbygging og verft", "Vi søker sveiseoppdrag",
                Set.of(CooperationType.SUPPLIER), Set.of("nb"));
        for (MatchProfile p : List.of(buyer, finnish, oneSided, competitor)) {
            index.put(p);
        }
        List<Match> matches = index.recommend(buyer, 10, null, null);
        assertThat(matches).extracting(Match::companyId).startsWith(2L);
        Match first = matches.get(0);
        assertThat(first.theyOffer()).contains("welding", "subcontracting");
        // "Norjasta" (from Norway) is a country name: never a matched term (issue 17)
        assertThat(first.theySeek()).contains("offshore", "shipbuilding").doesNotContain("norway");
        assertThat(first.crossBorder()).isTrue();
        assertThat(first.sharedLanguages()).containsExactly("en");
        assertThat(first.ownType()).isEqualTo(CooperationType.SUPPLIER);
        Match swedish = matches.stream().filter(m -> m.companyId() == 3).findFirst().orElseThrow();
        assertThat(swedish.offerFit()).isZero();
        assertThat(swedish.score()).isLessThan(first.score() / 3);

        // the Finnish company sees the Norwegian buyer too (both directions)
        assertThat(index.recommend(finnish, 3, null, null)).extracting(Match::companyId).startsWith(1L);
        // excluded and invisible companies are left out; replacing and removing keep the index consistent
        assertThat(index.recommend(buyer, 10, null, id -> id == 2)).extracting(Match::companyId).doesNotContain(2L);
        assertThat(index.recommend(buyer, 10, p -> p.companyId() != 3, null)).extracting(Match::companyId)
                .doesNotContain(3L);
        index.put(profile(2, "FI", "25.62", "Kirjanpito", "", Set.of(), Set.of("fi")));
        assertThat(index.recommend(buyer, 10, null, null)).extracting(Match::companyId).doesNotContain(2L);
        index.remove(3);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.recommend(buyer, 10, null, null)).extracting(Match::companyId).doesNotContain(3L);
    }

    @Test
    void cooperationTypesFitTheirComplement() {
        assertThat(CooperationType.SUPPLIER.fit(CooperationType.CUSTOMER)).isEqualTo(1.0);
        assertThat(CooperationType.CUSTOMER.fit(CooperationType.SUPPLIER)).isEqualTo(1.0);
        assertThat(CooperationType.SUPPLIER.fit(CooperationType.SUPPLIER)).isZero();
        assertThat(CooperationType.JOINT_TENDER.fit(CooperationType.JOINT_TENDER)).isEqualTo(1.0);
        assertThat(CooperationType.DISTRIBUTION.fit(CooperationType.MARKET_ACCESS)).isEqualTo(0.6);
    }
}
