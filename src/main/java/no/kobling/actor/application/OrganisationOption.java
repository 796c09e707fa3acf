package no.kobling.actor.application;

import no.kobling.actor.OrganisationKind;

/** An organisation to choose in a form. */
public record OrganisationOption(long id, String name, OrganisationKind kind, String countryCode) {
}
