package no.kobling.company.importing.domain;

/** What a parser yields for each record: a company to validate, or a record it already had to reject. */
public sealed interface SourceRecord {

    long recordNumber();

    record Parsed(long recordNumber, ImportedCompany company) implements SourceRecord {
    }

    record Rejected(long recordNumber, String orgNumber, String reason, String detail) implements SourceRecord {
    }
}
