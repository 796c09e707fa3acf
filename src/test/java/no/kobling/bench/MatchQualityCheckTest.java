package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kobling.bench.MatchQualityMetrics.Query;
import no.kobling.bench.MatchQualityMetrics.Summary;
import no.kobling.bench.MatchQualitySet.Pair;
import no.kobling.bench.MatchQualitySet.Profile;
import org.junit.jupiter.api.Test;

/** Fast check of bench/match-quality.sh: its metrics on a tiny hand-made ranking, and the hand-written set. */
class MatchQualityCheckTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    @Test
    void metricsOfOneRankingHaveKnownValues() {
        List<Long> ranked = List.of(5L, 3L, 9L);
        assertThat(MatchQualityMetrics.rank(ranked, 5)).isEqualTo(1);
        assertThat(MatchQualityMetrics.rank(ranked, 3)).isEqualTo(2);
        assertThat(MatchQualityMetrics.rank(ranked, 42)).isZero();
        assertThat(MatchQualityMetrics.success(2, 1)).isZero();
        assertThat(MatchQualityMetrics.success(2, 10)).isEqualTo(1.0);
        assertThat(MatchQualityMetrics.success(11, 10)).isZero();
        assertThat(MatchQualityMetrics.success(0, 10)).isZero();
        assertThat(MatchQualityMetrics.reciprocalRank(4)).isEqualTo(0.25);
        assertThat(MatchQualityMetrics.reciprocalRank(0)).isZero();
        assertThat(MatchQualityMetrics.ndcg(1, 10)).isEqualTo(1.0);
        assertThat(MatchQualityMetrics.ndcg(2, 10)).isCloseTo(1 / LOG2_3, within(1e-12)); // 0.6309
        assertThat(MatchQualityMetrics.ndcg(3, 10)).isEqualTo(0.5);
        assertThat(MatchQualityMetrics.ndcg(11, 10)).isZero();
        assertThat(MatchQualityMetrics.dropPercent(0.9, 0.81)).isCloseTo(10.0, within(1e-9));
        assertThat(MatchQualityMetrics.dropPercent(0.8, 0.88)).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void summaryAveragesQueriesAndCountsLookAlikesAboveThePartner() {
        List<Query> queries = List.of(
                new Query("001", "A", "sv>fi", true, 1, 3), // partner first, look-alike below it
                new Query("001", "B", "sv>fi", true, 2, 1), // look-alike above the partner
                new Query("002", "A", "nb>nb", false, 0, 4), // partner missing, look-alike listed: above
                new Query("002", "B", "nb>nb", false, 12, 0)); // partner beyond 10, look-alike not listed
        Summary s = MatchQualityMetrics.summarise(queries);
        assertThat(s.queries()).isEqualTo(4);
        assertThat(s.successAt1()).isEqualTo(0.25);
        assertThat(s.successAt10()).isEqualTo(0.5);
        assertThat(s.mrr()).isCloseTo((1 + 0.5 + 0 + 1.0 / 12) / 4, within(1e-12));
        assertThat(s.ndcgAt10()).isCloseTo((1 + 1 / LOG2_3) / 4, within(1e-12));
        assertThat(s.distractorAbovePartner()).isEqualTo(2);

        Summary cross = MatchQualityMetrics.summarise(MatchQualityMetrics.where(queries, Query::crossLanguage));
        Summary same = MatchQualityMetrics.summarise(MatchQualityMetrics.where(queries, q -> !q.crossLanguage()));
        assertThat(cross.successAt10()).isEqualTo(1.0);
        assertThat(same.successAt10()).isZero();
        assertThat(MatchQualityMetrics.summarise(List.of()).queries()).isZero();
    }

    @Test
    void theHandWrittenSetHasTwoHundredPairsInAllFiveLanguagesEachWithALookAlike() throws IOException {
        List<Pair> pairs = MatchQualitySet.load(MatchQualitySet.DEFAULT);
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(200);
        assertThat(pairs.stream().map(Pair::id).distinct().count()).isEqualTo(pairs.size());
        for (Pair p : pairs) {
            assertThat(p.a().role()).isEqualTo('A');
            assertThat(p.b().role()).isEqualTo('B');
            assertThat(p.d().role()).as("pair %s has its look-alike", p.id()).isEqualTo('D');
            // the look-alike is written like B (language, country) but is a text of its own
            assertThat(p.d().language()).as("pair %s", p.id()).isEqualTo(p.b().language());
            assertThat(p.d().country()).as("pair %s", p.id()).isEqualTo(p.b().country());
            assertThat(Set.of(p.a().offers(), p.b().offers(), p.d().offers())).as("pair %s", p.id()).hasSize(3);
        }
        Set<String> languages = pairs.stream().flatMap(p -> Stream.of(p.a().language(), p.b().language()))
                .collect(Collectors.toSet());
        assertThat(languages).containsExactlyInAnyOrder("nb", "nn", "sv", "fi", "en");
        long cross = pairs.stream().filter(Pair::crossLanguage).count();
        assertThat(cross).as("cross-language pairs").isGreaterThanOrEqualTo(50);
        assertThat(pairs.size() - cross).as("same-language pairs").isGreaterThanOrEqualTo(50);
        // every same-language combination and the Nordic cross-language ones are there
        Set<String> combos = pairs.stream().map(Pair::languages).collect(Collectors.toSet());
        assertThat(combos).contains("nb>nb", "nn>nn", "sv>sv", "fi>fi", "en>en", "sv>fi", "nb>sv", "nn>fi", "fi>nb",
                "en>sv", "en>fi", "fi>en");
        assertThat(pairs.stream().map(Pair::industry).collect(Collectors.toSet())).contains("mining",
                "aquaculture", "tourism", "ict", "food", "construction", "maritime", "energy", "forestry",
                "textiles", "health", "creative");
        assertThat(pairs.stream().flatMap(p -> p.features().stream()).collect(Collectors.toSet()))
                .contains("compound", "inflected", "abbrev", "mixed");
    }

    @Test
    void everyNaceCodeOfTheSetIsAClassTheApplicationKnows() throws IOException {
        Set<String> classes = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/geo/nace_rev2.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (f.length > 2 && f[1].equals("4")) {
                classes.add(f[2]);
            }
        }
        assertThat(classes).hasSizeGreaterThan(500);
        for (Pair p : MatchQualitySet.load(MatchQualitySet.DEFAULT)) {
            for (Profile profile : List.of(p.a(), p.b(), p.d())) {
                assertThat(classes).as("line %d", profile.line()).containsAll(profile.nace());
            }
        }
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbers() {
        String header = String.join("\t", MatchQualitySet.HEADER);
        List<String> lines = List.of("# comment", header,
                "001\tA\tmining\tnb\tNO\t08.12\tCAPACITY\tVi tilbyr pukk.\tVi søker opplæring.\t",
                "001\tB\t\tsv\tSE\t85.59\tCOMPETENCE\tVi utbildar förare.\t\t",
                "001\tX\t\tsv\tSE\t85.59\t\tx\ty\t",
                "002\tA\tfood\tde\tDK\t1012\tFRIENDS\tWir bieten Käse.\tWir suchen Händler.\t");
        assertThatThrownBy(() -> MatchQualitySet.parse(lines)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4: offers and seeks must both be written")
                .hasMessageContaining("line 5: role 'X'")
                .hasMessageContaining("line 6: language 'de'").hasMessageContaining("line 6: country 'DK'")
                .hasMessageContaining("line 6: NACE class '1012'")
                .hasMessageContaining("line 6: cooperation type 'FRIENDS'")
                .hasMessageContaining("pair 001: needs rows A, B and D");
    }
}
