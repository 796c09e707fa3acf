package no.kobling.project.plan.timeline.domain;

/** Why a phase is flagged on the timeline. */
public enum PhaseFlag {
    /** It runs (or ran) past its planned end: still open after the planned end day, or ended after it. */
    PAST_PLANNED_END,
    /** It runs (or ran, or is planned to run) longer than its type's maximum number of months. */
    PAST_MAX_LENGTH
}
