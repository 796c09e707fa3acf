package no.kobling.indicator.report.domain;

/** DRAFT → SUBMITTED → ACKNOWLEDGED or RETURNED; a submitted or returned report may get a new version (a draft). */
public enum ReportStatus {
    DRAFT, SUBMITTED, ACKNOWLEDGED, RETURNED;

    public boolean frozen() {
        return this != DRAFT;
    }
}
