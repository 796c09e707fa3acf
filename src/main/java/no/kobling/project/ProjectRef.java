package no.kobling.project;

/** A project as other modules name it (e.g. in a "tag with project" list). */
public record ProjectRef(long id, String name) {
}
