package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

/**
 * In-memory inverted index of partner profiles over concepts: for each concept, the profiles that offer it and the
 * profiles that seek it, with the idf weights and each profile's norms under them. This class maintains it (add,
 * replace, remove, compact, idf snapshots); the query — walking the postings of A's needs and offers, scoring the
 * candidates ({@link ReciprocalScore}) into two-way and one-way fits, explaining them — is {@link PartnerSearch}'s,
 * which reads the package-private arrays below under the read lock. Place concepts (countries, regions) never count:
 * countries sought are a filter and bonus of the score, not a matched term. Reads run in parallel; writes take a
 * lock. Pure Java (no Spring).
 */
public final class MatchIndex {

    final ConceptDictionary dictionary;
    final ReciprocalScore scorer;
    private final PartnerSearch search;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    MatchProfile[] slots = new MatchProfile[1024];
    int used;
    private int alive;
    int[][] offerPostings;
    int[] offerLength;
    int[][] seekPostings;
    int[] seekLength;
    private int[] documentFrequency;
    /** idf per concept as of the last snapshot, and each slot's squared norms under it (offers, seeks). */
    double[] idf;
    /** Concepts that name a place (country, region): never scored, never a matched term. */
    boolean[] place;
    /** Concepts that name a role (customer, supplier): never a reason to call two companies competitors. */
    boolean[] role;
    /** Word concepts ({@link WordTerms}): scored on their own channel, see {@link PartnerSearch#fit}. */
    boolean[] term;
    /** Concepts of the bilingual layer ({@code fd:}): the common-word cap applies to them as to words. */
    boolean[] bilingual;
    /**
     * For a {@link WordTerms#via} id, the concept it stands for (else -1): shared by two profiles, it takes that
     * concept's weight off their concept channel again (they met it through the same word, counted as a word).
     */
    int[] via;
    private int idfAlive;
    /** Concepts below this have their place, role and word flags set. */
    int classified;
    /**
     * Each slot's squared norms side by side (one cache line for the search's bound of a profile): offers over the
     * dictionary's concepts, seeks over them, offers over the word concepts, seeks over them, at {@code 4 * slot + }
     * {@link #OFFERS}, {@link #SEEKS}, {@link #OFFER_WORDS}, {@link #SEEK_WORDS}.
     */
    double[] norms = new double[4 * 1024];
    static final int OFFERS = 0;
    static final int SEEKS = 1;
    static final int OFFER_WORDS = 2;
    static final int SEEK_WORDS = 3;

    public MatchIndex(ConceptDictionary dictionary, MatchWeights weights) {
        this.dictionary = dictionary;
        this.scorer = new ReciprocalScore(weights);
        this.search = new PartnerSearch(this);
        offerPostings = new int[0][];
        seekPostings = new int[0][];
        offerLength = new int[0];
        seekLength = new int[0];
        documentFrequency = new int[0];
        idf = new double[0];
        place = new boolean[0];
        role = new boolean[0];
        term = new boolean[0];
        bilingual = new boolean[0];
        via = new int[0];
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
            bilingual[c] = WordTerms.isBilingual(id);
            via[c] = WordTerms.isVia(id) ? dictionary.concept(WordTerms.viaConcept(id)) : -1;
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
        bilingual = Arrays.copyOf(bilingual, size);
        via = Arrays.copyOf(via, size);
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
                    norms = Arrays.copyOf(norms, 4 * slots.length);
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
            idf[c] = (term[c] || bilingual[c]) && documentFrequency[c] > commonWord ? 0
                    : Math.log(1 + n / (1 + documentFrequency[c]));
        }
        idfAlive = alive;
        for (int i = 0; i < used; i++) {
            if (slots[i] != null) {
                norms(i, slots[i]);
            }
        }
    }

    /**
     * A word or a concept of the bilingual layer used by more than one profile in this many (and more than
     * {@link #MIN_COMMON_WORD}) is ignored.
     */
    static final int COMMON_WORD_SHARE = 50;
    static final int MIN_COMMON_WORD = 20;

    private void norms(int slot, MatchProfile p) {
        norms[4 * slot + OFFERS] = norm2(p.offers(), false);
        norms[4 * slot + SEEKS] = norm2(p.seeks(), false);
        norms[4 * slot + OFFER_WORDS] = norm2(p.offers(), true);
        norms[4 * slot + SEEK_WORDS] = norm2(p.seeks(), true);
    }

    /** Squared norm over the dictionary's concepts (places left out), or over the word concepts. */
    private double norm2(int[] concepts, boolean words) {
        double sum = 0;
        for (int c : concepts) {
            if (c < classified && !place[c] && via[c] < 0 && term[c] == words) {
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
            norms = new double[4 * 1024];
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
        return split(self, limit, limit, candidate, excluded, true).ranked(limit);
    }

    /**
     * The best two-way partners (at most {@code twoWayLimit}) and, apart, the best one-way fits (at most
     * {@code oneWayLimit}), each best first.
     */
    public Split recommendSplit(MatchProfile self, int twoWayLimit, int oneWayLimit, Predicate<MatchProfile> candidate,
            LongPredicate excluded) {
        return split(self, twoWayLimit, oneWayLimit, candidate, excluded, false);
    }

    private Split split(MatchProfile self, int twoWayLimit, int oneWayLimit, Predicate<MatchProfile> candidate,
            LongPredicate excluded, boolean oneWayToFill) {
        if (twoWayLimit <= 0 && oneWayLimit <= 0) {
            return new Split(List.of(), List.of());
        }
        lock.readLock().lock();
        try {
            return search.recommend(self, Math.max(0, twoWayLimit), Math.max(0, oneWayLimit), candidate, excluded,
                    oneWayToFill);
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

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().toArray();
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


}
