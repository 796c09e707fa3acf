package no.kobling.actor;

/**
 * Everything that describes an organisation; used to create and change one. {@code timeZone} is one of
 * {@link no.kobling.shared.Zones#IDS}; blank means the zone of the country.
 */
public record OrganisationData(String name, OrganisationKind kind, String countryCode, Long homeMunicipalityId,
        String organisationNumber, String website, String email, String phone, String description, String timeZone) {

    /** Without a zone: the organisation gets the zone of its country. */
    public OrganisationData(String name, OrganisationKind kind, String countryCode, Long homeMunicipalityId,
            String organisationNumber, String website, String email, String phone, String description) {
        this(name, kind, countryCode, homeMunicipalityId, organisationNumber, website, email, phone, description, null);
    }
}
