package no.kobling.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The tokens of a proper name exactly as the {@link NordicAnalysisConfigurer#NAME} analyzer makes them (Lucene's
 * standard tokenizer, lower case, diacritics folded), in the application itself: for the predicates that take a single
 * term (a prefix of a name word) and for names looked up in memory instead of in every document (a company's
 * municipality). OpenSearch's {@code standard} tokenizer is the same Lucene tokenizer, so the tokens are the same on
 * both backends, and a prefix built from them needs no normalisation by the backend (OpenSearch does not normalise the
 * value of a prefix query on a text field; the Lucene backend does, which leaves a folded token as it is).
 */
public final class NameTokens {

    private static final Analyzer NAME = build();

    private NameTokens() {
    }

    /** The distinct tokens of {@code text}, in their order; empty for null or blank text. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LinkedHashSet<String> tokens = new LinkedHashSet<>();
        try (TokenStream stream = NAME.tokenStream("name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(tokens);
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
