package no.kobling.privacy;

/**
 * What other modules ask about consents before they process personal data that relies on one. A person without any
 * consent record for a purpose is not refused here (the module's own basis applies); a person whose latest consent
 * for the purpose is withdrawn is.
 */
public interface Consents {

    /** Whether the person (by e-mail, case ignored) has withdrawn their consent to the purpose. */
    boolean withdrawn(String email, ConsentPurpose purpose);

    /**
     * The e-mail addresses (lower case) whose latest consent to the purpose is withdrawn: for filtering a list in one
     * query instead of asking per record. Usually a short set; empty when nobody withdrew.
     */
    java.util.Set<String> withdrawnEmails(ConsentPurpose purpose);
}
