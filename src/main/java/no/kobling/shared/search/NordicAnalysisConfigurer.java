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
    /** Free text in Norwegian (bokmål/nynorsk): light stemming, then folded. */
    public static final String TEXT_NB = "kobling_text_nb";
    /** Free text in Swedish: light stemming, then folded. */
    public static final String TEXT_SV = "kobling_text_sv";
    /** Free text in Finnish: light stemming, then folded. */
    public static final String TEXT_FI = "kobling_text_fi";
    /** Free text in English: minimal stemming, then folded. */
    public static final String TEXT_EN = "kobling_text_en";
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
        language(context, TEXT_NB, "norwegianLightStem");
        language(context, TEXT_SV, "swedishLightStem");
        language(context, TEXT_FI, "finnishLightStem");
        language(context, TEXT_EN, "englishMinimalStem");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /** Stem before folding: the stemmers know the Nordic letters. */
    private static void language(LuceneAnalysisConfigurationContext context, String name, String stemmer) {
        context.analyzer(name).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter(stemmer)
                .tokenFilter("asciiFolding");
    }
}
