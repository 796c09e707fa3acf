package no.kobling.partnering.profile.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import no.kobling.partnering.profile.domain.CooperationType;
import org.junit.jupiter.api.Test;

/**
 * The pruned search (rarest posting list first, a profile scored only when its bound can enter, the walk stopped when
 * no profile not met yet could) finds exactly what scoring every profile of the index finds: {@link #everyProfile}
 * scores each one from its concept arrays, without postings and without bounds, and is the reference.
 */
class PartnerSearchTest {

    private static final ConceptDictionary DICTIONARY = ConceptDictionary.standard();
    private static final int ALL = Integer.MAX_VALUE;

    /** Concept ints skewed to a popular head (as real profiles and the bench generator are), some word concepts. */
    private static int[] concepts(SplittableRandom random, List<Integer> pool, int n) {
        TreeSet<Integer> out = new TreeSet<>();
        while (out.size() < n) {
            out.add(pool.get((int) (Math.pow(random.nextDouble(), 2.5) * pool.size())));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> pool(boolean withWords) {
        List<Integer> pool = new ArrayList<>();
        for (int c = 0; c < DICTIONARY.size() && pool.size() < 300; c += 3) {
            if (!MatchIndex.isPlace(DICTIONARY.id(c))) {
                pool.add(c);
            }
        }
        if (withWords) {
            for (String text : List.of("Vi tilbyr sveising, sliping, polering og lakkering av store stålkonstruksjoner",
                    "Tarjoamme hitsausta, hiontaa ja maalausta teräsrakenteille ja laivoille",
                    "We offer welding, grinding, painting and blasting of offshore steel structures")) {
                for (int c : DICTIONARY.concepts(text)) {
                    if (DICTIONARY.isTerm(c)) {
                        pool.add(c);
                    }
                }
            }
        }
        return pool;
    }

    private static MatchIndex index(long seed, int size, boolean withWords, List<MatchProfile> out) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> pool = pool(withWords);
        MatchIndex index = new MatchIndex(DICTIONARY, MatchWeights.defaults());
        CooperationType[] types = CooperationType.values();
        for (long id = 1; id <= size; id++) {
            MatchProfile p = new MatchProfile(id, List.of("NO", "SE", "FI").get(random.nextInt(3)),
                    List.of("25", "30", "46", "62").get(random.nextInt(4)), null,
                    concepts(random, pool, 1 + random.nextInt(5)), concepts(random, pool, 1 + random.nextInt(5)),
                    Set.of(types[random.nextInt(types.length)]), Set.of(), Set.of(random.nextBoolean() ? "nb" : "fi"),
                    Set.of(), Set.of(), 1, random.nextInt(10) > 0);
            index.put(p);
            out.add(p);
        }
        return index;
    }

    @Test
    void theTopTenIsWhatScoringEveryCandidateGives() {
        List<MatchProfile> profiles = new ArrayList<>();
        MatchIndex index = index(11, 3000, true, profiles);
        Predicate<MatchProfile> visible = MatchProfile::isPublic;
        LongPredicate excluded = id -> id % 17 == 0;
        int withOneWay = 0;
        for (MatchProfile q : profiles.subList(0, 150)) {
            MatchIndex.Split everything = index.recommendSplit(q, ALL, ALL, visible, excluded);
            assertSameAs(everything, everyProfile(index, q, visible, excluded));
            assertThat(index.recommend(q, 10, visible, excluded)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(everything.ranked(10));
            MatchIndex.Split split = index.recommendSplit(q, 10, 5, visible, excluded);
            assertThat(split.twoWay()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(everything.twoWay().subList(0, Math.min(10, everything.twoWay().size())));
            assertThat(split.oneWay()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(everything.oneWay().subList(0, Math.min(5, everything.oneWay().size())));
            withOneWay += index.recommend(q, 10, visible, excluded).stream()
                    .anyMatch(m -> m.direction() != Match.Direction.BOTH) ? 1 : 0;
        }
        // the check covered queries whose list is filled up with one-way fits, too
        assertThat(withOneWay).isPositive();
    }

    @Test
    void twoWayCandidatesAreThoseThatShareAConceptOnBothSides() {
        List<MatchProfile> profiles = new ArrayList<>();
        MatchIndex index = index(5, 1500, false, profiles);
        for (MatchProfile q : profiles.subList(0, 100)) {
            long expected = profiles.stream().filter(p -> p.companyId() != q.companyId())
                    .filter(p -> shares(q.seeks(), p.offers()) && shares(q.offers(), p.seeks())).count();
            assertThat(index.recommendSplit(q, ALL, 0, null, null).twoWay()).hasSize((int) expected);
        }
    }

    /**
     * Ties at the cut: many copies of the same profile (same concepts and facts, other company ids) score the same,
     * so the lists end inside a group of equal scores and the lower company ids must be the ones kept; profiles
     * without concepts and profiles of only the most popular concepts are in the index and among the queries.
     */
    @Test
    void tiesEmptyProfilesAndProfilesOfOnlyPopularConceptsGiveTheExactTop() {
        List<MatchProfile> profiles = new ArrayList<>();
        MatchIndex index = index(23, 1500, true, profiles);
        List<Integer> pool = pool(false);
        SplittableRandom random = new SplittableRandom(7);
        long id = 10_000;
        List<MatchProfile> queries = new ArrayList<>(profiles.subList(0, 40));
        for (int group = 0; group < 12; group++) {
            // the head of the pool is what most profiles hold (see concepts)
            int[] offers = concepts(random, pool.subList(0, 6), 1 + random.nextInt(2));
            int[] seeks = concepts(random, pool.subList(0, 6), 1 + random.nextInt(2));
            for (int copy = 0; copy < 15; copy++) {
                MatchProfile p = new MatchProfile(id++, "NO", "25", null, offers, seeks,
                        Set.of(CooperationType.SUPPLIER), Set.of(), Set.of("nb"), Set.of(), Set.of(), 1, true);
                index.put(p);
                if (copy == 0) {
                    queries.add(p);
                }
            }
        }
        for (int i = 0; i < 20; i++) {
            MatchProfile empty = new MatchProfile(id++, "SE", null, null, new int[0],
                    i % 2 == 0 ? new int[0] : concepts(random, pool, 2), Set.of(), Set.of(), Set.of(), Set.of(),
                    Set.of(), 1, true);
            index.put(empty);
            queries.add(empty);
        }
        int tiedAtTheCut = 0;
        for (MatchProfile q : queries) {
            Reference all = everyProfile(index, q, null, null);
            List<Scored> twoWay = all.twoWay();
            if (twoWay.size() > 10 && twoWay.get(9).score() == twoWay.get(10).score()) {
                tiedAtTheCut++;
            }
            for (int limit : new int[] {1, 10}) {
                assertSameAs(index.recommendSplit(q, limit, limit, null, null), all.top(limit));
                List<Match> ranked = index.recommend(q, limit, null, null);
                List<Scored> reference = all.ranked(limit);
                assertThat(ranked).extracting(Match::companyId)
                        .containsExactlyElementsOf(reference.stream().map(Scored::id).toList());
            }
            if (q.offers().length == 0 && q.seeks().length == 0) {
                assertThat(index.recommendSplit(q, 10, 10, null, null).twoWay()).isEmpty();
                assertThat(index.recommendSplit(q, 10, 10, null, null).oneWay()).isEmpty();
            }
        }
        // the check covered lists cut inside a group of equal scores
        assertThat(tiedAtTheCut).isPositive();
    }

    /** A company and its score in the reference. */
    record Scored(long id, double score) {
    }

    /** The reference lists: every candidate of each kind, best first (ties by company id). */
    record Reference(List<Scored> twoWay, List<Scored> oneWay) {

        Reference top(int limit) {
            return new Reference(twoWay.subList(0, Math.min(limit, twoWay.size())),
                    oneWay.subList(0, Math.min(limit, oneWay.size())));
        }

        List<Scored> ranked(int limit) {
            List<Scored> out = new ArrayList<>(twoWay);
            out.addAll(oneWay);
            return out.subList(0, Math.min(limit, out.size()));
        }
    }

    private static void assertSameAs(MatchIndex.Split actual, Reference expected) {
        assertThat(actual.twoWay()).extracting(Match::companyId)
                .containsExactlyElementsOf(expected.twoWay().stream().map(Scored::id).toList());
        assertThat(actual.twoWay()).extracting(Match::score)
                .containsExactlyElementsOf(expected.twoWay().stream().map(Scored::score).toList());
        assertThat(actual.oneWay()).extracting(Match::companyId)
                .containsExactlyElementsOf(expected.oneWay().stream().map(Scored::id).toList());
        assertThat(actual.oneWay()).extracting(Match::score)
                .containsExactlyElementsOf(expected.oneWay().stream().map(Scored::score).toList());
    }

    /**
     * Scores every profile of the index against {@code q} from the two profiles' concept arrays (no postings, no
     * bounds): a profile that shares no term with A on either side is no candidate.
     */
    static Reference everyProfile(MatchIndex index, MatchProfile q, Predicate<MatchProfile> visible,
            LongPredicate excluded) {
        QuerySide need = new QuerySide(index, q.seeks(), index.offerPostings, index.offerLength);
        QuerySide offer = new QuerySide(index, q.offers(), index.seekPostings, index.seekLength);
        List<Scored> twoWay = new ArrayList<>();
        List<Scored> oneWay = new ArrayList<>();
        for (int slot = 0; slot < index.used; slot++) {
            MatchProfile other = index.slots[slot];
            if (other == null || other.companyId() == q.companyId()
                    || (visible != null && !visible.test(other))
                    || (excluded != null && excluded.test(other.companyId()))) {
                continue;
            }
            double[] ab = dots(need, other.offers());
            double[] ba = dots(offer, other.seeks());
            if (ab[0] == 0 && ab[1] == 0 && ba[0] == 0 && ba[1] == 0) {
                continue;
            }
            double needFit = PartnerSearch.fit(
                    PartnerSearch.cosine(ab[0], need.conceptNorm, index.norms[4 * slot + MatchIndex.OFFERS]),
                    PartnerSearch.cosine(ab[1], need.wordNorm, index.norms[4 * slot + MatchIndex.OFFER_WORDS]));
            double offerFit = PartnerSearch.fit(
                    PartnerSearch.cosine(ba[0], offer.conceptNorm, index.norms[4 * slot + MatchIndex.SEEKS]),
                    PartnerSearch.cosine(ba[1], offer.wordNorm, index.norms[4 * slot + MatchIndex.SEEK_WORDS]));
            double overlap = 0;
            for (int c : PartnerSearch.intersect(q.offers(), other.offers())) {
                if (c < index.classified && !index.place[c] && !index.role[c] && !index.term[c] && index.via[c] < 0) {
                    overlap += index.idf[c] * index.idf[c];
                }
            }
            overlap = PartnerSearch.cosine(overlap, offer.conceptNorm, index.norms[4 * slot + MatchIndex.OFFERS]);
            Scored x = new Scored(other.companyId(), index.scorer.score(q, other, needFit, offerFit, overlap));
            (needFit > 0 && offerFit > 0 ? twoWay : oneWay).add(x);
        }
        Comparator<Scored> best = Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id);
        twoWay.sort(best);
        oneWay.sort(best);
        return new Reference(twoWay, oneWay);
    }

    /** A's side against one of B's concept sets: concept and word dot products, in A's concept order. */
    private static double[] dots(QuerySide side, int[] concepts) {
        double[] out = new double[2];
        Set<Integer> theirs = new java.util.HashSet<>();
        for (int c : concepts) {
            theirs.add(c);
        }
        for (int k = 0; k < side.size(); k++) {
            if (theirs.contains(side.concept(k))) {
                out[side.word(k) ? 1 : 0] += side.weight(k);
            }
        }
        return out;
    }

    private static boolean shares(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}
