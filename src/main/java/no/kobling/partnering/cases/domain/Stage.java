package no.kobling.partnering.cases.domain;

/**
 * Where a case is: mapping → shortlist → introduction → meeting → follow-up → outcome. Names in the bundles under
 * {@code cases.stage.<NAME>}.
 */
public enum Stage {
    MAPPING, SHORTLIST, INTRODUCTION, MEETING, FOLLOW_UP, OUTCOME;

    /** From introduction on, both companies must have consented. */
    public boolean needsConsent() {
        return compareTo(INTRODUCTION) >= 0;
    }

    /**
     * A facilitator moves a case by hand one step back or any number of steps forward up to the meeting; the
     * follow-up stage is reached by recording a held meeting (which creates the plan), the outcome stage by recording
     * an outcome.
     */
    public boolean mayMoveByHandTo(Stage target) {
        return target != this && target.compareTo(MEETING) <= 0 && target.ordinal() >= ordinal() - 1;
    }
}
