package no.kobling.company.importing;

/** A rejected record: its line (text formats) or record number (JSON), organisation number and reason code. */
public record RejectionView(long recordNumber, String orgNumber, String reason, String detail) {
}
