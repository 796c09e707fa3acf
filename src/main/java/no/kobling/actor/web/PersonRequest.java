package no.kobling.actor.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.PersonData;

/** Body of POST and PUT /api/v1/people. */
record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty Set<@NotNull NetworkRole> roles,
        @Schema(description = "defaults to the caller's organisation; others only for administrators")
        Long organisationId,
        Long homeMunicipalityId,
        @Schema(description = "ISO 639-1 codes, e.g. nb, se, sv, fi, en") Set<@NotBlank String> languages,
        @Schema(description = "codes from GET /api/v1/competences") Set<@NotBlank String> competences,
        @Email @Size(max = 200) String email,
        @Size(max = 40) @Pattern(regexp = ApiPatterns.PHONE) String phone,
        @Schema(description = "visible to the partner organisations (default false)") Boolean sharedWithPartnerships,
        @Schema(description = "linked user account (administrators only; null keeps the current link)")
        Long userId,
        @NotNull(groups = OnUpdate.class) @Schema(description = "required on PUT: the version that was read")
        Long version) {

    PersonData toData() {
        return new PersonData(name, roles, organisationId, homeMunicipalityId, languages, competences, email, phone,
                Boolean.TRUE.equals(sharedWithPartnerships), userId);
    }
}
