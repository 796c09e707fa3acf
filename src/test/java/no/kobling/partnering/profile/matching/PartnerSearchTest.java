package no.kobling.partnering.profile.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import no.kobling.partnering.profile.domain.CooperationType;
import org.junit.jupiter.api.Test;

/**
 * The pruned search (walk one side, skip what cannot enter the top) finds exactly what scoring every profile that
 * shares a concept finds: a limit larger than the index leaves nothing to prune, so that list is the reference.
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
