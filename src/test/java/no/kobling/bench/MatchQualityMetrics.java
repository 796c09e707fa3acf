package no.kobling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ranking measures of the hand-written quality set (bench/match-quality.sh): one relevant item per query (the true
 * partner), its 1-based rank in the recommendation list (0 when it is not in the list).
 */
final class MatchQualityMetrics {

    private MatchQualityMetrics() {
    }

    /** One query: the company asked for, its partner's rank, its pair's distractor's rank (0: not in the list). */
    record Query(String pair, String side, String languages, boolean crossLanguage, int partnerRank,
            int distractorRank) {

        /** The look-alike ranks above the true partner (also when the partner is missing from the list). */
        boolean distractorAbove() {
            return distractorRank > 0 && (partnerRank == 0 || distractorRank < partnerRank);
        }
    }

    /** The averages over a set of queries. */
    record Summary(int queries, double successAt1, double successAt10, double mrr, double ndcgAt10,
            int distractorAbovePartner) {
    }

    /** 1-based rank of {@code relevant} in {@code ranked}, 0 when absent. */
    static int rank(List<Long> ranked, long relevant) {
        int i = ranked.indexOf(relevant);
        return i < 0 ? 0 : i + 1;
    }

    static double success(int rank, int k) {
        return rank > 0 && rank <= k ? 1 : 0;
    }

    static double reciprocalRank(int rank) {
        return rank > 0 ? 1.0 / rank : 0;
    }

    /** nDCG@k with a single relevant item: 1/log2(rank+1) within the top k (the ideal DCG is 1). */
    static double ndcg(int rank, int k) {
        return rank > 0 && rank <= k ? 1.0 / (Math.log(rank + 1) / Math.log(2)) : 0;
    }

    static Summary summarise(List<Query> queries) {
        int n = queries.size();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double s1 = 0;
        double s10 = 0;
        double rr = 0;
        double ndcg = 0;
        int above = 0;
        for (Query q : queries) {
            s1 += success(q.partnerRank(), 1);
            s10 += success(q.partnerRank(), 10);
            rr += reciprocalRank(q.partnerRank());
            ndcg += ndcg(q.partnerRank(), 10);
            above += q.distractorAbove() ? 1 : 0;
        }
        return new Summary(n, s1 / n, s10 / n, rr / n, ndcg / n, above);
    }

    static List<Query> where(List<Query> queries, Predicate<Query> filter) {
        List<Query> out = new ArrayList<>();
        for (Query q : queries) {
            if (filter.test(q)) {
                out.add(q);
            }
        }
        return out;
    }

    /** Relative drop of cross-language against same-language, in per cent of the same-language value. */
    static double dropPercent(double same, double cross) {
        return same == 0 || Double.isNaN(same) || Double.isNaN(cross) ? Double.NaN : 100 * (same - cross) / same;
    }
}
