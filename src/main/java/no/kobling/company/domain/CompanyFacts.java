package no.kobling.company.domain;

import java.time.LocalDate;
import java.util.List;

/** The facts of a company a user may edit (besides name, municipality, NACE and target groups). */
public record CompanyFacts(String legalForm, String legalFormName, String nationalIndustryCode, String postalAddress,
        String postalCode, String postalCity, String businessAddress, String businessPostalCode, String businessCity,
        String website, String email, String phone, Integer employees, LocalDate foundedOn, CompanyStatus status,
        LocalDate statusDate, String description, List<String> languages) {

    public CompanyFacts {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
