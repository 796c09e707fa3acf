package no.kobling.actor.application;

/** A person and whether the viewer may change them. */
public record PersonDetails(PersonView person, boolean editable) {
}
