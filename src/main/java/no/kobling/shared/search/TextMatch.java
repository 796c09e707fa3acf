package no.kobling.shared.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Matching of free text against a few fields in memory, for lists that have no index (events, services, partner
 * profiles): every word of the query must occur in one of the fields, lower-cased and with the same folding as
 * {@link NordicAnalysisConfigurer} (ø→o, å→a, ä→a, ö→o, æ→ae, accents dropped), so "Tromso" matches "Tromsø".
 */
public final class TextMatch {

    private TextMatch() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String t = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ŋ", "n").replace("ŧ", "t");
        return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** True when every word of {@code query} occurs in at least one of {@code fields}. */
    public static boolean matches(String query, String... fields) {
        List<String> words = Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return false;
        }
        String haystack = String.join(" \u0000 ", Arrays.stream(fields).map(TextMatch::fold).toList());
        return words.stream().allMatch(haystack::contains);
    }
}
