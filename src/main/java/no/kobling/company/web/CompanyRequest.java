package no.kobling.company.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.shared.WebAddresses;

/** A company as the API receives it. Country and organisation number are fixed after creation (ignored on PUT). */
public record CompanyRequest(
        @Pattern(regexp = "NO|SE|FI") String country,
        @Size(max = 20) String orgNumber,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 20) String legalForm,
        @Size(max = 200) String legalFormName,
        @Size(max = 10) String nationalIndustryCode,
        @Size(max = 10) String naceCode,
        Long municipalityId,
        @Size(max = 500) String postalAddress,
        @Size(max = 20) String postalCode,
        @Size(max = 200) String postalCity,
        @Size(max = 500) String businessAddress,
        @Size(max = 20) String businessPostalCode,
        @Size(max = 200) String businessCity,
        @Size(max = 500) @Pattern(regexp = WebAddresses.PATTERN) String website,
        @Email @Size(max = 300) String email,
        @Size(max = 50) String phone,
        @PositiveOrZero Integer employees,
        LocalDate foundedOn,
        CompanyStatus status,
        LocalDate statusDate,
        @Size(max = 4000) String description,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{2}") String> languages,
        Set<@Size(max = 40) String> targetGroups,
        Long version) {

    CompanyCommand toCommand() {
        return new CompanyCommand(country, orgNumber, name, new CompanyFacts(legalForm, legalFormName,
                nationalIndustryCode, postalAddress, postalCode, postalCity, businessAddress, businessPostalCode,
                businessCity, website, email, phone, employees, foundedOn, status, statusDate, description, languages),
                naceCode, municipalityId, targetGroups);
    }
}
