package no.kobling.company.importing.parse;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.Rejections;
import no.kobling.company.importing.domain.SourceRecord;

/** A delimited text file with a header row; columns are found by header name (extra columns are fine). */
abstract class DelimitedSource implements RecordSource {

    private final Reader reader;
    private final CsvReader csv;
    protected Map<String, Integer> header;
    private long lastLine;
    private java.util.function.BooleanSupplier brokenOff = () -> false;

    DelimitedSource(Reader reader, char delimiter, boolean quoting) {
        this.reader = reader;
        this.csv = new CsvReader(reader, delimiter, quoting, MAX_RECORD_LENGTH);
    }

    /** Tells whether the input ended by a break (a cut-off compressed file) rather than at its end. */
    void brokenOff(java.util.function.BooleanSupplier brokenOff) {
        this.brokenOff = brokenOff;
    }

    /** Header names that must be present, lower case; otherwise the wrong format was chosen. */
    abstract List<String> requiredColumns();

    abstract SourceRecord map(long line, Row row);

    @Override
    public SourceRecord next() {
        try {
            if (header == null) {
                readHeader();
            }
            CsvReader.Row row = csv.next();
            if (row == null) {
                return null;
            }
            lastLine = row.line();
            if (row.tooLong()) {
                return new SourceRecord.Rejected(row.line(), null, Rejections.RECORD_TOO_LONG,
                        "> " + MAX_RECORD_LENGTH + " characters");
            }
            if (row.unterminated() && (row.fields().size() < header.size() || brokenOff.getAsBoolean())) {
                throw new ImportFileException("companyimport.failure.truncated", row.line(), "the file ends in the "
                        + "middle of the record on line " + row.line() + " (" + row.fields().size() + " of "
                        + header.size() + " columns)");
            }
            if (row.fields().size() != header.size()) {
                return new SourceRecord.Rejected(row.line(), null, Rejections.MALFORMED_RECORD,
                        row.fields().size() + " columns, header has " + header.size());
            }
            try {
                return map(row.line(), new Row(header, row.fields()));
            } catch (RuntimeException e) {
                return new SourceRecord.Rejected(row.line(), null, Rejections.MALFORMED_RECORD, e.getMessage());
            }
        } catch (IOException e) {
            throw RecordSources.failure(e, lastLine + 1);
        }
    }

    private void readHeader() throws IOException {
        CsvReader.Row row = csv.next();
        if (row == null || row.tooLong()) {
            throw new ImportFileException("companyimport.failure.wrong-format", 1, "no header row");
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            map.putIfAbsent(row.fields().get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        for (String required : requiredColumns()) {
            if (!map.containsKey(required)) {
                throw new ImportFileException("companyimport.failure.wrong-format", 1,
                        "header lacks column " + required);
            }
        }
        header = map;
        lastLine = row.line();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // closing a read stream: nothing to lose
        }
    }

    /** Fields of one record by (lower-case) header name; a missing column reads as null. */
    record Row(Map<String, Integer> header, List<String> fields) {

        String get(String name) {
            Integer i = header.get(name.toLowerCase(Locale.ROOT));
            if (i == null) {
                return null;
            }
            String v = fields.get(i);
            return v.isBlank() ? null : v;
        }

        boolean has(String name) {
            return header.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }
}
