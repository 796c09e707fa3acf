package no.kobling.privacy;

/** What a person may consent to; a withdrawal stops that processing (docs/privacy.md). */
public enum ConsentPurpose {
    /** Survey e-mails and their reminders. */
    SURVEYS,
    /** Reminder e-mails about follow-ups and check-ins. */
    REMINDERS,
    /** Being shown to the partner organisations of the network (partner profiles, recommendations, catalogue). */
    PARTNER_SHARING
}
