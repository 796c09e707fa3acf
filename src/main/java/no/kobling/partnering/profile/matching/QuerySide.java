package no.kobling.partnering.profile.matching;

import java.util.Arrays;

/**
 * One direction of a query: A's concepts of one side (its needs, or its offers) that count — dictionary concepts and
 * word concepts, places and words of no weight left out — with their idf² weights, and for each the postings of the
 * other side to walk (the profiles that offer what A seeks, or seek what A offers), rarest first. Gives a candidate's
 * fit in this direction from its sorted concept array, and an upper bound of the fit of any candidate that holds none
 * of the first {@code k} terms in walking order (the bound of MaxScore-style pruning).
 */
final class QuerySide {

    /** A's concepts of this side that count, ascending. */
    private final int[] concepts;
    private final double[] weights;
    private final boolean[] words;
    /** Norms of A's side over the dictionary's concepts and over the word concepts. */
    final double conceptNorm;
    final double wordNorm;
    /** Walking order (rarest first): postings, their lengths, and the weights of the terms from position k on. */
    private final int[][] postings;
    private final int[] lengths;
    private final double[] conceptsFrom;
    private final double[] wordsFrom;
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
            if (c < index.classified && !index.place[c] && index.idf[c] != 0) {
                kept[n++] = c;
            }
        }
        concepts = Arrays.copyOf(kept, n);
        weights = new double[n];
        words = new boolean[n];
        double conceptNorm2 = 0;
        double wordNorm2 = 0;
        for (int i = 0; i < n; i++) {
            int c = concepts[i];
            weights[i] = index.idf[c] * index.idf[c];
            words[i] = index.term[c];
            if (words[i]) {
                wordNorm2 += weights[i];
            } else {
                conceptNorm2 += weights[i];
            }
        }
        conceptNorm = Math.sqrt(conceptNorm2);
        wordNorm = Math.sqrt(wordNorm2);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> x.equals(y) ? 0
                : lengthOf[concepts[x]] != lengthOf[concepts[y]]
                        ? Integer.compare(lengthOf[concepts[x]], lengthOf[concepts[y]])
                        : Integer.compare(concepts[x], concepts[y]));
        postings = new int[n][];
        lengths = new int[n];
        conceptsFrom = new double[n + 1];
        wordsFrom = new double[n + 1];
        long sum = 0;
        for (int k = 0; k < n; k++) {
            int c = concepts[order[k]];
            postings[k] = postingsOf[c];
            lengths[k] = postingsOf[c] == null ? 0 : lengthOf[c];
            sum += lengths[k];
        }
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            conceptsFrom[k] = conceptsFrom[k + 1] + (words[i] ? 0 : weights[i]);
            wordsFrom[k] = wordsFrom[k + 1] + (words[i] ? weights[i] : 0);
        }
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

    /**
     * The fit in this direction of a candidate whose concepts of the other side are {@code other} (sorted), with the
     * squared norms of that side over concepts and over words: {@link PartnerSearch#fit} of the two cosines.
     */
    double fit(int[] other, double otherNorm2, double otherWordNorm2) {
        double conceptDot = 0;
        double wordDot = 0;
        int i = 0;
        int j = 0;
        while (i < concepts.length && j < other.length) {
            int a = concepts[i];
            int b = other[j];
            if (a == b) {
                if (words[i]) {
                    wordDot += weights[i];
                } else {
                    conceptDot += weights[i];
                }
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return PartnerSearch.fit(PartnerSearch.cosine(conceptDot, conceptNorm, otherNorm2),
                PartnerSearch.cosine(wordDot, wordNorm, otherWordNorm2));
    }

    /**
     * The most a candidate can fit in this direction when it holds none of the terms before position {@code k} of the
     * walking order: a cosine is at most the square root of the shared weight over A's norm (the candidate's own norm
     * holds at least the shared weight).
     */
    double bound(int k) {
        return PartnerSearch.fit(share(conceptsFrom[k], conceptNorm), share(wordsFrom[k], wordNorm));
    }

    private static double share(double weight, double norm) {
        return weight <= 0 || norm == 0 ? 0 : Math.min(1, Math.sqrt(weight) / norm);
    }
}
