package no.kobling.company.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Makes any user input safe for the match predicates: control characters and query syntax become spaces, the text is
 * capped at {@link #MAX_CHARS} characters and {@link #MAX_TOKENS} words. The result may be empty (search all).
 */
public final class SearchText {

    public static final int MAX_CHARS = 200;
    public static final int MAX_TOKENS = 10;

    private SearchText() {
    }

    public static String clean(String input) {
        if (input == null) {
            return "";
        }
        String s = input.length() > MAX_CHARS * 4 ? input.substring(0, MAX_CHARS * 4) : input;
        s = s.replaceAll("[\\p{Cntrl}\"'()\\[\\]{}<>^~*?:\\\\/!+=&|]+", " ");
        s = s.replaceAll("[^\\p{L}\\p{N}\\p{M}.,@-]+", " ").strip();
        String joined = Arrays.stream(s.split("\\s+")).filter(t -> !t.isBlank()).limit(MAX_TOKENS)
                .collect(Collectors.joining(" "));
        return joined.length() > MAX_CHARS ? joined.substring(0, MAX_CHARS).strip() : joined;
    }
}
