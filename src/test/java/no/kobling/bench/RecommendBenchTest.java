package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.bench.ProfileSetGenerator.GenProfile;
import org.junit.jupiter.api.Test;

/** Fast correctness check of the recommendation benchmark: generator, metrics, and a tiny run (no timings). */
class RecommendBenchTest {

    @Test
    void theGeneratorPlantsPairsAndDistractorsDeterministically() {
        List<GenProfile> a = new ProfileSetGenerator(ProfileSetGenerator.vocabulary(), 7).generate(400, 50, 0.7);
        List<GenProfile> b = new ProfileSetGenerator(ProfileSetGenerator.vocabulary(), 7).generate(400, 50, 0.7);
        assertThat(a).hasSize(400).isEqualTo(b);
        Map<String, Long> roles = a.stream().collect(Collectors.groupingBy(GenProfile::role, Collectors.counting()));
        assertThat(roles).containsEntry("planted", 100L).containsEntry("offer-offer", 50L)
                .containsEntry("same-industry", 50L).containsEntry("background", 200L);
        Map<Long, GenProfile> byId = a.stream().collect(Collectors.toMap(GenProfile::id, g -> g));
        List<GenProfile> planted = a.stream().filter(g -> g.role().equals("planted")).toList();
        // pairs point at each other; most are written in two languages
        assertThat(planted).allMatch(g -> byId.get(g.partner()).partner() == g.id());
        long cross = planted.stream().filter(g -> !g.language().equals(byId.get(g.partner()).language())).count();
        assertThat(cross).isBetween(40L, 90L);
        assertThat(a).anyMatch(g -> g.offersText().startsWith("Tarjoamme"))
                .anyMatch(g -> g.offersText().startsWith("Vi erbjuder"));
    }

    @Test
    void metricsCountRanksAndBothDirections() {
        assertThat(RankingMetrics.ndcg(List.of(5L, 9L, 3L), 5, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(List.of(5L, 9L, 3L), 3, 10)).isEqualTo(0.5);
        assertThat(RankingMetrics.ndcg(List.of(5L, 9L, 3L), 4, 10)).isZero();
        assertThat(RankingMetrics.ndcg(List.of(5L, 9L, 3L), 3, 2)).isZero();
        assertThat(RankingMetrics.reciprocalSuccess(List.of(2L), 1, List.of(1L), 2, 10)).isTrue();
        assertThat(RankingMetrics.reciprocalSuccess(List.of(2L), 1, List.of(7L), 2, 10)).isFalse();
    }

    @Test
    void aSmallRunFindsMostPlantedPartners() {
        RecommendBench.Report r = RecommendBench.run(2000, 100, 0.7, 3);
        assertThat(r.pairs()).isEqualTo(100);
        assertThat(r.ndcg()).isGreaterThan(0.7);
        assertThat(r.reciprocalSuccess()).isGreaterThan(0.6);
        assertThat(r.ndcgCross()).isGreaterThan(0.6);
    }
}
