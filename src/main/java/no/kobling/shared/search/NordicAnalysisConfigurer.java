package no.kobling.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers shared by every module's index. Names fold diacritics, so "Alesund" finds "Ålesund" and
 * "Karasjohka" finds "Kárášjohka"; the language analyzers use light stemmers (the snowball Norwegian stemmer
 * misses compound plurals).
 */
public class NordicAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Proper names: tokens, lower case, diacritics folded. */
    public static final String NAME = "kobling_name";
    /** Prefixes of {@link #NAME} tokens, for search-as-you-type (index side only). */
    public static final String NAME_PREFIX = "kobling_name_prefix";
    /** Free text in any Nordic language or English: folded, no stemming (language analyzers come per field). */
    public static final String TEXT = "kobling_text";
    /** Sortable, folded keyword. */
    public static final String SORT = "kobling_sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NAME).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(NAME_PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
