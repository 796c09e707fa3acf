package no.kobling.company.importing.parse;

import java.io.Reader;
import java.util.List;
import no.kobling.company.importing.domain.SourceRecord;

/** Enhetsregisteret CSV bulk ({@code /enheter/lastned/csv}): UTF-8, comma, quoted; record number = line number. */
final class BrregCsvSource extends DelimitedSource {

    BrregCsvSource(Reader reader) {
        super(reader, ',', true);
    }

    @Override
    List<String> requiredColumns() {
        return List.of("organisasjonsnummer", "navn");
    }

    @Override
    SourceRecord map(long line, Row row) {
        return new SourceRecord.Parsed(line, BrregMapping.map(row::get, row::has));
    }
}
