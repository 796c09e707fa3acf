package no.kobling.actor.application;

import no.kobling.actor.NetworkRole;

/** Search criteria of the people list; every part optional. */
public record PersonFilter(String query, NetworkRole role, String competence, String language, Long organisationId) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null);
    }
}
