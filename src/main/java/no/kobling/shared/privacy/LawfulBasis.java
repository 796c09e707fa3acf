package no.kobling.shared.privacy;

/** The lawful bases of GDPR article 6(1) that Kobling's processing relies on. */
public enum LawfulBasis {
    /** (a) the person consented, for one purpose; a withdrawal stops it. */
    CONSENT,
    /** (b) a contract with the person (an account they use, a registration they made). */
    CONTRACT,
    /** (c) a legal obligation (accounting, archive law). */
    LEGAL_OBLIGATION,
    /** (e) a task in the public interest (regional business development by public bodies). */
    PUBLIC_TASK,
    /** (f) the legitimate interest of the organisation, balanced against the person's. */
    LEGITIMATE_INTEREST
}
