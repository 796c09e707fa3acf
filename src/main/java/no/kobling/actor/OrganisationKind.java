package no.kobling.actor;

/** What kind of organisation an actor is. Names in the bundles under {@code actor.kind.<NAME>}. */
public enum OrganisationKind {
    MUNICIPALITY_ADMINISTRATION,
    BUSINESS_GARDEN,
    INCUBATOR,
    INNOVATION_COMPANY,
    CHAMBER_OF_COMMERCE,
    REGIONAL_COUNCIL,
    COUNTY,
    FUNDER,
    OTHER
}
