package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * The query side of {@link MatchIndex}: finds the best partners of A among the profiles that share a concept with it,
 * two-way fits and, apart, one-way fits, each exactly the top of its kind by score (ties by company id), and explains
 * them. Reads the index's arrays under its read lock; one scratch space per thread.
 *
 * <p>How it avoids scoring most of the index (issue 17, third round: 1,000,000 profiles): a two-way fit shares a
 * concept with A on <em>both</em> sides, so when only two-way fits are wanted ({@link MatchIndex#recommend} once ten
 * are held) the postings of one side are marked in a bitset (one bit per profile, in cache), the cheaper side is
 * walked accumulating the dot products of marked profiles only, the other side adds its dot products to the profiles
 * found, and only those are scored. When one-way fits are wanted too, every profile in the postings of either side is
 * scored (the walk of the first search).
 */
final class PartnerSearch {

    private final MatchIndex index;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    PartnerSearch(MatchIndex index) {
        this.index = index;
    }

    /**
     * Called under the index's read lock. With {@code oneWayToFill} the one-way fits are only wanted to fill the list
     * when there are fewer than {@code twoWayLimit} two-way fits ({@link MatchIndex.Split#ranked}); otherwise both
     * lists are complete.
     */
    MatchIndex.Split recommend(MatchProfile self, int twoWayLimit, int oneWayLimit, Predicate<MatchProfile> candidate,
            LongPredicate excluded, boolean oneWayToFill) {
        Scratch s = scratch.get();
        QuerySide need = new QuerySide(index, self.seeks(), index.offerPostings, index.offerLength);
        QuerySide offer = new QuerySide(index, self.offers(), index.seekPostings, index.seekLength);
        s.need = need;
        if (oneWayLimit == 0 || oneWayToFill) {
            Query q = new Query(self, need, offer, candidate, excluded, new Top(twoWayLimit), new Top(0));
            s.prepare(index.used);
            QuerySide first = need.total <= offer.total ? need : offer;
            QuerySide second = first == need ? offer : need;
            for (int k = 0; k < second.size(); k++) {
                s.mark(second.postings(k), second.length(k));
            }
            for (int k = 0; k < first.size(); k++) {
                accumulate(s, first, k, true, false);
            }
            for (int k = 0; k < second.size(); k++) {
                accumulate(s, second, k, false, true);
            }
            score(q, s);
            if (oneWayLimit == 0 || q.twoWay.full()) {
                return new MatchIndex.Split(sorted(self, q.twoWay), List.of());
            }
        }
        // one-way fits wanted: every profile in the postings of either side
        Query q = new Query(self, need, offer, candidate, excluded, new Top(twoWayLimit), new Top(oneWayLimit));
        s.prepare(index.used);
        for (QuerySide side : new QuerySide[] {need, offer}) {
            for (int k = 0; k < side.size(); k++) {
                accumulate(s, side, k, false, false);
            }
        }
        score(q, s);
        return new MatchIndex.Split(sorted(self, q.twoWay), sorted(self, q.oneWay));
    }

    /**
     * Adds a term's weight to the dot products of the profiles in its postings: with {@code onlyMarked} only to
     * profiles the other side marked (they become candidates), with {@code onlyTouched} only to candidates already
     * found, else to all.
     */
    private static void accumulate(Scratch s, QuerySide side, int k, boolean onlyMarked, boolean onlyTouched) {
        int[] postings = side.postings(k);
        double weight = side.weight(k);
        double[] target = side == s.need ? (side.word(k) ? s.needWordDot : s.needDot)
                : (side.word(k) ? s.offerWordDot : s.offerDot);
        for (int i = 0, n = side.length(k); i < n; i++) {
            int slot = postings[i];
            if (s.stamp[slot] != s.generation) {
                if (onlyTouched || (onlyMarked && !s.marked(slot))) {
                    continue;
                }
                s.stamp[slot] = s.generation;
                s.touched[s.touchedCount++] = slot;
            }
            target[slot] += weight;
        }
    }

    /** Scores the candidates found (clearing their dot products) into the heaps of their kind. */
    private void score(Query q, Scratch s) {
        double maxExtras = index.scorer.maxExtras();
        for (int t = 0; t < s.touchedCount; t++) {
            int slot = s.touched[t];
            MatchProfile other = index.slots[slot];
            double ab = s.needDot[slot];
            double ba = s.offerDot[slot];
            double abWords = s.needWordDot[slot];
            double baWords = s.offerWordDot[slot];
            s.needDot[slot] = 0;
            s.offerDot[slot] = 0;
            s.needWordDot[slot] = 0;
            s.offerWordDot[slot] = 0;
            if (other == null || other.companyId() == q.self.companyId()
                    || (ab == 0 && ba == 0 && abWords == 0 && baWords == 0)) {
                continue;
            }
            double needFit = fit(cosine(ab, q.need.conceptNorm, index.offerNorm2[slot]),
                    cosine(abWords, q.need.wordNorm, index.offerTermNorm2[slot]));
            double offerFit = fit(cosine(ba, q.offer.conceptNorm, index.seekNorm2[slot]),
                    cosine(baWords, q.offer.wordNorm, index.seekTermNorm2[slot]));
            Top heap = needFit > 0 && offerFit > 0 ? q.twoWay : q.oneWay;
            if (!heap.mayEnter(index.scorer.textFit(needFit, offerFit) * maxExtras)) {
                continue;
            }
            if ((q.candidate != null && !q.candidate.test(other))
                    || (q.excluded != null && q.excluded.test(other.companyId()))) {
                continue;
            }
            double overlap = cosine(weightedOverlap(q.self.offers(), other.offers()), q.offer.conceptNorm,
                    index.offerNorm2[slot]);
            double score = index.scorer.score(q.self, other, needFit, offerFit, overlap);
            heap.offer(new Scored(other, score, needFit, offerFit, overlap));
        }
    }

    private record Query(MatchProfile self, QuerySide need, QuerySide offer, Predicate<MatchProfile> candidate,
            LongPredicate excluded, Top twoWay, Top oneWay) {
    }

    /** How much the words count next to the concepts (see {@link #fit}). */
    static final double WORD_WEIGHT = 0.6;

    /**
     * One direction's fit from the concept cosine and the word cosine: evidence adds up ({@code 1 - (1-c)(1-w·t)}),
     * so shared words lift a pair but their absence (a cross-language pair) never lowers its concept fit.
     */
    static double fit(double concepts, double words) {
        return 1 - (1 - concepts) * (1 - WORD_WEIGHT * words);
    }

    static double cosine(double dot, double selfNorm, double otherNorm2) {
        return dot <= 1e-12 || selfNorm == 0 || otherNorm2 == 0 ? 0
                : Math.min(1, dot / (selfNorm * Math.sqrt(otherNorm2)));
    }

    private List<Match> sorted(MatchProfile self, Top top) {
        List<Scored> best = new ArrayList<>(top.heap);
        best.sort(BEST_FIRST);
        return best.stream().map(x -> explain(self, x)).toList();
    }

    /** Higher score first, then the lower company id: a total order, so the top does not depend on walking order. */
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingLong(x -> x.profile().companyId());

    /** The idf-weighted dot product of two sorted concept sets, places and roles left out. */
    private double weightedOverlap(int[] a, int[] b) {
        double sum = 0;
        for (int c : intersect(a, b)) {
            if (c < index.classified && !index.place[c] && !index.role[c] && !index.term[c] && index.via[c] < 0) {
                sum += index.idf[c] * index.idf[c];
            }
        }
        return sum;
    }

    private Match explain(MatchProfile self, Scored x) {
        MatchProfile other = x.profile();
        CooperationType[] pair = ReciprocalScore.bestPair(self.types(), other.types());
        Set<String> shared = new LinkedHashSet<>(self.languages());
        shared.retainAll(other.languages());
        List<String> bothOffer = ids(intersect(self.offers(), other.offers())).stream()
                .filter(c -> !MatchIndex.isRole(c)).toList();
        return new Match(other.companyId(), x.score(), x.needFit(), x.offerFit(),
                ids(intersect(self.seeks(), other.offers())), ids(intersect(self.offers(), other.seeks())),
                pair == null ? null : pair[0], pair == null ? null : pair[1],
                CooperationType.bestFit(self.types(), other.types()), ReciprocalScore.industryFit(self, other), shared,
                other.countryCode() != null && !other.countryCode().equals(self.countryCode()), other.countryCode(),
                Match.Direction.of(x.needFit(), x.offerFit()), bothOffer, x.overlap(),
                index.scorer.competitorFactor(x.overlap()),
                ReciprocalScore.inCountrySought(self, other), ReciprocalScore.inCountrySought(other, self),
                ReciprocalScore.inRegionSought(self, other));
    }

    /** Concept ids, places left out, the most specific (highest idf) first. */
    private List<String> ids(int[] concepts) {
        List<Integer> kept = new ArrayList<>(concepts.length);
        for (int c : concepts) {
            if (c < index.classified && !index.place[c] && index.via[c] < 0 && index.idf[c] > 0) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingDouble((Integer c) -> -index.idf[c]).thenComparingInt(c -> c));
        List<String> out = new ArrayList<>(kept.size());
        for (int c : kept) {
            out.add(index.dictionary.id(c));
        }
        return out;
    }

    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[k++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private record Scored(MatchProfile profile, double score, double needFit, double offerFit, double overlap) {
    }

    /** The best {@code limit} candidates of one kind; the root of the heap is the worst of them. */
    private static final class Top {
        final int limit;
        final PriorityQueue<Scored> heap = new PriorityQueue<>(BEST_FIRST.reversed());

        Top(int limit) {
            this.limit = limit;
        }

        boolean full() {
            return heap.size() >= limit;
        }

        /** True when a candidate scoring at most {@code bound} could still enter (a tie may, by company id). */
        boolean mayEnter(double bound) {
            return limit > 0 && (heap.size() < limit || bound >= heap.peek().score());
        }

        void offer(Scored x) {
            if (heap.size() < limit) {
                heap.add(x);
            } else if (BEST_FIRST.compare(x, heap.peek()) < 0) {
                heap.poll();
                heap.add(x);
            }
        }
    }

    /** Per-thread accumulators and the bitset of the other side's postings, reused between queries. */
    private static final class Scratch {
        double[] needDot = new double[0];
        double[] offerDot = new double[0];
        double[] needWordDot = new double[0];
        double[] offerWordDot = new double[0];
        int[] stamp = new int[0];
        int[] touched = new int[0];
        long[] marks = new long[0];
        int touchedCount;
        int generation;
        /** The need side of the current query (its terms accumulate into the need dot products). */
        QuerySide need;

        void prepare(int size) {
            if (needDot.length < size) {
                int capacity = Math.max(size, needDot.length * 2);
                needDot = new double[capacity];
                offerDot = new double[capacity];
                needWordDot = new double[capacity];
                offerWordDot = new double[capacity];
                stamp = new int[capacity];
                touched = new int[capacity];
                marks = new long[(capacity >> 6) + 1];
                generation = 0;
            } else {
                Arrays.fill(marks, 0);
            }
            generation++;
            touchedCount = 0;
        }

        void mark(int[] postings, int length) {
            for (int i = 0; i < length; i++) {
                int slot = postings[i];
                marks[slot >> 6] |= 1L << slot;
            }
        }

        boolean marked(int slot) {
            return (marks[slot >> 6] & (1L << slot)) != 0;
        }
    }
}
