package no.kobling.bench;

import java.util.List;

/** nDCG@k with one relevant item (the planted partner) and reciprocal success@k. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** 1/log2(rank+1) if the relevant id is at 1-based rank <= k, else 0 (the ideal DCG of one item is 1). */
    static double ndcg(List<Long> ranked, long relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (ranked.get(i) == relevant) {
                return 1.0 / (Math.log(i + 2) / Math.log(2));
            }
        }
        return 0;
    }

    /** Both sides find each other within the top k. */
    static boolean reciprocalSuccess(List<Long> rankedForA, long a, List<Long> rankedForB, long b, int k) {
        return rankedForA.subList(0, Math.min(k, rankedForA.size())).contains(b)
                && rankedForB.subList(0, Math.min(k, rankedForB.size())).contains(a);
    }
}
