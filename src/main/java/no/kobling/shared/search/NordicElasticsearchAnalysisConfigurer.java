package no.kobling.shared.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link NordicAnalysisConfigurer} for the Elasticsearch/OpenSearch backend (profile
 * {@code elasticsearch}): same names, same chains, in Elasticsearch's vocabulary, so the entity mappings work
 * unchanged on both backends.
 */
public class NordicElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("kobling_edge_ngram").type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
        context.tokenFilter("kobling_stem_nb").type("stemmer").param("language", "light_norwegian");
        context.tokenFilter("kobling_stem_sv").type("stemmer").param("language", "light_swedish");
        context.tokenFilter("kobling_stem_fi").type("stemmer").param("language", "light_finnish");
        context.tokenFilter("kobling_stem_en").type("stemmer").param("language", "minimal_english");

        context.analyzer(NordicAnalysisConfigurer.NAME).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(NordicAnalysisConfigurer.NAME_PREFIX).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "kobling_edge_ngram");
        context.analyzer(NordicAnalysisConfigurer.TEXT).custom().tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(NordicAnalysisConfigurer.TEXT_NB).custom().tokenizer("standard")
                .tokenFilters("lowercase", "kobling_stem_nb", "asciifolding");
        context.analyzer(NordicAnalysisConfigurer.TEXT_SV).custom().tokenizer("standard")
                .tokenFilters("lowercase", "kobling_stem_sv", "asciifolding");
        context.analyzer(NordicAnalysisConfigurer.TEXT_FI).custom().tokenizer("standard")
                .tokenFilters("lowercase", "kobling_stem_fi", "asciifolding");
        context.analyzer(NordicAnalysisConfigurer.TEXT_EN).custom().tokenizer("standard")
                .tokenFilters("lowercase", "kobling_stem_en", "asciifolding");
        context.normalizer(NordicAnalysisConfigurer.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
