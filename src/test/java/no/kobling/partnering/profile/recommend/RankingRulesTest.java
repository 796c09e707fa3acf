package no.kobling.partnering.profile.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.Match;
import no.kobling.partnering.profile.matching.Match.Direction;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.matching.MatchWeights;
import org.junit.jupiter.api.Test;

/**
 * The ranking rules of recommendations (issue 17 point 3), on a small dictionary of its own so the rules are tested
 * apart from the vocabulary: fits in one direction are kept apart and below two-way fits, a competitor (offers the
 * same as the reader) ranks below a true complement, and places are never scored or shown as matched terms.
 */
class RankingRulesTest {

    static final ConceptDictionary DICTIONARY = dictionary();

    static ConceptDictionary dictionary() {
        String tsv = String.join("\n",
                "welding\tweld\tsveis\tsveis\tsvets\thitsa",
                "shipbuilding\tshipbuild\tskipsbygg\tskipsbygg\tskeppsbygg\tlaivanrak",
                "accounting\taccounting\tregnskap\trekneskap\tredovisning\tkirjanpi",
                "seafood\tseafood\tsjømat\tsjømat\tskaldjur\tkala",
                "offshore\toffshore\toffshore\toffshore\toffshore\toffshore",
                "machining\tmachining\tmaskinering\tmaskinering\tbearbetning\tkoneist",
                "sweden\tsweden\tsverige\tsverige\tsverige\truotsi",
                "finland\tfinland\tfinland\tfinland\tfinland\tsuomi", "");
        try {
            return ConceptDictionary.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] concepts(String... ids) {
        return Arrays.stream(ids).mapToInt(DICTIONARY::concept).peek(c -> assertThat(c).isNotNegative()).sorted()
                .distinct().toArray();
    }

    static MatchProfile profile(long id, String country, String[] offers, String[] seeks, Set<CooperationType> types,
            Set<String> languages, Set<String> countriesSought) {
        return new MatchProfile(id, country, null, null, concepts(offers), concepts(seeks), types, Set.of(),
                languages, countriesSought, Set.of(), 1, true);
    }

    static String[] of(String... ids) {
        return ids;
    }

    static MatchIndex index(MatchWeights weights, MatchProfile... profiles) {
        MatchIndex index = new MatchIndex(DICTIONARY, weights);
        for (MatchProfile p : profiles) {
            index.put(p);
        }
        return index;
    }

    /** The yard: offers shipbuilding and offshore access, seeks welding and machining. */
    static final MatchProfile YARD = profile(1, "NO", of("shipbuilding", "offshore"), of("welding", "machining"),
            Set.of(CooperationType.SUPPLIER), Set.of("nb", "en"), Set.of());

    @Test
    void aFitInOnlyOneDirectionIsKeptApartAndRanksAfterEveryTwoWayFit() {
        // a weak two-way fit: offers only part of what the yard seeks, seeks only part of what it offers, and
        // nothing else speaks for it (no shared language, no fitting type)
        MatchProfile weakTwoWay = profile(2, "FI", of("machining", "accounting", "seafood"), of("offshore",
                "accounting"), Set.of(CooperationType.SUPPLIER), Set.of("fi"), Set.of());
        // a perfect fit one way with every extra at its best: offers exactly what the yard seeks
        MatchProfile theyOffer = profile(3, "SE", of("welding", "machining"), of("accounting"),
                Set.of(CooperationType.CUSTOMER), Set.of("en"), Set.of());
        // seeks exactly what the yard offers, offers nothing it seeks
        MatchProfile theySeek = profile(4, "FI", of("seafood"), of("shipbuilding", "offshore"),
                Set.of(CooperationType.CUSTOMER), Set.of("en"), Set.of());
        MatchIndex index = index(MatchWeights.defaults(), YARD, weakTwoWay, theyOffer, theySeek);

        MatchIndex.Split split = index.recommendSplit(YARD, 10, 10, null, null);
        assertThat(split.twoWay()).extracting(Match::companyId).containsExactly(2L);
        assertThat(split.twoWay().get(0).direction()).isEqualTo(Direction.BOTH);
        assertThat(split.oneWay()).extracting(Match::companyId).containsExactlyInAnyOrder(3L, 4L);
        Match offer = split.oneWay().stream().filter(m -> m.companyId() == 3).findFirst().orElseThrow();
        Match seek = split.oneWay().stream().filter(m -> m.companyId() == 4).findFirst().orElseThrow();
        assertThat(offer.direction()).isEqualTo(Direction.THEY_OFFER_WHAT_YOU_SEEK);
        assertThat(offer.theyOffer()).containsExactlyInAnyOrder("welding", "machining");
        assertThat(offer.theySeek()).isEmpty();
        assertThat(seek.direction()).isEqualTo(Direction.THEY_SEEK_WHAT_YOU_OFFER);
        assertThat(seek.theySeek()).containsExactlyInAnyOrder("shipbuilding", "offshore");

        // the flat list: the two-way fit first, whatever the one-way scores
        assertThat(index.recommend(YARD, 10, null, null)).extracting(Match::companyId).startsWith(2L)
                .containsExactlyInAnyOrder(2L, 3L, 4L);
        // with room for one only, it is the two-way fit
        assertThat(index.recommend(YARD, 1, null, null)).extracting(Match::companyId).containsExactly(2L);
        // no room for one-way fits: none are computed
        assertThat(index.recommendSplit(YARD, 10, 0, null, null).oneWay()).isEmpty();
    }

    @Test
    void aCompetitorThatOffersTheSameRanksBelowATrueComplementAndSaysWhy() {
        // the true complement: offers what the yard seeks, seeks what it offers; another language, no type named
        MatchProfile complement = profile(2, "FI", of("welding", "machining"), of("shipbuilding", "offshore"),
                Set.of(), Set.of("fi"), Set.of());
        // the look-alike: offers the same (welding, machining) and also shipbuilding like the yard, seeks the same
        // as the complement, and has every extra at its best (shared language, fitting type, same country)
        MatchProfile competitor = profile(3, "NO", of("welding", "machining", "shipbuilding"),
                of("shipbuilding", "offshore"), Set.of(CooperationType.CUSTOMER), Set.of("nb", "en"), Set.of());
        MatchProfile filler = profile(4, "SE", of("accounting"), of("seafood"), Set.of(), Set.of(), Set.of());

        // control: without the penalty the look-alike wins on its extras
        MatchIndex plain = index(MatchWeights.defaults().withCompetitor(0), YARD, complement, competitor, filler);
        assertThat(plain.recommend(YARD, 10, null, null)).extracting(Match::companyId).startsWith(3L, 2L);

        MatchIndex index = index(MatchWeights.defaults(), YARD, complement, competitor, filler);
        List<Match> ranked = index.recommend(YARD, 10, null, null);
        assertThat(ranked).extracting(Match::companyId).startsWith(2L, 3L);
        Match lower = ranked.get(1);
        assertThat(lower.competitor()).isTrue();
        assertThat(lower.bothOffer()).containsExactly("shipbuilding");
        assertThat(lower.competitorFactor()).isLessThan(1.0);
        assertThat(ranked.get(0).competitor()).isFalse();
        assertThat(ranked.get(0).competitorFactor()).isEqualTo(1.0);
    }

    @Test
    void placesAreNeverScoredNorShownAsMatchedTermsAndCountriesSoughtAreTheirOwnReason() {
        // the fish wholesaler and the offshore company of the issue: they share only country names
        MatchProfile offshore = profile(1, "NO", of("offshore", "sweden"), of("machining", "sweden", "finland"),
                Set.of(CooperationType.SUPPLIER), Set.of("nb"), Set.of("SE", "FI"));
        MatchProfile wholesaler = profile(2, "FI", of("seafood", "sweden", "finland"), of("seafood", "sweden"),
                Set.of(CooperationType.CUSTOMER), Set.of("fi"), Set.of());
        // a real partner in a country the offshore company seeks, writing the country names too
        MatchProfile partner = profile(3, "SE", of("machining", "sweden"), of("offshore", "finland"),
                Set.of(CooperationType.CUSTOMER), Set.of("sv"), Set.of("NO"));
        MatchIndex index = index(MatchWeights.defaults(), offshore, wholesaler, partner);

        MatchIndex.Split split = index.recommendSplit(offshore, 10, 10, null, null);
        assertThat(split.twoWay()).extracting(Match::companyId).containsExactly(3L);
        assertThat(split.oneWay()).extracting(Match::companyId).doesNotContain(2L);
        Match m = split.twoWay().get(0);
        assertThat(m.theyOffer()).containsExactly("machining");
        assertThat(m.theySeek()).containsExactly("offshore");
        assertThat(m.bothOffer()).isEmpty();
        assertThat(m.competitor()).isFalse();
        // the countries sought are a filter/bonus of their own, not matched concepts
        assertThat(m.inCountrySought()).isTrue();
        assertThat(m.seeksYourCountry()).isTrue();
        assertThat(MatchIndex.isPlace("sweden")).isTrue();
        assertThat(MatchIndex.isPlace("welding")).isFalse();
        // a place alone makes no candidate, even one way
        assertThat(index.recommend(wholesaler, 10, null, null)).extracting(Match::companyId).doesNotContain(1L);
    }
}
