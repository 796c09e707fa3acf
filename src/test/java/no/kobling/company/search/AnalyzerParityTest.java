package no.kobling.company.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.kobling.company.CompanyTestData;
import no.kobling.company.application.CompanyService;
import no.kobling.company.domain.Company;
import no.kobling.geo.Geography;
import no.kobling.shared.search.NameTokens;
import no.kobling.shared.search.NordicAnalysisConfigurer;
import no.kobling.support.IntegrationTest;
import no.kobling.support.TestProfiles;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analyzer parity (issue 18): the analyzers of {@link NordicAnalysisConfigurer} (Lucene) and
 * {@code NordicElasticsearchAnalysisConfigurer} (Elasticsearch/OpenSearch) give the same hits. The same queries, one
 * field (so one analyzer) each, run in the H2 phase on the embedded Lucene index and in the OpenSearch phase
 * ({@code -Popensearch}) on a real OpenSearch node; the expected hits are fixed by hand, so a difference between the
 * backends fails one of the two phases. Only the four companies made here count (they share a tag in their names).
 */
@Tag("search")
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzerParityTest {

    /** Ålesund Rør: Norwegian text; B Tromsø Fisk: Swedish; C Kárášjohka Duodji: Finnish; D Lillehammer: English. */
    private static final Map<String, String[]> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("A", new String[] {"Ålesund Rør %s AS", "Vi reparerer bilene"});
        FIXTURES.put("B", new String[] {"Tromsø Fisk %s AB", "Vi hyr ut båtar"});
        FIXTURES.put("C", new String[] {"Kárášjohka Duodji %s Oy", "Myymme autoissa"});
        FIXTURES.put("D", new String[] {"Lillehammer Design %s Ltd", "We build boats"});
    }

    @Autowired
    CompanyService companies;
    @Autowired
    Geography geography;
    @Autowired
    EntityManager em;
    @Autowired
    PlatformTransactionManager transactions;

    /** Letters only (digits moved to g..p), so the standard tokenizer keeps it one token. */
    private final String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).chars()
            .map(c -> Character.isDigit(c) ? 'g' + c - '0' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    private final Map<Long, String> keys = new LinkedHashMap<>();

    @BeforeAll
    void createCompanies() {
        CompanyTestData data = new CompanyTestData(companies, geography);
        FIXTURES.forEach((key, fixture) -> keys.put(
                data.create(fixture[0].formatted(tag), "1508", null, 3, fixture[1], Set.of()).id(), key));
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                // kobling_name: standard tokens, lower case, folded
                Arguments.of("name", "alesund", Set.of("A")),
                Arguments.of("name", "ÅLESUND", Set.of("A")),
                Arguments.of("name", "ror", Set.of("A")),
                Arguments.of("name", "tromso", Set.of("B")),
                Arguments.of("name", "karasjohka", Set.of("C")),
                Arguments.of("name", "ales", Set.of()),
                // kobling_text: folded, no stemming
                Arguments.of("description", "bilene", Set.of("A")),
                Arguments.of("description", "bil", Set.of()),
                Arguments.of("description", "batar", Set.of("B")),
                // kobling_text_nb: Norwegian light stemmer, then folded
                Arguments.of("description_nb", "bil", Set.of("A")),
                Arguments.of("description_nb", "båt", Set.of()),
                // kobling_text_sv: Swedish light stemmer
                Arguments.of("description_sv", "båt", Set.of("B")),
                Arguments.of("description_sv", "auto", Set.of()),
                // kobling_text_fi: Finnish light stemmer
                Arguments.of("description_fi", "auto", Set.of("C")),
                // the Finnish stemmer also cuts the Norwegian plural "bilene" to "bil" (found on OpenSearch first)
                Arguments.of("description_fi", "bil", Set.of("A")),
                Arguments.of("description_fi", "båt", Set.of()),
                // kobling_text_en: English minimal stemmer
                Arguments.of("description_en", "boat", Set.of("D")),
                Arguments.of("description_en", "bil", Set.of()));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("queries")
    void sameHitsOnBothBackends(String field, String text, Set<String> expected) {
        List<Long> ids = read(() -> Search.session(em).search(Company.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.and(f.match().field("name").matching(tag), f.match().field(field).matching(text)))
                .fetchHits(20));
        assertThat(ids.stream().map(keys::get).toList()).as("%s on %s (%s)", text, field, backend())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> prefixes() {
        return Stream.of(
                Arguments.of("ales", Set.of("A")),
                Arguments.of("ÅLES", Set.of("A")),
                Arguments.of("trom", Set.of("B")),
                Arguments.of("Tromsø", Set.of("B")),
                Arguments.of("kára", Set.of("C")),
                Arguments.of("Karasj", Set.of("C")),
                Arguments.of("lille", Set.of("D")),
                Arguments.of("lillehammerx", Set.of()),
                Arguments.of("duo fis", Set.of("B", "C")));
    }

    /**
     * Search as you type (issue 18.3: no edge n-grams in the index any more): the words of the text as
     * {@link NameTokens} makes them, each a prefix query on the name's terms, as {@code CompanySearch} asks. OpenSearch
     * does not normalise a prefix query's value, so the same hits on both backends show the words come folded.
     */
    @ParameterizedTest(name = "prefix {0} -> {1}")
    @MethodSource("prefixes")
    void namePrefixesGiveTheSameHitsOnBothBackends(String text, Set<String> expected) {
        List<Long> ids = read(() -> Search.session(em).search(Company.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var any = f.bool();
                    NameTokens.of(text).forEach(word -> any.should(f.prefix().field("name").matching(word)));
                    return f.and(f.match().field("name").matching(tag), any);
                })
                .fetchHits(20));
        assertThat(ids.stream().map(keys::get).toList()).as("prefix %s (%s)", text, backend())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** {@link NameTokens} makes the very tokens of the index's name analyzer (checked where that analyzer is local). */
    @Test
    void nameTokensAreTheTokensOfTheNameAnalyzer() throws Exception {
        assertThat(NameTokens.of("Ålesund Rør-Service A/S, Kárášjohka 7 ÆØÅ")).containsExactly("alesund", "ror",
                "service", "a", "s", "karasjohka", "7", "aeoa");
        if (Search.mapping(em.getEntityManagerFactory()).backend() instanceof LuceneBackend lucene) {
            var analyzer = lucene.analyzer(NordicAnalysisConfigurer.NAME).orElseThrow();
            for (String text : List.of("Ålesund Rør-Service A/S", "Kárášjohka Duodji", "Lillehammer Design Ltd",
                    "O'Neill & Søn", "Uleåborg", "Vaasa/Vasa", "ŋŧđ ß œ")) {
                List<String> tokens = new java.util.ArrayList<>();
                try (var stream = analyzer.tokenStream("name", text)) {
                    var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        if (!tokens.contains(term.toString())) {
                            tokens.add(term.toString());
                        }
                    }
                    stream.end();
                }
                assertThat(NameTokens.of(text)).as(text).containsExactlyElementsOf(tokens);
            }
        }
    }

    @Test
    void runsOnTheBackendOfItsPhase() {
        var backend = Search.mapping(em.getEntityManagerFactory()).backend();
        if (TestProfiles.isOpenSearch()) {
            assertThat(backend).isInstanceOf(ElasticsearchBackend.class).isNotInstanceOf(LuceneBackend.class);
        } else {
            assertThat(backend).isInstanceOf(LuceneBackend.class).isNotInstanceOf(ElasticsearchBackend.class);
        }
    }

    @Test
    void theSortNormalizerFoldsBeforeOrdering() {
        List<Long> ids = read(() -> Search.session(em).search(Company.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.match().field("name").matching(tag))
                .sort(f -> f.field("name_sort").asc())
                .fetchHits(20));
        // alesund ror, karasjohka duodji, lillehammer design, tromso fisk
        assertThat(ids.stream().map(keys::get).toList()).as(backend()).containsExactly("A", "C", "D", "B");
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        return tx.execute(s -> query.get());
    }

    private static String backend() {
        return TestProfiles.isOpenSearch() ? "OpenSearch" : "Lucene";
    }
}
