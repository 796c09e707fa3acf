package no.kobling.advisory.domain;

/** Where a company's need stands. */
public enum NeedStatus {
    OPEN, BEING_ADDRESSED, MET
}
