package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language (nb, nn, sv, fi, en) of a short profile text from function words, words only one language
 * writes that way, letters and Finnish case endings, for profiles whose author did not say. {@link #guess} returns
 * the best language or null when nothing points anywhere; {@link #candidates} the languages the dictionary analyses
 * the text in (a mixed text gets more than one).
 */
public final class LanguageGuess {

    private static final Map<String, Set<String>> WORDS = Map.of(
            "nb", Set.of("og", "ikke", "jeg", "av", "til", "som", "med", "er", "for", "det", "en", "et", "har",
                    "søker", "tilbyr", "vår", "våre", "fra", "bare", "hva", "eller", "innen", "kan", "oss", "hvordan",
                    "også", "mellom", "etter", "gjennom", "ønsker", "leverer", "tjenester", "bedrift", "kunder",
                    "hos", "vil", "noen", "samarbeid", "innenfor", "utvikling"),
            "nn", Set.of("og", "ikkje", "eg", "av", "til", "som", "med", "er", "for", "det", "ein", "eit", "har",
                    "søkjer", "tilbyr", "vår", "frå", "berre", "kva", "eller", "innan", "kan", "oss", "korleis",
                    "òg", "mellom", "etter", "gjennom", "ønskjer", "leverer", "tenester", "bedrifta", "kundar",
                    "hjå", "vil", "nokon", "nokre", "samarbeid", "utvikling", "vere", "verksemd"),
            "sv", Set.of("och", "inte", "jag", "av", "till", "som", "med", "är", "för", "det", "en", "ett", "har",
                    "söker", "erbjuder", "vår", "våra", "från", "bara", "vad", "eller", "inom", "kan", "oss", "också",
                    "mellan", "efter", "genom", "önskar", "levererar", "tjänster", "företag", "kunder", "hos", "vill",
                    "några", "samarbete", "utveckling", "samt", "även", "vi"),
            "fi", Set.of("ja", "on", "ei", "me", "tarjoamme", "etsimme", "sekä", "myös", "tai", "kanssa",
                    "meidän", "olemme", "haemme", "yritys", "yrityksen", "palveluja", "palvelut", "joka", "jotka",
                    "kuten", "mutta", "että", "uusia", "kumppania", "kumppaneita", "yhteistyötä", "asiakkaita",
                    "toimitamme", "valmistamme", "teemme", "alueella", "alan"),
            "en", Set.of("and", "the", "we", "of", "to", "with", "is", "for", "offer", "seek", "our", "from",
                    "looking", "are", "in", "or", "can", "us", "services", "provide", "partners", "partner",
                    "customers", "company", "a", "an", "on", "as", "by", "new", "want", "need", "also"));
    private static final String[] FINNISH = {"aa", "ee", "ii", "uu", "yy", "ää", "öö", "mme", "ssa", "ssä", "sta", "stä",
        "lla", "llä", "lle", "ksi", "ja", "jä", "ita", "itä", "nen", "ien"};
    private static final String[] SWEDISH = {"ning", "tion", "het", "are", "arna", "orna", "ningen", "ningar"};
    private static final String[] NORWEGIAN = {"ing", "ingen", "sjon", "het", "ene", "ane"};
    private static final String[] NYNORSK = {"ane", "ar", "ast", "leg", "lege", "inga"};
    private static final String[] ENGLISH = {"ing", "tion", "ment", "ity", "ness", "ed", "ers"};
    static final double MIXED = 1.5;
    private static final List<String> ORDER = List.of("nb", "nn", "sv", "fi", "en");

    private LanguageGuess() {
    }

    /** The most likely language, or null. */
    public static String guess(String text) {
        List<String> c = candidates(text);
        return c.isEmpty() ? null : c.get(0);
    }

    /**
     * Every language scoring at least half the best or {@value #MIXED} on its own (the other language of a mixed text),
     * best first; empty when nothing points anywhere.
     */
    public static List<String> candidates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return candidates(ConceptDictionary.tokens(ConceptDictionary.normalise(text)));
    }

    /** The same from the dictionary's tokens of the text (lower case). */
    static List<String> candidates(List<String> tokens) {
        double[] score = scores(tokens);
        int best = -1;
        for (int i = 0; i < score.length; i++) {
            if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(ORDER.get(best));
        for (int i = 0; i < score.length; i++) {
            if (i != best && score[i] > 0 && (score[i] >= score[best] / 2 || score[i] >= MIXED)) {
                out.add(ORDER.get(i));
            }
        }
        return out;
    }

    private static boolean ascii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(String t, String[] suffixes) {
        for (String s : suffixes) {
            if (t.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    static double[] scores(List<String> tokens) {
        double[] score = new double[ORDER.size()];
        for (String t : tokens) {
            for (int i = 0; i < ORDER.size(); i++) {
                if (WORDS.get(ORDER.get(i)).contains(t)) {
                    score[i] += 1;
                }
            }
            if (t.indexOf('ø') >= 0 || t.indexOf('æ') >= 0) {
                score[0] += 0.5;
                score[1] += 0.5;
            }
            if (t.indexOf('ä') >= 0 || t.indexOf('ö') >= 0) {
                score[2] += 0.4;
                score[3] += 0.5;
            }
            if (t.length() > 4 && endsWith(t, FINNISH)) {
                score[3] += 0.6;
            }
            if (endsWith(t, SWEDISH) && t.indexOf('ø') < 0) {
                score[2] += 0.3;
            }
            if (endsWith(t, NORWEGIAN)) {
                score[0] += 0.2;
                score[1] += 0.2;
            }
            if (endsWith(t, NYNORSK)) {
                score[1] += 0.2;
            }
            if (endsWith(t, ENGLISH) && ascii(t)) {
                score[4] += 0.2;
            }
        }
        return score;
    }
}
