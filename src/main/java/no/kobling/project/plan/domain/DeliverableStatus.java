package no.kobling.project.plan.domain;

/** Planned, in progress, done or dropped. */
public enum DeliverableStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED
}
