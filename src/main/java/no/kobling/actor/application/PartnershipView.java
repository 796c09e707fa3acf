package no.kobling.actor.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationKind;
import no.kobling.geo.MunicipalityRef;

/** A partnership with its municipalities and member organisations. */
public record PartnershipView(long id, String name, String purpose, LocalDate startDate, LocalDate endDate,
        List<MunicipalityRef> municipalities, List<Member> members, String createdBy, Instant createdAt,
        String timeZone, long version) {

    /** A member organisation and its role. */
    public record Member(long organisationId, String organisationName, OrganisationKind kind, String countryCode,
            MemberRole role) {
    }
}
