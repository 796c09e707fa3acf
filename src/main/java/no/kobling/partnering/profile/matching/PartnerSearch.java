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
 * concept with A on <em>both</em> sides, so the two-way candidates are the profiles in the postings of A's needs
 * (among offers) that are also in the postings of A's offers (among needs). The cheaper side is walked, rarest concept
 * first, and only profiles marked by the other side's postings (a bitset, a pass over them) are scored. Before each
 * posting list the walk stops when no profile it could still add can beat the worst of a full heap: such a profile
 * holds none of the concepts walked so far, so its fit in that direction is at most the share of the remaining
 * concepts' weight ({@link QuerySide#bound}) and its score at most the text fit of the bounds times the largest the
 * extras can give. One-way fits, when asked for, are found the same way on each side with the one-way bound. A
 * candidate is scored from its own concept arrays, so no accumulator per profile is needed.
 */
final class PartnerSearch {

    /** Headroom on the bounds against rounding (a bound is compared with scores computed in another order). */
    private static final double BOUND_SLACK = 1 + 1e-9;

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
        s.prepare(index.used);
        Query q = new Query(self, new QuerySide(index, self.seeks(), index.offerPostings, index.offerLength),
                new QuerySide(index, self.offers(), index.seekPostings, index.seekLength), candidate, excluded,
                new Top(twoWayLimit), new Top(oneWayLimit), index.scorer.maxExtras() * BOUND_SLACK);
        // two-way fits: walk the cheaper side, score only the profiles the other side's postings hold too
        QuerySide first = q.need.total <= q.offer.total ? q.need : q.offer;
        QuerySide second = first == q.need ? q.offer : q.need;
        if (q.twoWay.limit > 0 && first.size() > 0 && second.size() > 0) {
            for (int k = 0; k < second.size(); k++) {
                s.mark(second.postings(k), second.length(k));
            }
            double otherBound = second.bound(0);
            for (int k = 0; k < first.size(); k++) {
                if (!q.twoWay.mayEnter(index.scorer.textFit(first.bound(k), otherBound) * q.maxExtras)) {
                    break;
                }
                int[] postings = first.postings(k);
                for (int i = 0, n = first.length(k); i < n; i++) {
                    int slot = postings[i];
                    if (s.marked(slot) && s.firstVisit(slot)) {
                        evaluate(q, slot);
                    }
                }
            }
        }
        // one-way fits: each side alone, as long as a profile not seen yet could enter
        if (q.oneWay.limit > 0 && !(oneWayToFill && q.twoWay.full())) {
            for (QuerySide side : new QuerySide[] {q.need, q.offer}) {
                for (int k = 0; k < side.size(); k++) {
                    if (!q.oneWay.mayEnter(index.scorer.textFit(side.bound(k), 0) * q.maxExtras)) {
                        break;
                    }
                    int[] postings = side.postings(k);
                    for (int i = 0, n = side.length(k); i < n; i++) {
                        int slot = postings[i];
                        if (s.firstVisit(slot)) {
                            evaluate(q, slot);
                        }
                    }
                }
            }
        }
        return new MatchIndex.Split(sorted(self, q.twoWay), sorted(self, q.oneWay));
    }

    /** Scores one candidate exactly and offers it to the heap of its kind. */
    private void evaluate(Query q, int slot) {
        MatchProfile other = index.slots[slot];
        if (other == null || other.companyId() == q.self.companyId()) {
            return;
        }
        double needFit = q.need.fit(other.offers(), index.offerNorm2[slot], index.offerTermNorm2[slot]);
        double offerFit = q.offer.fit(other.seeks(), index.seekNorm2[slot], index.seekTermNorm2[slot]);
        if (needFit == 0 && offerFit == 0) {
            return;
        }
        Top heap = needFit > 0 && offerFit > 0 ? q.twoWay : q.oneWay;
        if (!heap.mayEnter(index.scorer.textFit(needFit, offerFit) * q.maxExtras)) {
            return;
        }
        if ((q.candidate != null && !q.candidate.test(other))
                || (q.excluded != null && q.excluded.test(other.companyId()))) {
            return;
        }
        double overlap = cosine(weightedOverlap(q.self.offers(), other.offers()), q.offer.conceptNorm,
                index.offerNorm2[slot]);
        double score = index.scorer.score(q.self, other, needFit, offerFit, overlap);
        heap.offer(new Scored(other, score, needFit, offerFit, overlap));
    }

    private record Query(MatchProfile self, QuerySide need, QuerySide offer, Predicate<MatchProfile> candidate,
            LongPredicate excluded, Top twoWay, Top oneWay, double maxExtras) {
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
        return dot == 0 || selfNorm == 0 || otherNorm2 == 0 ? 0 : Math.min(1, dot / (selfNorm * Math.sqrt(otherNorm2)));
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
            if (c < index.classified && !index.place[c] && !index.role[c] && !index.term[c]) {
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
            if (c < index.classified && !index.place[c] && index.idf[c] > 0) {
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

    /** Per-thread bitsets over the slots, reused between queries: the other side's postings, and the visited. */
    private static final class Scratch {
        long[] marks = new long[0];
        long[] visited = new long[0];

        void prepare(int size) {
            int words = (size >> 6) + 1;
            if (marks.length < words) {
                marks = new long[Math.max(words, marks.length * 2)];
                visited = new long[marks.length];
            } else {
                Arrays.fill(marks, 0);
                Arrays.fill(visited, 0);
            }
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

        /** True the first time a slot is visited in this query. */
        boolean firstVisit(int slot) {
            long bit = 1L << slot;
            long word = visited[slot >> 6];
            if ((word & bit) != 0) {
                return false;
            }
            visited[slot >> 6] = word | bit;
            return true;
        }
    }
}
