package no.kobling.partnering.profile.matching;

import java.util.Arrays;

/**
 * One direction of a query: A's concepts of one side (its needs, or its offers) that count — dictionary concepts and
 * word concepts, places and words of no weight left out — in ascending order with their idf² weights, A's norms over
 * them, and for each the postings of the other side to walk (the profiles that offer what A seeks, or seek what A
 * offers).
 */
final class QuerySide {

    private final int[] concepts;
    private final double[] weights;
    private final boolean[] words;
    /** Norms of A's side over the dictionary's concepts and over the word concepts. */
    final double conceptNorm;
    final double wordNorm;
    private final int[][] postings;
    private final int[] lengths;
    /** The postings of all terms of this side together. */
    final long total;

    /**
     * @param side A's concepts of one side (sorted, distinct)
     * @param postingsOf the other side's postings per concept, {@code lengthOf} their lengths
     */
    QuerySide(MatchIndex index, int[] side, int[][] postingsOf, int[] lengthOf) {
        int n = 0;
        int[] kept = new int[side.length];
        for (int c : side) {
            if (c < index.classified && !index.place[c] && index.idf[index.via[c] < 0 ? c : index.via[c]] != 0) {
                kept[n++] = c;
            }
        }
        concepts = Arrays.copyOf(kept, n);
        weights = new double[n];
        words = new boolean[n];
        postings = new int[n][];
        lengths = new int[n];
        double conceptNorm2 = 0;
        double wordNorm2 = 0;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int c = concepts[i];
            words[i] = index.term[c];
            int via = index.via[c];
            if (via >= 0) {
                // a profile that met the concept through the same word gets its weight off again (counted once,
                // as a word); not part of a norm
                weights[i] = -index.idf[via] * index.idf[via];
            } else if (words[i]) {
                weights[i] = index.idf[c] * index.idf[c];
                wordNorm2 += weights[i];
            } else {
                weights[i] = index.idf[c] * index.idf[c];
                conceptNorm2 += weights[i];
            }
            postings[i] = postingsOf[c];
            lengths[i] = postingsOf[c] == null ? 0 : lengthOf[c];
            sum += lengths[i];
        }
        conceptNorm = Math.sqrt(conceptNorm2);
        wordNorm = Math.sqrt(wordNorm2);
        total = sum;
    }

    int size() {
        return lengths.length;
    }

    int[] postings(int k) {
        return postings[k];
    }

    int length(int k) {
        return lengths[k];
    }

    double weight(int k) {
        return weights[k];
    }

    boolean word(int k) {
        return words[k];
    }

    int concept(int k) {
        return concepts[k];
    }

    /** True for a term that can only lower a fit (a {@code via:} id: its weight is negative). */
    boolean lowers(int k) {
        return weights[k] < 0;
    }
}
