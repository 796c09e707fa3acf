package no.kobling.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles for integration tests: "test" and "demo" (the seeds' demo data), plus "postgres" when the suite runs
 * with {@code -Dkobling.test.db=postgres} (as {@code .ci/run} does), so the same tests run on both databases, and
 * "elasticsearch" with {@code -Dkobling.test.search=opensearch} (the {@code opensearch} Maven profile): the search
 * indexes then live in the OpenSearch test node ({@link OpenSearchContextCustomizerFactory}).
 */
public class TestProfiles implements ActiveProfilesResolver {

    /** The Spring profile of the Elasticsearch/OpenSearch backend ({@code application-elasticsearch.properties}). */
    public static final String ELASTICSEARCH = "elasticsearch";

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profiles = new ArrayList<>(List.of("test", "demo"));
        if (isPostgres()) {
            profiles.add("postgres");
        }
        if (isOpenSearch()) {
            profiles.add(ELASTICSEARCH);
        }
        return profiles.toArray(String[]::new);
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("kobling.test.db", "h2"));
    }

    /** True when the search indexes go to OpenSearch instead of the embedded Lucene directory. */
    public static boolean isOpenSearch() {
        return "opensearch".equalsIgnoreCase(System.getProperty("kobling.test.search", "lucene"));
    }
}
