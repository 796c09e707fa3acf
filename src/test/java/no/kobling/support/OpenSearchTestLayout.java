package no.kobling.support;

import java.util.Locale;
import java.util.UUID;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * The "simple" index layout of Hibernate Search (an index {@code name-000001} behind the aliases {@code name-write}
 * and {@code name-read}) with a prefix of its own for each Spring context: the contexts of one test JVM each have
 * their own database, so they must not share documents in the one test node. Hibernate Search creates one instance
 * per backend start, hence one prefix per context.
 */
public class OpenSearchTestLayout implements IndexLayoutStrategy {

    private final String prefix = "kt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "-";

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName) + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName) + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName) + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName);
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return elasticsearchIndexName.replaceFirst("-\\d{6}$", "");
    }

    private String key(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT);
    }
}
