package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import no.kobling.partnering.profile.domain.CooperationType;

/**
 * In-memory inverted index of partner profiles over concepts: for each concept, the profiles that offer it and the
 * profiles that seek it. A recommendation for company A walks only the postings of A's needs (among offers) and A's
 * offers (among needs), accumulating both directions' dot products, then scores the touched candidates
 * ({@link ReciprocalScore}) and keeps the best in two heaps: partners that fit both ways, and apart those that fit
 * one way only. Candidates are skipped without scoring once their heap holds better ones. Place concepts (countries,
 * regions) never count: countries sought are a filter and bonus of the score, not a matched term. Reads run in parallel; writes take a lock. Pure Java (no Spring).
 */
public final class MatchIndex {

    private final ConceptDictionary dictionary;
    private final ReciprocalScore scorer;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private MatchProfile[] slots = new MatchProfile[1024];
    private int used;
    private int alive;
    private int[][] offerPostings;
    private int[] offerLength;
    private int[][] seekPostings;
    private int[] seekLength;
    private int[] documentFrequency;
    /** idf per concept as of the last snapshot, and each slot's squared norms under it (offers, seeks). */
    private double[] idf;
    /** Concepts that name a place (country, region): never scored, never a matched term. */
    private boolean[] place;
    /** Concepts that name a role (customer, supplier): never a reason to call two companies competitors. */
    private boolean[] role;
    /** Word concepts ({@link WordTerms}): scored on their own channel, see {@link #fit}. */
    private boolean[] term;
    private int idfAlive;
    /** Concepts below this have their place, role and word flags set. */
    private int classified;
    private double[] offerNorm2 = new double[1024];
    private double[] seekNorm2 = new double[1024];
    private double[] offerTermNorm2 = new double[1024];
    private double[] seekTermNorm2 = new double[1024];
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public MatchIndex(ConceptDictionary dictionary, MatchWeights weights) {
        this.dictionary = dictionary;
        this.scorer = new ReciprocalScore(weights);
        offerPostings = new int[0][];
        seekPostings = new int[0][];
        offerLength = new int[0];
        seekLength = new int[0];
        documentFrequency = new int[0];
        idf = new double[0];
        place = new boolean[0];
        role = new boolean[0];
        term = new boolean[0];
        ensureConcepts(dictionary.size());
    }

    /**
     * Grows the per-concept arrays to {@code n} concepts (word concepts are added to the dictionary as texts use
     * them). A new concept has no profile yet: its idf is that of a concept no profile holds, until the next snapshot.
     */
    private void ensureConcepts(int n) {
        int old = idf.length;
        if (n > old) {
            grow(Math.max(n, old + (old >> 1)));
        }
        // concepts are known (place, role, word) once the dictionary has them
        int known = Math.min(idf.length, dictionary.size());
        for (int c = classified; c < known; c++) {
            String id = dictionary.id(c);
            place[c] = isPlace(id);
            role[c] = isRole(id);
            term[c] = WordTerms.isTerm(id);
        }
        classified = Math.max(classified, known);
    }

    private void grow(int size) {
        int old = idf.length;
        offerPostings = Arrays.copyOf(offerPostings, size);
        seekPostings = Arrays.copyOf(seekPostings, size);
        offerLength = Arrays.copyOf(offerLength, size);
        seekLength = Arrays.copyOf(seekLength, size);
        documentFrequency = Arrays.copyOf(documentFrequency, size);
        idf = Arrays.copyOf(idf, size);
        place = Arrays.copyOf(place, size);
        role = Arrays.copyOf(role, size);
        term = Arrays.copyOf(term, size);
        for (int c = old; c < size; c++) {
            idf[c] = Math.log(1 + Math.max(1, idfAlive));
        }
    }

    private static int maxConcept(MatchProfile p) {
        int max = -1;
        for (int[] side : new int[][] {p.offers(), p.seeks()}) {
            for (int c : side) {
                max = Math.max(max, c);
            }
        }
        return max;
    }

    public ConceptDictionary dictionary() {
        return dictionary;
    }

    public MatchWeights weights() {
        return scorer.weights();
    }

    /** Adds or replaces the profile of a company. */
    public void put(MatchProfile profile) {
        lock.writeLock().lock();
        try {
            removeLocked(profile.companyId());
            ensureConcepts(Math.max(maxConcept(profile) + 1, dictionary.size()));
            if (used == slots.length) {
                if (alive < used / 2) {
                    compactLocked();
                }
                if (used == slots.length) {
                    slots = Arrays.copyOf(slots, slots.length * 2);
                    offerNorm2 = Arrays.copyOf(offerNorm2, slots.length);
                    seekNorm2 = Arrays.copyOf(seekNorm2, slots.length);
                    offerTermNorm2 = Arrays.copyOf(offerTermNorm2, slots.length);
                    seekTermNorm2 = Arrays.copyOf(seekTermNorm2, slots.length);
                }
            }
            int slot = used++;
            slots[slot] = profile;
            slotOf.put(profile.companyId(), slot);
            alive++;
            for (int c : profile.offers()) {
                offerPostings[c] = append(offerPostings[c], offerLength[c]++, slot);
            }
            for (int c : profile.seeks()) {
                seekPostings[c] = append(seekPostings[c], seekLength[c]++, slot);
            }
            for (int c : union(profile.offers(), profile.seeks())) {
                documentFrequency[c]++;
            }
            if (Math.abs(alive - idfAlive) * 10 > idfAlive) {
                snapshotIdf();
            } else {
                norms(slot, profile);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Freezes the idf weights (they change little as the index grows) and recomputes every slot's norms under them;
     * done again whenever the number of profiles has changed by a tenth, so queries never compute norms.
     */
    private void snapshotIdf() {
        double n = Math.max(1, alive);
        int commonWord = Math.max(MIN_COMMON_WORD, alive / COMMON_WORD_SHARE);
        for (int c = 0; c < idf.length; c++) {
            // a word that many profiles use says nothing (and its postings would be long to walk)
            idf[c] = term[c] && documentFrequency[c] > commonWord ? 0 : Math.log(1 + n / (1 + documentFrequency[c]));
        }
        idfAlive = alive;
        for (int i = 0; i < used; i++) {
            if (slots[i] != null) {
                norms(i, slots[i]);
            }
        }
    }

    /** A word used by more than one profile in this many (and more than {@link #MIN_COMMON_WORD}) is ignored. */
    static final int COMMON_WORD_SHARE = 50;
    static final int MIN_COMMON_WORD = 20;

    private void norms(int slot, MatchProfile p) {
        offerNorm2[slot] = norm2(p.offers(), false);
        seekNorm2[slot] = norm2(p.seeks(), false);
        offerTermNorm2[slot] = norm2(p.offers(), true);
        seekTermNorm2[slot] = norm2(p.seeks(), true);
    }

    /** Squared norm over the dictionary's concepts (places left out), or over the word concepts. */
    private double norm2(int[] concepts, boolean words) {
        double sum = 0;
        for (int c : concepts) {
            if (c < classified && !place[c] && term[c] == words) {
                sum += idf[c] * idf[c];
            }
        }
        return sum;
    }

    public void remove(long companyId) {
        lock.writeLock().lock();
        try {
            removeLocked(companyId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Empties the index (before a rebuild from the database). */
    public void clear() {
        lock.writeLock().lock();
        try {
            slotOf.clear();
            slots = new MatchProfile[1024];
            used = 0;
            alive = 0;
            Arrays.fill(offerPostings, null);
            Arrays.fill(seekPostings, null);
            Arrays.fill(offerLength, 0);
            Arrays.fill(seekLength, 0);
            Arrays.fill(documentFrequency, 0);
            Arrays.fill(idf, 0);
            idfAlive = 0;
            offerNorm2 = new double[1024];
            seekNorm2 = new double[1024];
            offerTermNorm2 = new double[1024];
            seekTermNorm2 = new double[1024];
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return alive;
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<MatchProfile> get(long companyId) {
        lock.readLock().lock();
        try {
            Integer slot = slotOf.get(companyId);
            return slot == null ? Optional.empty() : Optional.of(slots[slot]);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best partners for {@code self} (which need not be in the index), best first: the partners that fit both
     * ways first, then (if fewer than {@code limit}) the one-way fits, each labelled with its {@link Match.Direction}.
     *
     * @param candidate which profiles may be recommended (visibility, an event's participants); null = all
     * @param excluded companies to leave out (existing cases, declined pairs)
     */
    public List<Match> recommend(MatchProfile self, int limit, Predicate<MatchProfile> candidate,
            LongPredicate excluded) {
        return recommendSplit(self, limit, limit, candidate, excluded).ranked(limit);
    }

    /**
     * The best two-way partners (at most {@code twoWayLimit}) and, apart, the best one-way fits (at most
     * {@code oneWayLimit}), each best first.
     */
    public Split recommendSplit(MatchProfile self, int twoWayLimit, int oneWayLimit, Predicate<MatchProfile> candidate,
            LongPredicate excluded) {
        if (twoWayLimit <= 0 && oneWayLimit <= 0) {
            return new Split(List.of(), List.of());
        }
        lock.readLock().lock();
        try {
            return recommendLocked(self, Math.max(0, twoWayLimit), Math.max(0, oneWayLimit), candidate, excluded);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Partners that fit both ways, and apart those that fit one way only; each best first. */
    public record Split(List<Match> twoWay, List<Match> oneWay) {

        /** Two-way fits first, then one-way fits, at most {@code limit}. */
        public List<Match> ranked(int limit) {
            List<Match> out = new ArrayList<>(twoWay);
            out.addAll(oneWay);
            return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
        }
    }

    /** True for a concept id that names a country, region or other place: never a matched term. */
    public static boolean isPlace(String conceptId) {
        return PLACES.contains(conceptId) || conceptId.startsWith("country-") || conceptId.startsWith("region-")
                || conceptId.startsWith("place-");
    }

    /**
     * Roles rather than trades: two companies that both "offer customers" or are both "suppliers" do not compete for
     * that, so these never count as offering the same (competitor penalty).
     */
    public static boolean isRole(String conceptId) {
        return ROLES.contains(conceptId);
    }

    private static final Set<String> ROLES = Set.of("customer", "supplier", "partner", "cooperation", "buyer");

    private static final Set<String> PLACES = Set.of("norway", "sweden", "finland", "denmark", "iceland", "estonia",
            "latvia", "lithuania", "germany", "russia", "nordic", "nordics", "scandinavia", "baltic", "baltics",
            "barents", "europe", "eu", "arctic", "faroe-islands", "greenland", "aland", "united-kingdom", "uk");

    private Split recommendLocked(MatchProfile self, int twoWayLimit, int oneWayLimit,
            Predicate<MatchProfile> candidate, LongPredicate excluded) {
        Scratch s = scratch.get();
        s.prepare(used);
        double[] norms = new double[4]; // seeks, offers; words of seeks, words of offers
        for (int c : self.seeks()) {
            if (c >= classified || place[c] || idf[c] == 0) {
                continue;
            }
            double w = idf[c] * idf[c];
            norms[term[c] ? 2 : 0] += w;
            accumulate(s, offerPostings[c], offerLength[c], w, term[c] ? s.needWordDot : s.needDot);
        }
        for (int c : self.offers()) {
            if (c >= classified || place[c] || idf[c] == 0) {
                continue;
            }
            double w = idf[c] * idf[c];
            norms[term[c] ? 3 : 1] += w;
            accumulate(s, seekPostings[c], seekLength[c], w, term[c] ? s.offerWordDot : s.offerDot);
        }
        double selfSeekNorm = Math.sqrt(norms[0]);
        double selfOfferNorm = Math.sqrt(norms[1]);
        double selfSeekWordNorm = Math.sqrt(norms[2]);
        double selfOfferWordNorm = Math.sqrt(norms[3]);
        Comparator<Scored> byScore = Comparator.comparingDouble(Scored::score);
        PriorityQueue<Scored> both = new PriorityQueue<>(byScore);
        PriorityQueue<Scored> oneWay = new PriorityQueue<>(byScore);
        double maxExtras = scorer.maxExtras();
        for (int t = 0; t < s.touchedCount; t++) {
            int slot = s.touched[t];
            MatchProfile other = slots[slot];
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
            double needFit = fit(cosine(ab, selfSeekNorm, offerNorm2[slot]),
                    cosine(abWords, selfSeekWordNorm, offerTermNorm2[slot]));
            double offerFit = fit(cosine(ba, selfOfferNorm, seekNorm2[slot]),
                    cosine(baWords, selfOfferWordNorm, seekTermNorm2[slot]));
            boolean twoWay = needFit > 0 && offerFit > 0;
            PriorityQueue<Scored> heap = twoWay ? both : oneWay;
            int limit = twoWay ? twoWayLimit : oneWayLimit;
            if (limit == 0 || (heap.size() == limit
                    && scorer.textFit(needFit, offerFit) * maxExtras <= heap.peek().score())) {
                continue;
            }
            if ((candidate != null && !candidate.test(other)) || (excluded != null && excluded.test(other.companyId()))) {
                continue;
            }
            double overlap = cosine(weightedOverlap(self.offers(), other.offers()), selfOfferNorm, offerNorm2[slot]);
            double score = scorer.score(self, other, needFit, offerFit, overlap);
            if (heap.size() < limit) {
                heap.add(new Scored(other, score, needFit, offerFit, overlap));
            } else if (score > heap.peek().score()) {
                heap.poll();
                heap.add(new Scored(other, score, needFit, offerFit, overlap));
            }
        }
        return new Split(sorted(self, both), sorted(self, oneWay));
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
            if (c < classified && !place[c] && !role[c] && !term[c]) {
                sum += idf[c] * idf[c];
            }
        }
        return sum;
    }

    private Match explain(MatchProfile self, Scored x) {
        MatchProfile other = x.profile();
        CooperationType[] pair = ReciprocalScore.bestPair(self.types(), other.types());
        Set<String> shared = new LinkedHashSet<>(self.languages());
        shared.retainAll(other.languages());
        List<String> bothOffer = ids(intersect(self.offers(), other.offers())).stream().filter(c -> !isRole(c))
                .toList();
        return new Match(other.companyId(), x.score(), x.needFit(), x.offerFit(),
                ids(intersect(self.seeks(), other.offers())), ids(intersect(self.offers(), other.seeks())),
                pair == null ? null : pair[0], pair == null ? null : pair[1],
                CooperationType.bestFit(self.types(), other.types()), ReciprocalScore.industryFit(self, other), shared,
                other.countryCode() != null && !other.countryCode().equals(self.countryCode()), other.countryCode(),
                Match.Direction.of(x.needFit(), x.offerFit()), bothOffer, x.overlap(),
                scorer.competitorFactor(x.overlap()),
                ReciprocalScore.inCountrySought(self, other), ReciprocalScore.inCountrySought(other, self),
                ReciprocalScore.inRegionSought(self, other));
    }

    /** Concept ids, places left out, the most specific (highest idf) first. */
    private List<String> ids(int[] concepts) {
        List<Integer> kept = new ArrayList<>(concepts.length);
        for (int c : concepts) {
            if (c < classified && !place[c] && idf[c] > 0) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingDouble((Integer c) -> -idf[c]).thenComparingInt(c -> c));
        List<String> out = new ArrayList<>(kept.size());
        for (int c : kept) {
            out.add(dictionary.id(c));
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

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
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

    private void removeLocked(long companyId) {
        Integer slot = slotOf.remove(companyId);
        if (slot == null) {
            return;
        }
        MatchProfile old = slots[slot];
        slots[slot] = null;
        alive--;
        for (int c : old.offers()) {
            offerLength[c] = removeValue(offerPostings[c], offerLength[c], slot);
        }
        for (int c : old.seeks()) {
            seekLength[c] = removeValue(seekPostings[c], seekLength[c], slot);
        }
        for (int c : union(old.offers(), old.seeks())) {
            documentFrequency[c]--;
        }
    }

    /** Removes one value from a posting list (order kept), returning the new length. */
    private static int removeValue(int[] postings, int length, int value) {
        int at = Arrays.binarySearch(postings, 0, length, value);
        if (at < 0) {
            return length;
        }
        System.arraycopy(postings, at + 1, postings, at, length - at - 1);
        return length - 1;
    }

    private void compactLocked() {
        List<MatchProfile> live = new ArrayList<>(alive);
        for (int i = 0; i < used; i++) {
            if (slots[i] != null) {
                live.add(slots[i]);
            }
        }
        slotOf.clear();
        Arrays.fill(slots, null);
        used = 0;
        alive = 0;
        Arrays.fill(offerPostings, null);
        Arrays.fill(seekPostings, null);
        Arrays.fill(offerLength, 0);
        Arrays.fill(seekLength, 0);
        Arrays.fill(documentFrequency, 0);
        for (MatchProfile p : live) {
            int slot = used++;
            slots[slot] = p;
            slotOf.put(p.companyId(), slot);
            alive++;
            for (int c : p.offers()) {
                offerPostings[c] = append(offerPostings[c], offerLength[c]++, slot);
            }
            for (int c : p.seeks()) {
                seekPostings[c] = append(seekPostings[c], seekLength[c]++, slot);
            }
            for (int c : union(p.offers(), p.seeks())) {
                documentFrequency[c]++;
            }
        }
        snapshotIdf();
    }

    private static int[] append(int[] postings, int length, int value) {
        if (postings == null) {
            postings = new int[8];
        } else if (length == postings.length) {
            postings = Arrays.copyOf(postings, length + (length >> 1) + 8);
        }
        postings[length] = value;
        return postings;
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
    }
}
