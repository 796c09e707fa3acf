package no.kobling.project.plan.timeline.domain;

/** Where a deliverable stands. Done and dropped deliverables are never overdue. */
public enum DeliverableProgress {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
