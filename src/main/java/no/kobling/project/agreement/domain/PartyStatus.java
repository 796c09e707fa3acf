package no.kobling.project.agreement.domain;

/** What a party has done with the agreement: not signed yet, signed, or ended it. */
public enum PartyStatus {
    DRAFT, SIGNED, TERMINATED
}
