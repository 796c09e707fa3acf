package no.kobling.partnering.cases.domain;

/**
 * What a company answers to "what has happened since you met?". Four answers report an outcome, which counts only once
 * a facilitator confirms it. Names in the bundles under {@code checkin.answer.<NAME>}.
 */
public enum CheckInAnswer {
    NOTHING_YET(null), IN_TALKS(null), LETTER_OF_INTENT(OutcomeKind.LETTER_OF_INTENT),
    TENDER_REQUEST(OutcomeKind.TENDER_EXCHANGED), DEAL(OutcomeKind.TRANSACTION), NO_FIT(OutcomeKind.NO_FIT);

    private final OutcomeKind outcome;

    CheckInAnswer(OutcomeKind outcome) {
        this.outcome = outcome;
    }

    /** The case outcome this answer reports, or null (nothing to confirm). */
    public OutcomeKind outcome() {
        return outcome;
    }

    /** The answer named in a link or form (case-insensitive), or null for anything else. */
    public static CheckInAnswer parse(String value) {
        if (value == null) {
            return null;
        }
        for (CheckInAnswer a : values()) {
            if (a.name().equalsIgnoreCase(value.strip())) {
                return a;
            }
        }
        return null;
    }
}
