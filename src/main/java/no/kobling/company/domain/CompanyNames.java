package no.kobling.company.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Name comparison for possible duplicates: lower case, diacritics folded (å→a, ø→o, æ→ae, ä→a, ö→o), punctuation
 * removed, legal-form words (AS, ASA, ENK, DA, ANS, SA, AB, HB, KB, Oy, Oyj, Tmi, Ky, Ab, Ltd) dropped. Two names
 * are similar when the normalised forms are equal, at most two edits apart (one for short names), or share all
 * tokens of the shorter name.
 */
public final class CompanyNames {

    static final Set<String> LEGAL_FORMS = Set.of("as", "asa", "enk", "da", "ans", "sa", "ba", "nuf", "ab", "hb",
            "kb", "ek", "oy", "oyj", "tmi", "ky", "ltd", "inc", "gmbh", "aps", "forening", "stiftelse");

    private CompanyNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(s.split(" ")).filter(t -> !t.isEmpty() && !LEGAL_FORMS.contains(t))
                .collect(Collectors.joining(" "));
    }

    public static boolean similar(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter < 6 ? 1 : 2;
        if (Math.abs(x.length() - y.length()) <= allowed && distance(x, y) <= allowed) {
            return true;
        }
        Set<String> tx = new HashSet<>(Arrays.asList(x.split(" ")));
        Set<String> ty = new HashSet<>(Arrays.asList(y.split(" ")));
        Set<String> small = tx.size() <= ty.size() ? tx : ty;
        Set<String> large = small == tx ? ty : tx;
        return small.stream().mapToInt(String::length).sum() >= 4 && large.containsAll(small);
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
