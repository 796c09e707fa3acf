package no.kobling.company.importing.parse;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC-4180 reader: delimiter of choice, optional double-quote quoting (doubled quotes inside), quoted
 * fields may span lines; CR LF, LF and CR end records. Memory is bounded by {@code maxRecordChars}: a longer record is
 * read to its end without being kept and comes back as {@link Row#tooLong()}.
 */
final class CsvReader {

    /**
     * One record: its fields and the line it started on (1-based); {@code unterminated}: the file ended in it, without
     * a line end (the last record of a file that may have been cut off).
     */
    record Row(long line, List<String> fields, boolean tooLong, boolean unterminated) {
    }

    private final Reader reader;
    private final char delimiter;
    private final boolean quoting;
    private final int maxRecordChars;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean eof;

    CsvReader(Reader reader, char delimiter, boolean quoting, int maxRecordChars) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    Row next() throws IOException {
        while (true) {
            int first = peek();
            if (first < 0) {
                return null;
            }
            if (first == '\n' || first == '\r') {
                consumeNewline();
                continue;
            }
            return readRecord();
        }
    }

    private Row readRecord() throws IOException {
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        boolean tooLong = false;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean unterminated = false;
        while (true) {
            int c = read();
            if (c < 0) {
                if (inQuotes) {
                    throw new EOFException("the file ends inside a quoted field of the record on line " + startLine);
                }
                fields.add(field.toString());
                unterminated = true;
                break;
            }
            if (++length > maxRecordChars && !tooLong) {
                tooLong = true;
                field.setLength(0);
                fields.clear();
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append(field, '"', tooLong);
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append(field, (char) c, tooLong);
                }
                continue;
            }
            if (c == '"' && quoting && fieldStart) {
                inQuotes = true;
                fieldStart = false;
                continue;
            }
            if (c == delimiter) {
                if (!tooLong) {
                    fields.add(field.toString());
                }
                field.setLength(0);
                fieldStart = true;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                fields.add(field.toString());
                break;
            }
            fieldStart = false;
            append(field, (char) c, tooLong);
        }
        return tooLong ? new Row(startLine, List.of(), true, unterminated)
                : new Row(startLine, fields, false, unterminated);
    }

    private static void append(StringBuilder field, char c, boolean skip) {
        if (!skip) {
            field.append(c);
        }
    }

    private void consumeNewline() throws IOException {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = reader.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = reader.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
