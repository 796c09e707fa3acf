package no.kobling.shared.export;

import java.math.BigDecimal;

/** Text of a cell, safe for a spreadsheet: nothing a user typed is ever run as a formula. */
public final class CellText {

    private CellText() {
    }

    /** True when a spreadsheet would read the text as a formula (or a formula after a tab or line break). */
    public static boolean dangerous(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text with a leading apostrophe when it {@link #dangerous could be read as a formula}. */
    public static String neutralised(String s) {
        return dangerous(s) ? "'" + s : s;
    }

    /** A CSV field: semicolon-separated, quoted when it holds a separator, quote or line break. */
    static String csvField(String s) {
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static String plain(Number n) {
        return n instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : n.toString();
    }
}
