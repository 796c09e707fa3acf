package no.kobling.company.importing.domain;

/** Values of {@code company_company.status}. */
public enum RegisterStatus {
    ACTIVE, BANKRUPT, IN_LIQUIDATION, DELETED
}
