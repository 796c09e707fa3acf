package no.kobling.project.agreement.domain;

/**
 * The status of an agreement as a whole, and as shown per party. Parties sign (DRAFT → SIGNED); the agreement is
 * ACTIVE when every party has signed and its start date is reached, EXPIRED after its end date, TERMINATED when a
 * party ended it. EXPIRED and TERMINATED are final: the terms can no longer change.
 */
public enum AgreementStatus {
    DRAFT, SIGNED, ACTIVE, EXPIRED, TERMINATED;

    public boolean closed() {
        return this == EXPIRED || this == TERMINATED;
    }
}
