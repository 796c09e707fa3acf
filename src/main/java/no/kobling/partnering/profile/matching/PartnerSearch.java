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
 * The query side of {@link MatchIndex}: walks the postings of A's needs (among offers) and A's offers (among needs),
 * accumulating both directions' dot products, scores the touched candidates ({@link ReciprocalScore}) and keeps the
 * best in two heaps (two-way fits, and apart one-way fits), then explains each. Reads the index's arrays under its
 * read lock; one scratch space per thread.
 */
final class PartnerSearch {

    private final MatchIndex index;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    PartnerSearch(MatchIndex index) {
        this.index = index;
    }

    /** Called under the index's read lock. */
    MatchIndex.Split recommend(MatchProfile self, int twoWayLimit, int oneWayLimit,
            Predicate<MatchProfile> candidate, LongPredicate excluded) {
        Scratch s = scratch.get();
        s.prepare(index.used);
        double[] norms = new double[4]; // seeks, offers; words of seeks, words of offers
        for (int c : self.seeks()) {
            if (c >= index.classified || index.place[c] || index.idf[c] == 0) {
                continue;
            }
            double w = index.idf[c] * index.idf[c];
            norms[index.term[c] ? 2 : 0] += w;
            accumulate(s, index.offerPostings[c], index.offerLength[c], w, index.term[c] ? s.needWordDot : s.needDot);
        }
        for (int c : self.offers()) {
            if (c >= index.classified || index.place[c] || index.idf[c] == 0) {
                continue;
            }
            double w = index.idf[c] * index.idf[c];
            norms[index.term[c] ? 3 : 1] += w;
            accumulate(s, index.seekPostings[c], index.seekLength[c], w, index.term[c] ? s.offerWordDot : s.offerDot);
        }
        double selfSeekNorm = Math.sqrt(norms[0]);
        double selfOfferNorm = Math.sqrt(norms[1]);
        double selfSeekWordNorm = Math.sqrt(norms[2]);
        double selfOfferWordNorm = Math.sqrt(norms[3]);
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score);
        PriorityQueue<Scored> both = new PriorityQueue<>(byScore);
        PriorityQueue<Scored> oneWay = new PriorityQueue<>(byScore);
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
            if (other == null || other.companyId() == self.companyId()
                    || (ab == 0 && ba == 0 && abWords == 0 && baWords == 0)) {
                continue;
            }
            double needFit = fit(cosine(ab, selfSeekNorm, index.offerNorm2[slot]),
                    cosine(abWords, selfSeekWordNorm, index.offerTermNorm2[slot]));
            double offerFit = fit(cosine(ba, selfOfferNorm, index.seekNorm2[slot]),
                    cosine(baWords, selfOfferWordNorm, index.seekTermNorm2[slot]));
            boolean twoWay = needFit > 0 && offerFit > 0;
            PriorityQueue<Scored> heap = twoWay ? both : oneWay;
            int limit = twoWay ? twoWayLimit : oneWayLimit;
            if (limit == 0 || (heap.size() == limit
                    && index.scorer.textFit(needFit, offerFit) * maxExtras <= heap.peek().score())) {
                continue;
            }
            if ((candidate != null && !candidate.test(other)) || (excluded != null && excluded.test(other.companyId()))) {
                continue;
            }
            double overlap = cosine(weightedOverlap(self.offers(), other.offers()), selfOfferNorm, index.offerNorm2[slot]);
            double score = index.scorer.score(self, other, needFit, offerFit, overlap);
            if (heap.size() < limit) {
                heap.add(new Scored(other, score, needFit, offerFit, overlap));
            } else if (score > heap.peek().score()) {
                heap.poll();
                heap.add(new Scored(other, score, needFit, offerFit, overlap));
            }
        }
        return new MatchIndex.Split(sorted(self, both), sorted(self, oneWay));
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

    private static double cosine(double dot, double selfNorm, double otherNorm2) {
        return dot == 0 || selfNorm == 0 || otherNorm2 == 0 ? 0 : Math.min(1, dot / (selfNorm * Math.sqrt(otherNorm2)));
    }

    private List<Match> sorted(MatchProfile self, PriorityQueue<Scored> heap) {
        List<Scored> best = new ArrayList<>(heap);
        best.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(x -> x.profile().companyId()));
        return best.stream().map(x -> explain(self, x)).toList();
    }

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
        List<String> bothOffer = ids(intersect(self.offers(), other.offers())).stream().filter(c -> !MatchIndex.isRole(c))
                .toList();
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

    private void accumulate(Scratch s, int[] postings, int length, double weight, double[] target) {
        if (postings == null) {
            return;
        }
        for (int i = 0; i < length; i++) {
            int slot = postings[i];
            if (s.stamp[slot] != s.generation) {
                s.stamp[slot] = s.generation;
                s.touched[s.touchedCount++] = slot;
            }
            target[slot] += weight;
        }
    }

    private record Scored(MatchProfile profile, double score, double needFit, double offerFit, double overlap) {
    }

    /** Per-thread accumulators, reused between queries (cleared as they are read). */
    private static final class Scratch {
        double[] needDot = new double[0];
        double[] offerDot = new double[0];
        double[] needWordDot = new double[0];
        double[] offerWordDot = new double[0];
        int[] stamp = new int[0];
        int[] touched = new int[0];
        int touchedCount;
        int generation;

        void prepare(int size) {
            if (needDot.length < size) {
                int capacity = Math.max(size, needDot.length * 2);
                needDot = new double[capacity];
                offerDot = new double[capacity];
                needWordDot = new double[capacity];
                offerWordDot = new double[capacity];
                stamp = new int[capacity];
                touched = new int[capacity];
                generation = 0;
            }
            generation++;
            touchedCount = 0;
        }
    }}
