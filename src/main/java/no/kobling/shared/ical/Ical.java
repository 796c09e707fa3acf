package no.kobling.shared.ical;

import java.nio.charset.StandardCharsets;

/**
 * Writing iCalendar text (RFC 5545): TEXT values escaped (backslash, semicolon, comma, new line; §3.3.11), parameter
 * values quoted (§3.2) and content lines folded at 75 octets without splitting a character (§3.1), ending in CRLF. Shared by
 * the event agendas and the advisory follow-up feed.
 */
public final class Ical {

    private Ical() {
    }

    /** A TEXT value: {@code \ ; ,} and new lines escaped, other control characters dropped. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String lines = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(lines.length() + 8);
        lines.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    if (cp >= 0x20 && cp != 0x7f) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }

    /** A parameter value (e.g. {@code CN}), always in double quotes; a double quote or control character is dropped. */
    public static String param(String s) {
        StringBuilder b = new StringBuilder("\"");
        (s == null ? "" : s).codePoints().filter(cp -> cp != '"' && cp >= 0x20 && cp != 0x7f)
                .forEach(b::appendCodePoint);
        return b.append('"').toString();
    }

    /** Appends a content line, folded at 75 octets (a continuation line starts with one space). */
    public static void line(StringBuilder b, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            b.append(text).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        boolean first = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > (first ? 75 : 74)) {
                b.append(first ? "" : " ").append(current).append("\r\n");
                current.setLength(0);
                octets = 0;
                first = false;
            }
            current.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        b.append(first ? "" : " ").append(current).append("\r\n");
    }
}
