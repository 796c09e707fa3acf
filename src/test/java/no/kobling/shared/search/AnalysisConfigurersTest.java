package no.kobling.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Both backends define the same analyzer and normalizer names, so every entity mapping works on the embedded Lucene
 * index and on an Elasticsearch/OpenSearch cluster. (No cluster runs here: this checks the definitions, not a cluster.)
 */
@Tag("search")
class AnalysisConfigurersTest {

    @Test
    void elasticsearchDefinesEveryAnalyzerOfTheLuceneBackend() {
        Set<String> lucene = new TreeSet<>();
        new NordicAnalysisConfigurer().configure(recorder(LuceneAnalysisConfigurationContext.class, lucene));
        Set<String> elasticsearch = new TreeSet<>();
        new NordicElasticsearchAnalysisConfigurer()
                .configure(recorder(ElasticsearchAnalysisConfigurationContext.class, elasticsearch));
        assertThat(lucene).contains("analyzer:" + NordicAnalysisConfigurer.NAME,
                "analyzer:" + NordicAnalysisConfigurer.TEXT_FI, "normalizer:" + NordicAnalysisConfigurer.SORT);
        assertThat(elasticsearch).containsExactlyInAnyOrderElementsOf(lucene);
    }

    /** A context that records analyzer/normalizer names and accepts any builder call after them. */
    @SuppressWarnings("unchecked")
    static <T> T recorder(Class<T> type, Set<String> names) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode") ? 0 : method.getName().equals("equals") ? false : "ctx";
            }
            if (method.getName().equals("analyzer") || method.getName().equals("normalizer")) {
                names.add(method.getName() + ":" + args[0]);
            }
            Class<?> returns = method.getReturnType();
            return returns.isInterface() ? chain(returns) : null;
        });
    }

    private static Object chain(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("hashCode") ? 0 : method.getName().equals("equals") ? false : "chain";
            }
            Class<?> returns = method.getReturnType();
            return returns.isInterface() ? chain(returns) : null;
        });
    }
}
