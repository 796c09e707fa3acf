package no.kobling.project.network.domain;

/** Whether a network still runs. Names in the bundle under {@code network.status.<NAME>}. */
public enum NetworkStatus {
    ACTIVE,
    /** Ended: needs an end date. */
    ENDED
}
