package no.kobling.partnering.cases.domain;

/** A check-in is sent, answered by the company, then confirmed (its outcome counts) or dismissed by a facilitator. */
public enum CheckInStatus {
    SENT, ANSWERED, CONFIRMED, DISMISSED
}
