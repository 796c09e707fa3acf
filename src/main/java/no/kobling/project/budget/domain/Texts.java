package no.kobling.project.budget.domain;

import no.kobling.shared.DomainException;

/** Optional free text: blank is null, stripped, at most {@code max} characters (else 422). */
final class Texts {

    private Texts() {
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > max) {
            throw DomainException.rule("budget-text-too-long", "budget.error.text-too-long", max);
        }
        return s;
    }

    static String required(String text, int max, String field) {
        String s = optional(text, max);
        if (s == null) {
            throw DomainException.rule("budget-text-missing", "budget.error.text-missing", field);
        }
        return s;
    }
}
