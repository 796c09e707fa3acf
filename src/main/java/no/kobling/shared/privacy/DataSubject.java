package no.kobling.shared.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person a privacy request is about: an e-mail address (the key every module can match on) and the names the
 * person is known by (found on the records with that e-mail, plus the name given by whoever filed the request).
 * A record without an e-mail column (a case entry's author, an agreement's signer) matches on a name; records that
 * refer to a login (a case's facilitator, a notification) match on {@code userIds}, the person's user accounts.
 */
public record DataSubject(String email, Set<String> names, Set<Long> userIds) {

    public DataSubject(String email, Set<String> names) {
        this(email, names, Set.of());
    }

    public DataSubject {
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new IllegalArgumentException("a data subject needs an e-mail address");
        }
        email = email.trim().toLowerCase(Locale.ROOT);
        TreeSet<String> cleaned = new TreeSet<>();
        if (names != null) {
            for (String name : names) {
                if (name != null && name.trim().length() >= 3) {
                    cleaned.add(name.trim());
                }
            }
        }
        names = Set.copyOf(cleaned);
        userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
    }

    public boolean hasEmail(String value) {
        return value != null && value.trim().equalsIgnoreCase(email);
    }

    public boolean hasName(String value) {
        return value != null && names.stream().anyMatch(n -> n.equalsIgnoreCase(value.trim()));
    }

    /** The text with every name and the e-mail of the person replaced by {@code replacement} (case ignored). */
    public String scrub(String text, String replacement) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : all()) {
            result = result.replaceAll("(?i)" + java.util.regex.Pattern.quote(value),
                    java.util.regex.Matcher.quoteReplacement(replacement));
        }
        return result;
    }

    /** Whether the text names the person or holds their e-mail. */
    public boolean mentionedIn(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return all().stream().anyMatch(v -> lower.contains(v.toLowerCase(Locale.ROOT)));
    }

    /** The e-mail first, then the names, longest first (so a full name is replaced before a part of it). */
    public java.util.List<String> all() {
        java.util.List<String> values = new java.util.ArrayList<>();
        values.add(email);
        names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).forEach(values::add);
        return values;
    }
}
