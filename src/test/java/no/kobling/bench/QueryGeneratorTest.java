package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fast correctness check of the search benchmark's query mix and percentile arithmetic. */
class QueryGeneratorTest {

    @Test
    void theMixIsDeterministicVariedAndCoversEveryKind() {
        List<BenchQuery> a = QueryGenerator.generate(1000, 1, List.of("NO", "SE", "FI"));
        assertThat(a).hasSize(1000).isEqualTo(QueryGenerator.generate(1000, 1, List.of("NO", "SE", "FI")));
        Map<String, Long> kinds = a.stream().collect(Collectors.groupingBy(BenchQuery::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("text", "prefix", "typo", "ascii", "two-words",
                "text+place", "filters", "country+facets", "text+filters");
        assertThat(kinds.values()).allMatch(n -> n >= 30);
        assertThat(a.stream().map(BenchQuery::country).distinct()).contains("NO", "SE", "FI");
        assertThat(a.stream().filter(q -> q.q() != null).map(BenchQuery::q).distinct().count()).isGreaterThan(300);
        assertThat(a).anyMatch(q -> q.q() != null && q.q().matches(".*[æøåÆØÅäöÄÖ].*"));
    }

    @Test
    void placeFiltersBecomeIdsInTheQueryString() {
        BenchQuery q = new BenchQuery("text+place", "Ålesund bygg", "NO", "NO:15", null, "41", "MICRO", "ACTIVE", 0);
        assertThat(q.queryString(Map.of("NO:15", 7L), Map.of(), 20)).isEqualTo(
                "q=%C3%85lesund+bygg&country=NO&regionId=7&nace=41&sizeBand=MICRO&status=ACTIVE&page=0&size=20");
    }

    @Test
    void typosAndMissingNordicLetters() {
        assertThat(QueryGenerator.ascii("Ålesund Bærum Tønsberg Örebro")).isEqualTo("Alesund Baerum Tonsberg Orebro");
        String typo = QueryGenerator.typo("Fjordkraft", new SplittableRandom(3));
        assertThat(typo).isNotEqualTo("Fjordkraft").startsWith("F");
        assertThat(Math.abs(typo.length() - "Fjordkraft".length())).isLessThanOrEqualTo(1);
    }

    @Test
    void percentilesByNearestRank() {
        Latency l = new Latency();
        for (int i = 100; i >= 1; i--) {
            l.add(i * 1_000_000L);
        }
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.percentileMs(50)).isEqualTo(50.0);
        assertThat(l.percentileMs(95)).isEqualTo(95.0);
        assertThat(l.percentileMs(99)).isEqualTo(99.0);
        assertThat(l.maxMs()).isEqualTo(100.0);
    }
}
