package no.kobling.company.importing;

import java.time.Instant;

/**
 * One import run. {@code failureKey}/{@code failureDetail}: why a FAILED run stopped (message key of the
 * companyimport bundle and the technical detail); {@code bytesRead}/{@code bytesTotal} the progress of a running one.
 */
public record ImportRunView(long id, String format, String fileName, String startedBy, Instant startedAt,
        Instant finishedAt, String status, long recordsRead, long inserted, long updated, long unchanged,
        long rejected, String failureKey, long failureRecord, String failureDetail, long bytesRead,
        long bytesTotal) {

    public ImportRunView withBytes(long read, long total) {
        return new ImportRunView(id, format, fileName, startedBy, startedAt, finishedAt, status, recordsRead, inserted,
                updated, unchanged, rejected, failureKey, failureRecord, failureDetail, read, total);
    }

    /** Not finished yet: receiving its upload, queued for a node to claim it, or running. */
    public boolean running() {
        return "RUNNING".equals(status) || "QUEUED".equals(status) || "RECEIVING".equals(status);
    }

    /** Whole per cent of the file read (100 when finished). */
    public int percent() {
        if (!running()) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }
}
