package no.kobling.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.kobling.bench.MatchQualityMetrics.Query;
import no.kobling.bench.MatchQualityMetrics.Summary;
import no.kobling.bench.MatchQualitySet.Pair;
import no.kobling.bench.MatchQualitySet.Profile;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.Match;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.partnering.profile.matching.MatchProfile;
import no.kobling.partnering.profile.matching.MatchWeights;

/**
 * The hand-written set without the application around it (bench/match-quality.sh --in-memory, seconds instead of
 * minutes): the set's profiles are turned into {@link MatchProfile}s the way the application's indexer does (declared
 * language, the first NACE class as the company's own, the classes as industries, languages {lang, en}, no tags, no
 * countries sought), indexed by the application's matcher and asked for 100 recommendations each. No demo background
 * (six profiles in the API run), so its numbers are close to, not the same as, the API run's. For finding misses it
 * writes every query's ranks and, for a query whose partner is not first, the top three with their matched concepts
 * and the concepts of both sides ({@code match-quality-misses.txt}).
 */
public final class MatchQualityInMemory {

    private static final int LIMIT = 100;

    private MatchQualityInMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path pairsFile = MatchQualitySet.DEFAULT;
        Path out = Path.of("target/bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pairs" -> pairsFile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        List<Pair> pairs = MatchQualitySet.load(pairsFile);
        Result r = run(pairs);
        Files.createDirectories(out);
        Files.write(out.resolve("match-quality-misses.txt"), r.misses(), StandardCharsets.UTF_8);
        // per language pair and industry, as the API run's match-quality-breakdown.txt (own file, not overwritten)
        Files.write(out.resolve("match-quality-breakdown-in-memory.txt"), breakdown(pairs, r.queries()),
                StandardCharsets.UTF_8);
        Summary all = MatchQualityMetrics.summarise(r.queries());
        Summary same = MatchQualityMetrics.summarise(MatchQualityMetrics.where(r.queries(), q -> !q.crossLanguage()));
        Summary cross = MatchQualityMetrics.summarise(MatchQualityMetrics.where(r.queries(), Query::crossLanguage));
        System.out.printf(Locale.ROOT, "RESULT in-memory s@1=%.3f s@10=%.3f MRR=%.3f nDCG@10=%.3f D>P=%d/%d"
                + " same-nDCG=%.3f cross-nDCG=%.3f drop=%.1f%% same-s@10=%.3f cross-s@10=%.3f%n", all.successAt1(),
                all.successAt10(), all.mrr(), all.ndcgAt10(), all.distractorAbovePartner(), all.queries(),
                same.ndcgAt10(), cross.ndcgAt10(), MatchQualityMetrics.dropPercent(same.ndcgAt10(), cross.ndcgAt10()),
                same.successAt10(), cross.successAt10());
        System.out.println("misses: " + out.resolve("match-quality-misses.txt"));
    }

    static List<String> breakdown(List<Pair> pairs, List<Query> queries) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-22s %7s %6s %6s %6s %8s %5s", "group", "queries", "s@1", "s@10", "MRR",
                "nDCG@10", "D>P"));
        Map<String, String> industries = new HashMap<>();
        pairs.forEach(p -> industries.put(p.id(), p.industry()));
        Map<String, List<Query>> byLanguages = new java.util.TreeMap<>();
        Map<String, List<Query>> byIndustry = new java.util.TreeMap<>();
        for (Query q : queries) {
            byLanguages.computeIfAbsent(q.languages(), k -> new ArrayList<>()).add(q);
            byIndustry.computeIfAbsent(industries.get(q.pair()), k -> new ArrayList<>()).add(q);
        }
        byLanguages.forEach((k, v) -> out.add(row("lang " + k, MatchQualityMetrics.summarise(v))));
        byIndustry.forEach((k, v) -> out.add(row("industry " + k, MatchQualityMetrics.summarise(v))));
        return out;
    }

    private static String row(String group, Summary s) {
        return String.format(Locale.ROOT, "%-22s %7d %6.3f %6.3f %6.3f %8.3f %5d", group, s.queries(), s.successAt1(),
                s.successAt10(), s.mrr(), s.ndcgAt10(), s.distractorAbovePartner());
    }

    /** The queries (A and B of every pair) and the report of those whose partner is not first. */
    record Result(List<Query> queries, List<String> misses) {
    }

    static Result run(List<Pair> pairs) {
        ConceptDictionary dictionary = ConceptDictionary.standard();
        MatchIndex index = new MatchIndex(dictionary, MatchWeights.defaults());
        Map<String, MatchProfile> byKey = new HashMap<>();
        Map<Long, String> keyOf = new HashMap<>();
        long id = 1;
        for (Pair p : pairs) {
            for (Profile profile : List.of(p.a(), p.b(), p.d())) {
                MatchProfile m = toMatch(dictionary, id, profile);
                index.put(m);
                byKey.put(p.id() + profile.role(), m);
                keyOf.put(id++, p.id() + profile.role());
            }
        }
        List<Query> queries = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Pair p : pairs) {
            for (char side : new char[] {'A', 'B'}) {
                MatchProfile self = byKey.get(p.id() + side);
                MatchProfile partner = byKey.get(p.id() + (side == 'A' ? 'B' : 'A'));
                List<Match> list = index.recommend(self, LIMIT, null, null);
                List<Long> ranked = list.stream().map(Match::companyId).toList();
                int pr = MatchQualityMetrics.rank(ranked, partner.companyId());
                int dr = MatchQualityMetrics.rank(ranked, byKey.get(p.id() + "D").companyId());
                queries.add(new Query(p.id(), String.valueOf(side), p.languages(), p.crossLanguage(), pr, dr));
                if (pr != 1) {
                    Profile own = side == 'A' ? p.a() : p.b();
                    Profile other = side == 'A' ? p.b() : p.a();
                    misses.add(String.format(Locale.ROOT, "== %s%c %s %s rank %d (D %d)", p.id(), side,
                            p.languages(), p.industry(), pr, dr));
                    misses.add("  self offers " + names(dictionary, self.offers()) + " [" + own.offers() + "]");
                    misses.add("  self seeks  " + names(dictionary, self.seeks()) + " [" + own.seeks() + "]");
                    misses.add("  partner offers " + names(dictionary, partner.offers()) + " [" + other.offers() + "]");
                    misses.add("  partner seeks  " + names(dictionary, partner.seeks()) + " [" + other.seeks() + "]");
                    if (pr > 0) {
                        misses.add("  partner: " + line(list.get(pr - 1)));
                    }
                    for (int i = 0; i < Math.min(3, list.size()); i++) {
                        misses.add("  top" + (i + 1) + " " + keyOf.get(list.get(i).companyId()) + ": "
                                + line(list.get(i)));
                    }
                }
            }
        }
        return new Result(queries, misses);
    }

    static MatchProfile toMatch(ConceptDictionary dictionary, long id, Profile p) {
        Set<CooperationType> types = p.types().stream().map(CooperationType::valueOf).collect(Collectors.toSet());
        Set<String> industries = p.nace().stream().map(MatchProfile::division).collect(Collectors.toSet());
        return new MatchProfile(id, p.country(), MatchProfile.division(p.nace().get(0)), null,
                dictionary.concepts(p.offers(), p.language()), dictionary.concepts(p.seeks(), p.language()), types,
                industries, new TreeSet<>(List.of(p.language(), "en")), Set.of(), Set.of(), 1, true);
    }

    private static String line(Match m) {
        return String.format(Locale.ROOT, "%.3f need %.2f offer %.2f overlap %.2f they offer %s | they seek %s",
                m.score(), m.needFit(), m.offerFit(), m.offerOverlap(), m.theyOffer(), m.theySeek());
    }

    private static Set<String> names(ConceptDictionary dictionary, int[] concepts) {
        Set<String> out = new LinkedHashSet<>();
        for (int c : concepts) {
            out.add(dictionary.id(c));
        }
        return out;
    }
}
