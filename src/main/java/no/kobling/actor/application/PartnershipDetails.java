package no.kobling.actor.application;

import java.util.List;

/** A partnership with the people of its member organisations that the viewer may see. */
public record PartnershipDetails(PartnershipView partnership, List<PersonView> people, boolean editable) {
}
