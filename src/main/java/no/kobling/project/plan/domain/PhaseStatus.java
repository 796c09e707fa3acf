package no.kobling.project.plan.domain;

/** A phase is planned, running (started), done (its gate said GO) or stopped (its gate said STOP). */
public enum PhaseStatus {
    PLANNED, RUNNING, DONE, STOPPED
}
