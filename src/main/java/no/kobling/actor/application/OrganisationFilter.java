package no.kobling.actor.application;

import no.kobling.actor.OrganisationKind;

/** Search criteria of the organisation list; every part optional. */
public record OrganisationFilter(String query, OrganisationKind kind, String countryCode) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null);
    }
}
