package no.kobling.actor.application;

import no.kobling.actor.OrganisationKind;
import no.kobling.geo.MunicipalityRef;

/** An organisation as pages and the API show it. */
public record OrganisationView(long id, String name, OrganisationKind kind, String countryCode,
        MunicipalityRef homeMunicipality, String organisationNumber, String website, String email, String phone,
        String description, String timeZone, long version) {
}
