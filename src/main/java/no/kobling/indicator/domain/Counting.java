package no.kobling.indicator.domain;

/**
 * Which records count for a project: those tagged with it (the default), or all records of its partnership's member
 * organisations in its municipalities.
 */
public enum Counting {
    TAGGED, PARTNERSHIP
}
