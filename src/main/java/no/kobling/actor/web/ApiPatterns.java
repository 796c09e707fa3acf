package no.kobling.actor.web;

/** Shapes of contact fields, shared by forms and API requests. Empty values are allowed (optional fields). */
final class ApiPatterns {

    /** http(s) address with a host, without spaces: the one rule of {@link no.kobling.shared.WebAddresses}. */
    static final String WEBSITE = no.kobling.shared.WebAddresses.PATTERN;

    /** Digits, spaces, +, -, parentheses and dots; at least five characters. */
    static final String PHONE = "^$|^[+0-9 ().\\-]{5,40}$";

    private ApiPatterns() {
    }
}
