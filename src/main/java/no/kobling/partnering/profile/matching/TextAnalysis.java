package no.kobling.partnering.profile.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Word forms with Lucene's own language analysis, per language (nb, nn, sv, fi, en): standard tokenizer, lower case,
 * the language's stop words and the place names (never matched), decompounding against the vocabulary's own words
 * ({@link DictionaryCompoundWordTokenFilter}: "sveiseoppdrag" also yields "sveis" and "oppdrag"), then stemming:
 * Snowball Norwegian (bokmål and nynorsk), Swedish and Finnish, Porter for English (with ASCII folding and the
 * possessive). A few documented rules after Snowball join forms it leaves apart (see {@link FormsFilter}). The same
 * chain stems the vocabulary when it is loaded, so text and dictionary always agree. Thread-safe (Lucene analyzers
 * reuse their components per thread).
 */
public final class TextAnalysis {

    public static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "fi");

    /** Compound parts shorter than this are not looked for ("gruv" in "gruvutrustning" is the shortest kind). */
    static final int MIN_SUBWORD = 4;
    /** Words shorter than this are not split. */
    static final int MIN_COMPOUND = 8;

    private final CharArraySet places;
    private final Map<String, Analyzer> plain;
    private volatile Map<String, Analyzer> splitting;

    /** A term (stemmed) and the word of the text it came from (for "why"). */
    public record Term(String term, String word) {
    }

    public TextAnalysis(Collection<String> placeNames) {
        this.places = new CharArraySet(placeNames, true);
        this.plain = analyzers(null);
        this.splitting = plain;
    }

    /** Sets the words compounds are split into (the vocabulary's words and their stems); call once, before use. */
    void decompoundWith(Collection<String> words) {
        CharArraySet dictionary = new CharArraySet(words.size(), true);
        for (String w : words) {
            if (w.length() >= MIN_SUBWORD && w.indexOf(' ') < 0) {
                dictionary.add(w);
            }
        }
        this.splitting = analyzers(dictionary);
    }

    private Map<String, Analyzer> analyzers(CharArraySet dictionary) {
        return Map.of("en", chain("en", dictionary), "nb", chain("nb", dictionary), "nn", chain("nn", dictionary),
                "sv", chain("sv", dictionary), "fi", chain("fi", dictionary));
    }

    /** The terms of a text in one language, compounds split into their known parts as well. */
    public List<Term> terms(String text, String language) {
        return run(splitting.get(normaliseLanguage(language)), text);
    }

    /** The terms of a vocabulary word or phrase (not decompounded: a phrase means its own words). */
    public List<String> phrase(String text, String language) {
        List<Term> terms = run(plain.get(normaliseLanguage(language)), text);
        List<String> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(t.term());
        }
        return out;
    }

    /**
     * The stem of one word by the language's stemmer and rules alone (no stop words, no place filter): what a place
     * name's inflected forms reduce to (Norja, Norjasta → norj). English words are returned as they are.
     */
    static String stem(String word, String language) {
        org.tartarus.snowball.SnowballStemmer stemmer = switch (normaliseLanguage(language)) {
            case "nb", "nn" -> new NorwegianStemmer();
            case "sv" -> new SwedishStemmer();
            case "fi" -> new FinnishStemmer();
            default -> null;
        };
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (stemmer == null) {
            return lower;
        }
        stemmer.setCurrent(lower);
        stemmer.stem();
        return FormsFilter.forms(stemmer.getCurrent(), language);
    }

    /** Whether a word (any case) is a country, region or municipality name. */
    public boolean isPlace(String word) {
        return places.contains(word);
    }

    private static String normaliseLanguage(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    private static List<Term> run(Analyzer analyzer, String text) {
        List<Term> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) {
                    out.add(new Term(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Analyzer chain(String language, CharArraySet dictionary) {
        CharArraySet stop = switch (language) {
            case "nb", "nn" -> NorwegianAnalyzer.getDefaultStopSet();
            case "sv" -> SwedishAnalyzer.getDefaultStopSet();
            case "fi" -> FinnishAnalyzer.getDefaultStopSet();
            default -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
        CharArraySet places = this.places;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new StopFilter(s, places);
                s = new StopFilter(s, stop);
                if (language.equals("en")) {
                    s = new EnglishPossessiveFilter(s);
                    s = new ASCIIFoldingFilter(s);
                }
                if (dictionary != null && !language.equals("en")) { // English writes compounds apart
                    s = new DictionaryCompoundWordTokenFilter(s, dictionary, MIN_COMPOUND, MIN_SUBWORD, 20, true);
                }
                s = switch (language) {
                    case "nb", "nn" -> new SnowballFilter(s, new NorwegianStemmer());
                    case "sv" -> new SnowballFilter(s, new SwedishStemmer());
                    case "fi" -> new SnowballFilter(s, new FinnishStemmer());
                    default -> new PorterStemFilter(s);
                };
                s = new FormsFilter(s, language);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /**
     * Rules after Snowball that join forms it leaves apart (found with the inflection tables of the tests):
     * <ul>
     * <li>nb/nn: the agent and plural "-ern"/"-er" and the verbal noun "-ing" (sveiser, sveiserne, sveising →
     * sveis; utdanning → utdann);</li>
     * <li>sv: the definite singular "-an", "-et" and "-orn" and the noun "-ning" (gruvan → gruv, fartyget → fartyg,
     * simulatorn → simulat, utbildning → utbild like utbildar), and "-or" after Snowball's "-er" (simulatorer);</li>
     * <li>fi: consonant gradation of "-us/-uks-" and "-os/-oks-" (hitsaus, hitsauksen, hitsausta → hitsau; kaivos,
     * kaivoksessa → kaivo) and the plural stem vowel (laiva, laivoja → laiv; kala, kaloja → kal).</li>
     * </ul>
     * A rule only applies when at least four letters (three for the Finnish vowel) remain.
     */
    static final class FormsFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final String language;

        FormsFilter(TokenStream input, String language) {
            super(input);
            this.language = language;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                String s = term.toString();
                String r = forms(s, language);
                if (!r.equals(s)) {
                    term.setEmpty().append(r);
                }
            }
            return true;
        }

        static String forms(String s, String language) {
            switch (language) {
                case "nb", "nn" -> {
                    s = strip(s, "ern", 4);
                    s = strip(s, "ing", 4);
                    s = strip(s, "er", 4);
                }
                case "sv" -> {
                    if (s.endsWith("orn") && s.length() >= 6) {
                        s = s.substring(0, s.length() - 1);
                    }
                    s = strip(s, "ning", 4);
                    s = strip(s, "or", 4);
                    s = strip(s, "an", 4);
                    s = strip(s, "et", 4);
                }
                case "fi" -> {
                    String before = s;
                    s = strip(s, "ks", 4);
                    if (s.equals(before)) {
                        s = strip(s, "s", 4);
                    }
                    char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
                    if ("aäoöie".indexOf(last) >= 0 && s.length() - 1 >= 3) {
                        s = s.substring(0, s.length() - 1);
                    }
                }
                default -> {
                }
            }
            return s;
        }

        private static String strip(String s, String suffix, int keep) {
            return s.endsWith(suffix) && s.length() - suffix.length() >= keep
                    ? s.substring(0, s.length() - suffix.length()) : s;
        }
    }
}
