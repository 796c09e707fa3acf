package no.kobling.partnering.profile.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second kind of evidence besides the dictionary's concepts: a text's own words, after the language analysis
 * (stems, compound parts), as word concepts {@code term:<family>:<stem>}. Two texts that use the same word forms of the
 * same trade ("sage og polere steinen" ~ "sagar og polerer naturstein") meet even when no concept of the dictionary
 * names that work. Families: the Scandinavian languages share one ({@code s}: nb, nn and sv stems of cognates often
 * coincide — gruve/gruva → gruv, pukk, diamantwire), Finnish ({@code f}) and English ({@code e}) their own; upper-case
 * abbreviations (XRF, CNC, ROV, BIM) are language-neutral ({@code x}). The matcher weighs word concepts on their own
 * channel ({@link MatchIndex}), so they add evidence without diluting the concept fit of a cross-language pair, and
 * ignores a word that too many profiles use (it says nothing). Never a place (the analysis drops place names).
 */
public final class WordTerms {

    static final String PREFIX = "term:";
    static final String SOURCE = "text";
    /** Stems shorter than this are too ambiguous to be evidence. */
    static final int MIN_STEM = 4;

    private WordTerms() {
    }

    public static boolean isTerm(String conceptId) {
        return conceptId.startsWith(PREFIX);
    }

    static final String VIA = "via:";

    /**
     * The id that says a text met a concept of the bilingual layer ({@code fd:}) through one word: {@code
     * via:<family>:<stem>>fd:...}. Two texts that hold the same via id met the concept through the same word, which
     * the word channel counts already; the matcher takes such a shared concept off the concept channel (it counts
     * once), so the layer joins texts in different languages without also lifting every same-language competitor.
     */
    static String via(String language, String stem, String conceptId) {
        return VIA + family(language) + ":" + stem + ">" + conceptId;
    }

    /** True for a {@link #via} id (never a matched term, never in a norm). */
    public static boolean isVia(String conceptId) {
        return conceptId.startsWith(VIA);
    }

    /** The concept a {@link #via} id stands for. */
    static String viaConcept(String conceptId) {
        return conceptId.substring(conceptId.indexOf('>') + 1);
    }

    /** Concepts of the bilingual layer: met through the same word they count once, and the common-word cap applies. */
    static boolean isBilingual(String conceptId) {
        return conceptId.startsWith("fd:");
    }

    /** The family of a language: the Scandinavian languages share their stems. */
    static String family(String language) {
        return switch (language) {
            case "fi" -> "f";
            case "en" -> "e";
            default -> "s";
        };
    }

    /**
     * Word concept id -> the first word of the text that made it; stems {@code excluded} (too general, or a form of a
     * place name) left out.
     */
    static Map<String, String> of(List<TextAnalysis.Term> terms, String language,
            java.util.function.Predicate<String> excluded) {
        Map<String, String> out = new LinkedHashMap<>();
        String family = family(language);
        for (TextAnalysis.Term t : terms) {
            String stem = t.term();
            if (stem.length() < MIN_STEM || excluded.test(stem) || !Character.isLetter(stem.charAt(0))) {
                continue;
            }
            out.putIfAbsent(PREFIX + family + ":" + stem, t.word());
            String cognate = cognate(stem);
            if (cognate != null) {
                out.putIfAbsent(PREFIX + "c:" + cognate, t.word());
            }
        }
        return out;
    }

    /** Letters of a word's cognate key; words shorter than this have none. */
    static final int COGNATE = 5;

    /**
     * The key of an international word in any of the five languages: the first {@value #COGNATE} letters of its
     * stem (so every inflected form has the same key) after folding the spellings that differ between the languages
     * (c/k, ph/f, w/v, y/i, å ä æ/a, ö ø/o, double letters), so "tabletteja" ~ "tablets", "analyysi" ~ "analys" ~
     * "analysis", "kamera" ~ "camera", "polyesteristä" ~ "polyester". Null for a shorter stem or one with digits.
     */
    static String cognate(String word) {
        String w = java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) {
                return null;
            }
            if (c == 'p' && i + 1 < w.length() && w.charAt(i + 1) == 'h') {
                c = 'f';
                i++;
            }
            c = switch (c) {
                case 'c', 'q' -> 'k';
                case 'w' -> 'v';
                case 'y' -> 'i';
                case 'å', 'ä', 'æ', 'á', 'à' -> 'a';
                case 'ö', 'ø', 'ó' -> 'o';
                case 'é', 'è' -> 'e';
                case 'ü' -> 'u';
                default -> c;
            };
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.length() < COGNATE ? null : b.substring(0, COGNATE);
    }

    /**
     * Words written the same in every language: upper-case abbreviations (XRF, ICP, CNC, ISO, HoReCa) and names of
     * products, technologies and standards (Java, React, WordPress, Booking.com) — a word with a capital letter inside
     * or after the first letter of a sentence. {@code place} says which words are places (never matched).
     */
    static Map<String, String> names(String text, java.util.function.Predicate<String> place) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean abbreviation = word.length() >= 3 && word.chars().filter(Character::isUpperCase).count() >= 2;
            if (!abbreviation && (word.length() < MIN_STEM || sentenceStart(text, m.start()))) {
                continue;
            }
            String key = word.toLowerCase(java.util.Locale.ROOT);
            if (key.endsWith(".")) {
                key = key.substring(0, key.length() - 1);
            }
            if (!place.test(key)) {
                out.putIfAbsent(PREFIX + "x:" + key, word);
            }
        }
        return out;
    }

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}0-9])"
            + "\\p{Lu}[\\p{L}0-9]*(?:\\.[\\p{L}]{2,4})?(?![\\p{L}0-9])");

    /** True when only spaces, quotes or brackets stand between {@code at} and the start or a full stop, colon ... */
    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (".!?:;\n–-•".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'(«»".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The word a term concept stands for (its stem), for an explanation without the text at hand. */
    public static String stem(String conceptId) {
        return conceptId.substring(conceptId.lastIndexOf(':') + 1);
    }
}
