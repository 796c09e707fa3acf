package no.kobling.partnering.profile.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language (nb, nn, sv, fi, en) of a short profile text from function words and letters, for profiles
 * whose author did not say. Returns null when nothing points anywhere. The matcher does not need the language (the
 * dictionary holds every language at once); it is recorded and shown.
 */
public final class LanguageGuess {

    private static final Map<String, Set<String>> WORDS = Map.of(
            "nb", Set.of("og", "ikke", "jeg", "av", "til", "som", "med", "er", "for", "det", "en", "et", "har",
                    "søker", "tilbyr", "vår", "våre", "fra", "bare", "hva", "eller", "innen", "kan", "oss"),
            "nn", Set.of("og", "ikkje", "eg", "av", "til", "som", "med", "er", "for", "det", "ein", "eit", "har",
                    "søkjer", "tilbyr", "vår", "frå", "berre", "kva", "eller", "innan", "kan", "oss", "korleis"),
            "sv", Set.of("och", "inte", "jag", "av", "till", "som", "med", "är", "för", "det", "en", "ett", "har",
                    "söker", "erbjuder", "vår", "våra", "från", "bara", "vad", "eller", "inom", "kan", "oss"),
            "fi", Set.of("ja", "on", "ei", "me", "tarjoamme", "etsimme", "sekä", "myös", "tai", "kanssa",
                    "meidän", "olemme", "haemme", "yritys", "yrityksen", "palveluja"),
            "en", Set.of("and", "the", "we", "of", "to", "with", "is", "for", "offer", "seek", "our", "from",
                    "looking", "are", "in", "or", "can", "us", "services"));
    private static final List<String> ORDER = List.of("nb", "nn", "sv", "fi", "en");

    private LanguageGuess() {
    }

    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> tokens = ConceptDictionary.tokens(ConceptDictionary.normalise(text));
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
            if (t.matches(".*(aa|ee|ii|uu|yy|ää|öö|mme|ssa|ssä|sta|stä|lla|llä).*")) {
                score[3] += 0.6;
            }
        }
        int best = -1;
        for (int i = 0; i < score.length; i++) {
            if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
                best = i;
            }
        }
        return best < 0 ? null : ORDER.get(best);
    }
}
