package no.kobling.company.importing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A validated, normalised company ready to be written; {@code contentHash} covers the provided columns. */
public record ValidCompany(long recordNumber, String countryCode, String orgNumber, String name,
        List<String> formerNames, String legalForm, String legalFormName, String industryCode, String naceCode,
        Long municipalityId, Address postal, Address business, String website, String email, String phone,
        Integer employees, LocalDate foundedOn, LocalDate registeredOn, RegisterStatus status, LocalDate statusDate,
        Set<Column> provided, String contentHash) {
}
