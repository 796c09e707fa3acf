package no.kobling.bench;

import java.time.LocalDate;

/**
 * One generated company, independent of the file format. Status is ACTIVE, BANKRUPT, IN_LIQUIDATION or DELETED as
 * in {@code company_company.status}.
 */
record SyntheticCompany(
        String country,
        String orgNumber,
        String name,
        String legalForm,
        String legalFormName,
        Reference.NaceClass nace,
        Reference.Municipality municipality,
        String street,
        String postalCode,
        String city,
        String postBox,
        String website,
        Integer employees,
        LocalDate foundedOn,
        LocalDate registeredOn,
        String status,
        LocalDate statusDate,
        String purpose,
        boolean nynorsk) {

    String nationalIndustryCode() {
        return switch (country) {
            case "NO" -> nace.noCode();
            case "SE" -> nace.seCode();
            default -> nace.fiCode();
        };
    }
}
