package no.kobling.actor.web;

/** Shapes of contact fields, shared by forms and API requests. Empty values are allowed (optional fields). */
final class ApiPatterns {

    /** http(s) address without spaces. */
    static final String WEBSITE = "^$|^https?://[^\\s]+$";

    /** Digits, spaces, +, -, parentheses and dots; at least five characters. */
    static final String PHONE = "^$|^[+0-9 ().\\-]{5,40}$";

    private ApiPatterns() {
    }
}
