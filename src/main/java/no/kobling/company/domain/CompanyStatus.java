package no.kobling.company.domain;

/** Where a company stands in the national register. */
public enum CompanyStatus {
    ACTIVE, BANKRUPT, IN_LIQUIDATION, DELETED
}
