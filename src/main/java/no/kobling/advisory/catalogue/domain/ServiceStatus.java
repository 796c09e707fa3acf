package no.kobling.advisory.catalogue.domain;

/** A service is offered (ACTIVE) or kept only for its history (ARCHIVED). */
public enum ServiceStatus {
    ACTIVE,
    ARCHIVED
}
