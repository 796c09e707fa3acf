package no.kobling.actor;

/** Everything that describes an organisation; used to create and change one. */
public record OrganisationData(String name, OrganisationKind kind, String countryCode, Long homeMunicipalityId,
        String organisationNumber, String website, String email, String phone, String description) {
}
