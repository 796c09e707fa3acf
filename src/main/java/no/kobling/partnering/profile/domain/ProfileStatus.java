package no.kobling.partnering.profile.domain;

/** DRAFT: seen only by the own organisation (and the company); VALIDATED: visible to all; EXPIRED: hidden again. */
public enum ProfileStatus {
    DRAFT, VALIDATED, EXPIRED
}
