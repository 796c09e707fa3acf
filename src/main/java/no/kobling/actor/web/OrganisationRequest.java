package no.kobling.actor.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;

/** Body of POST and PUT /api/v1/organisations. */
record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationKind kind,
        @NotBlank @Pattern(regexp = "NO|SE|FI") @Schema(example = "NO") String countryCode,
        @Schema(description = "id of a municipality (see the geo API) in the organisation's country")
        Long homeMunicipalityId,
        @Size(max = 40) String organisationNumber,
        @Size(max = 300) @Pattern(regexp = ApiPatterns.WEBSITE) String website,
        @Email @Size(max = 200) String email,
        @Size(max = 40) @Pattern(regexp = ApiPatterns.PHONE) String phone,
        @Size(max = 4000) String description,
        @Size(max = 40) @Schema(description = "Europe/Oslo, Europe/Stockholm or Europe/Helsinki; "
                + "empty: the zone of the country", example = "Europe/Oslo") String timeZone,
        @NotNull(groups = OnUpdate.class) @Schema(description = "required on PUT: the version that was read")
        Long version) {

    OrganisationData toData() {
        return new OrganisationData(name, kind, countryCode, homeMunicipalityId, organisationNumber, website, email,
                phone, description, timeZone);
    }
}
