package no.kobling.partnering.cases.domain;

/** Company A (and its facilitator) or company B (and theirs). */
public enum Side {
    A, B
}
