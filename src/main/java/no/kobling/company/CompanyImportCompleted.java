package no.kobling.company;

/**
 * Published when an import run has written its rows (committed). Search indexing listens to it and re-indexes the
 * companies whose {@code last_import_run_id} is this run.
 */
public record CompanyImportCompleted(long importRunId, long inserted, long updated) {
}
