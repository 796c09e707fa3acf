package no.kobling.partnering.cases.domain;

/** What came of a case. Names in the bundles under {@code cases.outcome.<NAME>}. */
public enum OutcomeKind {
    LETTER_OF_INTENT, TENDER_EXCHANGED, TRANSACTION, JOINED_NETWORK, CONTINUED_COOPERATION, NO_FIT
}
