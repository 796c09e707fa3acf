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
 * <p>How it avoids walking most of the index (issue 17, fifth round: 1,000,000 profiles): A's terms (its needs
 * against the others' offers, its offers against their needs) are walked one posting list at a time, the rarest
 * first. A profile is scored exactly when it is first met, unless an upper bound of its score — from the weights of
 * the terms not walked yet, its own norms and the most the extras can give — cannot enter the heap of its kind.
 * Before each list the same bound for a profile not met yet (it can only share terms still to walk) is checked, and
 * the walk stops as soon as neither heap could take one: the long postings of the popular concepts are then never
 * walked (MaxScore-style pruning; exact, see {@link Bounds} and docs/decisions/partner-matching.md).
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
        QuerySide need = new QuerySide(index, self.seeks(), index.offerPostings, index.offerLength);
        QuerySide offer = new QuerySide(index, self.offers(), index.seekPostings, index.seekLength);
        if (oneWayLimit == 0 || oneWayToFill) {
            Query q = new Query(self, need, offer, candidate, excluded, new Top(twoWayLimit), new Top(0));
            search(q);
            if (oneWayLimit == 0 || q.twoWay.full()) {
                return new MatchIndex.Split(sorted(self, q.twoWay), List.of());
            }
        }
        Query q = new Query(self, need, offer, candidate, excluded, new Top(twoWayLimit), new Top(oneWayLimit));
        search(q);
        return new MatchIndex.Split(sorted(self, q.twoWay), sorted(self, q.oneWay));
    }

    /** Relative slack on every upper bound, so a rounding difference between bound and score never prunes a tie. */
    private static final double SLACK = 1 + 1e-9;

    /**
     * Term at a time, rarest term first (the highest possible contribution first); a profile is scored exactly when
     * it is first met, unless its upper bound cannot enter a heap. Before each term, the bound of a profile not met
     * yet — it shares only terms still to walk, see {@link Bounds} — is checked against both heaps, and the walk stops
     * when neither could take it: the popular concepts' long postings are then never walked.
     */
    private void search(Query q) {
        Scratch s = scratch.get();
        s.prepare(index.used, index.idf.length);
        s.positions(q.need, s.needPosition, 1);
        s.positions(q.offer, s.offerPosition, 1);
        try {
            walk(q, s);
        } finally {
            s.positions(q.need, s.needPosition, 0);
            s.positions(q.offer, s.offerPosition, 0);
        }
    }

    private void walk(Query q, Scratch s) {
        int[][] order = order(q);
        Bounds rest = new Bounds(q, order);
        double ceiling = index.scorer.maxExtras(q.self) * SLACK;
        for (int t = 0; t < order.length; t++) {
            rest.at(t);
            double needBound = rest.unseenNeed();
            double offerBound = rest.unseenOffer();
            if (!q.twoWay.mayEnter(index.scorer.textFit(needBound, offerBound) * ceiling)
                    && !q.oneWay.mayEnter(index.scorer.textFit(Math.max(needBound, offerBound), 0) * ceiling)) {
                return;
            }
            QuerySide side = order[t][0] == 0 ? q.need : q.offer;
            int[] postings = side.postings(order[t][1]);
            for (int i = 0, n = side.length(order[t][1]); i < n; i++) {
                int slot = postings[i];
                if (s.stamp[slot] != s.generation) {
                    s.stamp[slot] = s.generation;
                    consider(q, s, rest, slot, ceiling);
                }
            }
        }
    }

    /** The query's terms that add to a fit, rarest first (shortest postings), then the ones that only lower one. */
    private static int[][] order(Query q) {
        List<int[]> terms = new ArrayList<>(q.need.size() + q.offer.size());
        for (int k = 0; k < q.need.size(); k++) {
            terms.add(new int[] {0, k, q.need.length(k), q.need.lowers(k) ? 1 : 0});
        }
        for (int k = 0; k < q.offer.size(); k++) {
            terms.add(new int[] {1, k, q.offer.length(k), q.offer.lowers(k) ? 1 : 0});
        }
        terms.sort(Comparator.<int[]>comparingInt(t -> t[3]).thenComparingInt(t -> t[2]).thenComparingInt(t -> t[0])
                .thenComparingInt(t -> t[1]));
        return terms.toArray(new int[0][]);
    }

    /**
     * A profile met for the first time shares with A only terms still to walk (the current one included): its bound
     * from them and its own norms and extras decides whether it is scored at all.
     */
    private void consider(Query q, Scratch s, Bounds rest, int slot, double ceiling) {
        double needBound = rest.need(slot);
        double offerBound = rest.offer(slot);
        if (!q.twoWay.mayEnter(index.scorer.textFit(needBound, offerBound) * ceiling)
                && !q.oneWay.mayEnter(index.scorer.textFit(Math.max(needBound, offerBound), 0) * ceiling)) {
            return;
        }
        MatchProfile other = index.slots[slot];
        if (other == null || other.companyId() == q.self.companyId()) {
            return;
        }
        score(q, s, slot, other, ceiling);
    }

    /**
     * Scores one profile exactly (its dot products with A's sides, in A's concept order) into the heap of its kind;
     * the cheap bounds first (its text fit times the most the extras can give A, then times its own extras).
     */
    private void score(Query q, Scratch s, int slot, MatchProfile other, double ceiling) {
        dots(q.need, s.needPosition, other.offers(), s);
        double ab = s.conceptDot;
        double abWords = s.wordDot;
        dots(q.offer, s.offerPosition, other.seeks(), s);
        double ba = s.conceptDot;
        double baWords = s.wordDot;
        if (ab == 0 && ba == 0 && abWords == 0 && baWords == 0) {
            return;
        }
        double needFit = fit(cosine(ab, q.need.conceptNorm, index.norms[4 * slot + MatchIndex.OFFERS]),
                cosine(abWords, q.need.wordNorm, index.norms[4 * slot + MatchIndex.OFFER_WORDS]));
        double offerFit = fit(cosine(ba, q.offer.conceptNorm, index.norms[4 * slot + MatchIndex.SEEKS]),
                cosine(baWords, q.offer.wordNorm, index.norms[4 * slot + MatchIndex.SEEK_WORDS]));
        Top heap = needFit > 0 && offerFit > 0 ? q.twoWay : q.oneWay;
        double text = index.scorer.textFit(needFit, offerFit);
        if (!heap.mayEnter(text * ceiling) || !heap.mayEnter(text * index.scorer.extrasFactor(q.self, other) * SLACK)) {
            return;
        }
        if ((q.candidate != null && !q.candidate.test(other))
                || (q.excluded != null && q.excluded.test(other.companyId()))) {
            return;
        }
        double overlap = cosine(weightedOverlap(q.self.offers(), other.offers()), q.offer.conceptNorm,
                index.norms[4 * slot + MatchIndex.OFFERS]);
        double score = index.scorer.score(q.self, other, needFit, offerFit, overlap);
        heap.offer(new Scored(other, score, needFit, offerFit, overlap));
    }

    /**
     * The dot products of A's side with one of B's concept sets (sorted, so the sums run in A's concept order, as an
     * accumulation over A's terms would): concepts and words apart. {@code position} maps a concept to its term of
     * the side plus one (0 = not a term of it).
     */
    private static void dots(QuerySide side, int[] position, int[] concepts, Scratch s) {
        double concept = 0;
        double word = 0;
        for (int c : concepts) {
            int k = c < position.length ? position[c] - 1 : -1;
            if (k >= 0) {
                if (side.word(k)) {
                    word += side.weight(k);
                } else {
                    concept += side.weight(k);
                }
            }
        }
        s.conceptDot = concept;
        s.wordDot = word;
    }

    /**
     * What the terms still to walk can add to a fit, per side and channel (concepts, words): the sum of their idf²
     * weights {@code W}. A profile that shares only some of them has a dot product of at most {@code W} and a norm of
     * at least the square root of what it shares, so its cosine is at most {@code sqrt(W) / |A|}, and at most
     * {@code W / (|A| |B|)} once its norm {@code |B|} is known. Terms that lower a fit are left out (bound 0). The
     * sums are taken from the end of the walk order (suffix sums), so no rounding drifts in as terms are walked.
     */
    private final class Bounds {
        private final Query q;
        /** Per position in the walk order: need concepts, need words, offer concepts, offer words still to walk. */
        private final double[][] suffix;
        private double[] weight;

        Bounds(Query q, int[][] order) {
            this.q = q;
            suffix = new double[order.length + 1][4];
            for (int i = order.length - 1; i >= 0; i--) {
                suffix[i] = suffix[i + 1].clone();
                QuerySide side = order[i][0] == 0 ? q.need : q.offer;
                int k = order[i][1];
                if (!side.lowers(k)) {
                    suffix[i][(order[i][0] == 0 ? 0 : 2) + (side.word(k) ? 1 : 0)] += side.weight(k);
                }
            }
            weight = suffix[0];
        }

        /** From now on only the terms from position {@code i} of the walk order on are still to walk. */
        void at(int i) {
            weight = suffix[i];
        }

        /** The most the need fit of a profile not met yet can be. */
        double unseenNeed() {
            return fit(cap(weight[0], q.need.conceptNorm), cap(weight[1], q.need.wordNorm));
        }

        double unseenOffer() {
            return fit(cap(weight[2], q.offer.conceptNorm), cap(weight[3], q.offer.wordNorm));
        }

        /** The most the need fit of the profile in {@code slot}, first met now, can be. */
        double need(int slot) {
            return fit(Math.min(cap(weight[0], q.need.conceptNorm),
                    cosine(weight[0], q.need.conceptNorm, index.norms[4 * slot + MatchIndex.OFFERS])),
                    Math.min(cap(weight[1], q.need.wordNorm),
                            cosine(weight[1], q.need.wordNorm, index.norms[4 * slot + MatchIndex.OFFER_WORDS])));
        }

        double offer(int slot) {
            return fit(Math.min(cap(weight[2], q.offer.conceptNorm),
                    cosine(weight[2], q.offer.conceptNorm, index.norms[4 * slot + MatchIndex.SEEKS])),
                    Math.min(cap(weight[3], q.offer.wordNorm),
                            cosine(weight[3], q.offer.wordNorm, index.norms[4 * slot + MatchIndex.SEEK_WORDS])));
        }

        private static double fit(double concepts, double words) {
            return Math.min(1, PartnerSearch.fit(Math.min(1, concepts * SLACK), Math.min(1, words * SLACK)) * SLACK);
        }

        /** {@code sqrt(W) / |A|}, at most 1; 0 without weight or without a norm of A. */
        private static double cap(double w, double selfNorm) {
            return w <= 1e-12 || selfNorm == 0 ? 0 : Math.min(1, Math.sqrt(w) / selfNorm);
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

    /** Per-thread stamps of the profiles met by the current query, reused between queries. */
    private static final class Scratch {
        int[] stamp = new int[0];
        int generation;
        /** Per concept, its term in A's need side (offer side) plus one; all 0 between queries. */
        int[] needPosition = new int[0];
        int[] offerPosition = new int[0];
        /** Output of {@link #dots}. */
        double conceptDot;
        double wordDot;

        void positions(QuerySide side, int[] position, int set) {
            for (int k = 0; k < side.size(); k++) {
                position[side.concept(k)] = set * (k + 1);
            }
        }

        void prepare(int size, int concepts) {
            if (needPosition.length < concepts) {
                needPosition = new int[concepts];
                offerPosition = new int[concepts];
            }
            if (stamp.length < size) {
                stamp = new int[Math.max(size, stamp.length * 2)];
                generation = 0;
            }
            generation++;
            if (generation == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                generation = 1;
            }
        }
    }
}
