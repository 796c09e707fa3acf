package no.kobling.actor;

/** What a person does in the network. Names in the bundles under {@code actor.network-role.<NAME>}. */
public enum NetworkRole {
    /** Advisor and first-line contact for companies and entrepreneurs. */
    ADVISOR,
    /** Facilitator (conversation partner) in partner search and cooperation processes. */
    FACILITATOR,
    /** Mentor or expert with special competence. */
    MENTOR_EXPERT
}
