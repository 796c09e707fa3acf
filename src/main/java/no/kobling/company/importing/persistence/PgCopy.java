package no.kobling.company.importing.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL {@code COPY ... from stdin} in text format, on the caller's (transaction's) connection. */
final class PgCopy {

    private PgCopy() {
    }

    /** Runs {@code copy <target> from stdin} with {@code rows} (lines built with {@link #field}); returns the count. */
    static long in(JdbcTemplate jdbc, String target, CharSequence rows) {
        Long n = jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin",
                        new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n == null ? 0 : n;
    }

    /** Appends one field of a text-format row (tab before every field but the first, {@code \N} for null). */
    static void field(StringBuilder row, Object value, boolean first) {
        if (!first) {
            row.append('\t');
        }
        if (value == null) {
            row.append("\\N");
            return;
        }
        String s = value.toString();
        int i = 0;
        while (i < s.length() && !special(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            row.append(s);
            return;
        }
        row.append(s, 0, i);
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(ch);
            }
        }
    }

    /** A character the text format escapes. */
    private static boolean special(char ch) {
        return ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r';
    }
}
