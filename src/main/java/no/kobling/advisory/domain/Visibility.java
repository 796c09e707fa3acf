package no.kobling.advisory.domain;

/** Who sees an activity and its notes: the own organisation only, or every organisation of its partnerships. */
public enum Visibility {
    ORGANISATION, PARTNERSHIP
}
