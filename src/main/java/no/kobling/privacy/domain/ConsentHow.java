package no.kobling.privacy.domain;

/** How a consent was given: on a form the person filled in, in an import, through the API, or told to staff. */
public enum ConsentHow {
    FORM, IMPORT, API, VERBAL
}
