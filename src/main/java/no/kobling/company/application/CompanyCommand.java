package no.kobling.company.application;

import java.util.Set;
import no.kobling.company.domain.CompanyFacts;

/** What a user enters to create or change a company. */
public record CompanyCommand(String countryCode, String orgNumber, String name, CompanyFacts facts, String naceCode,
        Long municipalityId, Set<String> targetGroups) {

    public CompanyCommand {
        targetGroups = targetGroups == null ? Set.of() : Set.copyOf(targetGroups);
    }
}
