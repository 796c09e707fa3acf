package no.kobling.actor.application;

import java.util.List;

/** An organisation with the partnerships it is in and its people, as far as the viewer may see them. */
public record OrganisationDetails(OrganisationView organisation, List<PartnershipSummary> partnerships,
        List<PersonView> people, boolean editable, boolean mayAddPeople) {
}
