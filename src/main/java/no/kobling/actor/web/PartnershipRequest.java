package no.kobling.actor.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.actor.PartnershipData;
import no.kobling.shared.DomainException;

/** Body of POST and PUT /api/v1/partnerships, members included. */
record PartnershipRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String purpose,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        Set<@NotNull Long> municipalityIds,
        List<@Valid @NotNull Member> members,
        @Size(max = 40) @Schema(description = "Europe/Oslo, Europe/Stockholm or Europe/Helsinki; empty: the zone of "
                + "the hub (else an owner, else any member)", example = "Europe/Oslo") String timeZone,
        @NotNull(groups = OnUpdate.class) @Schema(description = "required on PUT: the version that was read")
        Long version) {

    record Member(@NotNull Long organisationId, @NotNull MemberRole role) {
    }

    PartnershipData toData() {
        Map<Long, MemberRole> byOrganisation = new HashMap<>();
        if (members != null) {
            for (Member m : members) {
                if (byOrganisation.put(m.organisationId(), m.role()) != null) {
                    throw DomainException.rule("member-duplicate", "actor.error.member-duplicate", m.organisationId());
                }
            }
        }
        return new PartnershipData(name, purpose, startDate, endDate, municipalityIds, byOrganisation, timeZone);
    }
}
