package no.kobling.company.importing.parse;

import java.io.Closeable;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.SourceRecord;

/** A stream of records from one file. Memory does not grow with the file: one record at a time. */
public interface RecordSource extends Closeable {

    /** The maximal length of one record (line, JSON object or JSON string value), in characters or bytes. */
    int MAX_RECORD_LENGTH = 1_000_000;

    /**
     * The next record, or null at the end of the file.
     *
     * @throws ImportFileException when the file cannot be read on (corrupt, wrong format, wrong encoding)
     */
    SourceRecord next();

    @Override
    void close();
}
