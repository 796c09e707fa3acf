package no.kobling.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.bench.ProfileSetGenerator.GenProfile;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.Match;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.matching.MatchWeights;

/**
 * Recommendation benchmark (bench/recommend.sh): generates profile sets of the given sizes with planted complementary
 * pairs and distractors, indexes them with the application's matcher (text analysis included), and reports nDCG@10,
 * reciprocal success@10, the same split by same-language and cross-language pairs, where the distractors rank, and
 * single-threaded latency of one recommendation (top 10) after warm-up.
 */
public final class RecommendBench {

    private RecommendBench() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        int pairs = Integer.parseInt(opts.getOrDefault("pairs", "2000"));
        double cross = Double.parseDouble(opts.getOrDefault("cross-language", "0.7"));
        for (String s : opts.getOrDefault("sizes", "100000,1000000").split(",")) {
            run(Integer.parseInt(s.strip()), pairs, cross, seed);
        }
    }

    record Report(int size, int pairs, double ndcg, double reciprocalSuccess, double ndcgSame, double ndcgCross,
            double successSame, double successCross, double offerOfferInTop10, double sameIndustryAbovePartner,
            Latency latency, Latency cpu, Latency splitCpu, long indexMillis) {
    }

    static Report run(int size, int pairs, double cross, long seed) {
        ConceptDictionary dictionary = ConceptDictionary.standard();
        ProfileSetGenerator generator = new ProfileSetGenerator(ProfileSetGenerator.vocabulary(), seed);
        long t0 = System.nanoTime();
        List<GenProfile> set = generator.generate(size, pairs, cross);
        MatchIndex index = new MatchIndex(dictionary, MatchWeights.defaults());
        Map<Long, MatchProfile> byId = new HashMap<>();
        for (GenProfile g : set) {
            MatchProfile m = new MatchProfile(g.id(), g.country(), g.division(), null,
                    dictionary.concepts(g.offersText()), dictionary.concepts(g.seeksText()), g.types(), Set.of(),
                    g.languages(), Set.of(), Set.of(), 1, true);
            index.put(m);
            if (!g.role().equals("background")) {
                byId.put(g.id(), m);
            }
        }
        long indexMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<Long, GenProfile> gen = new HashMap<>();
        set.stream().filter(g -> !g.role().equals("background")).forEach(g -> gen.put(g.id(), g));
        List<GenProfile> planted = set.stream().filter(g -> g.role().equals("planted")).toList();
        Map<Long, List<Long>> rankings = new HashMap<>();
        Latency latency = new Latency();
        Latency cpu = new Latency();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        // warm-up
        for (int i = 0; i < Math.min(500, planted.size()); i++) {
            index.recommend(byId.get(planted.get(i).id()), 10, null, null);
        }
        for (GenProfile g : planted) {
            MatchProfile self = byId.get(g.id());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<Match> top = index.recommend(self, 10, p -> p.isPublic(), null);
            latency.add(System.nanoTime() - start);
            cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
            rankings.put(g.id(), top.stream().map(Match::companyId).toList());
        }
        // as the application asks: the two-way fits and, apart, the one-way fits (both lists complete)
        Latency splitCpu = new Latency();
        for (GenProfile g : planted) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            index.recommendSplit(byId.get(g.id()), 10, 10, p -> p.isPublic(), null);
            splitCpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
        }
        double ndcg = 0;
        double ndcgSame = 0;
        double ndcgCross = 0;
        int same = 0;
        int crossCount = 0;
        int success = 0;
        int successSame = 0;
        int successCross = 0;
        int pairsSeen = 0;
        for (GenProfile g : planted) {
            double v = RankingMetrics.ndcg(rankings.get(g.id()), g.partner(), 10);
            ndcg += v;
            boolean crossLanguage = !g.language().equals(gen.get(g.partner()).language());
            if (crossLanguage) {
                ndcgCross += v;
                crossCount++;
            } else {
                ndcgSame += v;
                same++;
            }
            if (g.id() < g.partner()) {
                pairsSeen++;
                boolean ok = RankingMetrics.reciprocalSuccess(rankings.get(g.id()), g.id(),
                        rankings.get(g.partner()), g.partner(), 10);
                if (ok) {
                    success++;
                    if (crossLanguage) {
                        successCross++;
                    } else {
                        successSame++;
                    }
                }
            }
        }
        int offerOffer = 0;
        int sameIndustryAbove = 0;
        int aSides = 0;
        for (GenProfile d : set) {
            if (d.role().equals("offer-offer") || d.role().equals("same-industry")) {
                List<Long> ranking = rankings.get(d.partner());
                int dr = ranking.indexOf(d.id());
                int pr = ranking.indexOf(gen.get(d.partner()).partner());
                if (d.role().equals("offer-offer")) {
                    aSides++;
                    if (dr >= 0) {
                        offerOffer++;
                    }
                } else if (dr >= 0 && (pr < 0 || dr < pr)) {
                    sameIndustryAbove++;
                }
            }
        }
        int crossPairs = (int) planted.stream().filter(g -> g.id() < g.partner()
                && !g.language().equals(gen.get(g.partner()).language())).count();
        Report r = new Report(size, pairsSeen, ndcg / planted.size(), success / (double) pairsSeen,
                same == 0 ? Double.NaN : ndcgSame / same, crossCount == 0 ? Double.NaN : ndcgCross / crossCount,
                pairsSeen - crossPairs == 0 ? Double.NaN : successSame / (double) (pairsSeen - crossPairs),
                crossPairs == 0 ? Double.NaN : successCross / (double) crossPairs,
                aSides == 0 ? 0 : offerOffer / (double) aSides, aSides == 0 ? 0 : sameIndustryAbove / (double) aSides,
                latency, cpu, splitCpu, indexMillis);
        print(r);
        return r;
    }

    static void print(Report r) {
        System.out.printf("RESULT profiles=%d planted-pairs=%d generate+index=%d ms%n", r.size(), r.pairs(),
                r.indexMillis());
        System.out.printf("RESULT   nDCG@10=%.3f (same language %.3f, cross-language %.3f, drop %.3f)%n", r.ndcg(),
                r.ndcgSame(), r.ndcgCross(), r.ndcgSame() - r.ndcgCross());
        System.out.printf("RESULT   reciprocal success@10=%.3f (same language %.3f, cross-language %.3f)%n",
                r.reciprocalSuccess(), r.successSame(), r.successCross());
        System.out.printf("RESULT   offer-offer distractor in top 10: %.3f; same-industry competitor above partner: %.3f%n",
                r.offerOfferInTop10(), r.sameIndustryAbovePartner());
        System.out.printf("RESULT   latency top-10 single-threaded (wall clock): %s%n", r.latency().summary());
        System.out.printf("RESULT   CPU time per recommendation (this thread, robust to a busy machine): %s%n",
                r.cpu().summary());
        System.out.printf("RESULT   CPU time per request of two-way and one-way lists apart (the application's call): %s%n",
                r.splitCpu().summary());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("RESULT   heap used after the run: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }


}
