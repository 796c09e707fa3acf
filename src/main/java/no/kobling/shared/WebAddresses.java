package no.kobling.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule for every web address a user enters (websites, room links): absolute {@code http} or {@code https} with a
 * host, no white space. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code ftp:},
 * protocol-relative {@code //host}) is refused, because the address is shown as a link to other users.
 */
public final class WebAddresses {

    /**
     * Bean Validation pattern for request fields ({@code @Pattern(regexp = WebAddresses.PATTERN)}); empty passes (the
     * field is optional), {@code null} is not checked by {@code @Pattern}.
     */
    public static final String PATTERN = "^$|^(?i:https?)://[^\\s/?#]+([/?#]\\S*)?$";

    public static final String CODE = "invalid-web-address";
    public static final String MESSAGE_KEY = "error.invalid-web-address";

    private WebAddresses() {
    }

    /** Whether the text is an absolute http(s) address with a host. */
    public static boolean isWebAddress(String text) {
        if (text == null || text.isEmpty() || !text.matches(PATTERN)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null
                    && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * An address as national registers often deliver it, without scheme ({@code www.example.no}), read as https; any
     * other text is returned as it is (and refused by {@link #require} if it is not a web address).
     */
    public static String withScheme(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String value = text.strip();
        return HOST_WITHOUT_SCHEME.matcher(value).matches() ? "https://" + value : value;
    }

    private static final java.util.regex.Pattern HOST_WITHOUT_SCHEME = java.util.regex.Pattern.compile(
            "^[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?(?:\\.[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?)*"
                    + "\\.\\p{L}{2,}(?:[/?#]\\S*)?$");

    /**
     * The address stripped, or {@code null} when blank; a 422 {@value #CODE} when it is not an http(s) address. The
     * field name is the first argument of the message.
     */
    public static String require(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!isWebAddress(value)) {
            throw DomainException.rule(CODE, MESSAGE_KEY, field);
        }
        return value;
    }
}
