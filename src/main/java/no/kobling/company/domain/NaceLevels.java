package no.kobling.company.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A NACE Rev. 2 code with all its ancestors, so a filter on any level matches: class {@code 62.01} is also in group
 * {@code 62.0}, division {@code 62} and section {@code J}.
 */
public final class NaceLevels {

    private NaceLevels() {
    }

    public static List<String> of(String code, String section) {
        List<String> levels = new ArrayList<>();
        if (section != null && !section.isBlank()) {
            levels.add(section);
        }
        if (code == null || code.isBlank() || code.equals(section)) {
            return levels;
        }
        String digits = code.strip();
        if (digits.length() >= 2) {
            levels.add(digits.substring(0, 2));
        }
        if (digits.length() >= 4) {
            levels.add(digits.substring(0, 4));
        }
        if (digits.length() >= 5) {
            levels.add(digits.substring(0, 5));
        }
        return List.copyOf(levels);
    }
}
