package no.kobling.actor.domain;

import no.kobling.shared.DomainException;

/** Normalises and checks free text of actor records: trimmed, blank becomes null, bounded length. */
final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when blank; longer than {@code max} characters breaks a rule. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw DomainException.rule("field-too-long", "actor.error.field-too-long", field, max);
        }
        return trimmed;
    }

    /** Like {@link #optional} but a missing value breaks the rule given by code and key. */
    static String required(String value, String field, int max, String code, String key) {
        String text = optional(value, field, max);
        if (text == null) {
            throw DomainException.rule(code, key);
        }
        return text;
    }
}
