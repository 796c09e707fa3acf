package no.kobling.company.importing.domain;

/**
 * Groups of imported columns. A format (or a record, e.g. a deleted unit) provides some of them; an update writes only
 * the provided groups, so a Bolagsverket import never clears the industry code that SCB delivered, and description,
 * target groups and entered yearly figures are never touched by any import.
 */
public enum Column {
    NAME, FORMER_NAMES, LEGAL_FORM, INDUSTRY, MUNICIPALITY, POSTAL_ADDRESS, BUSINESS_ADDRESS, WEBSITE, EMAIL, PHONE,
    EMPLOYEES, FOUNDED_ON, REGISTERED_ON, STATUS
}
