package no.kobling.actor;

/** A partnership as other modules see it, e.g. for a filter select. */
public record PartnershipRef(long id, String name) {
}
