package no.kobling.company.importing.domain;

/**
 * The file cannot be read on (truncated gzip, wrong format, wrong encoding, an oversized JSON value): the run ends as
 * FAILED. {@code messageKey} is a key of the companyimport bundle, {@code detail} the technical cause.
 */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final long recordNumber;

    public ImportFileException(String messageKey, long recordNumber, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
        this.recordNumber = recordNumber;
    }

    public ImportFileException(String messageKey, long recordNumber, String detail) {
        this(messageKey, recordNumber, detail, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public long recordNumber() {
        return recordNumber;
    }
}
