package no.kobling.project.plan.timeline.domain;

/** A phase's state as its actual dates tell it. */
public enum PhaseState {
    NOT_STARTED, RUNNING, ENDED
}
