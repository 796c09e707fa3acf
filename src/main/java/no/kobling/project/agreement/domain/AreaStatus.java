package no.kobling.project.agreement.domain;

/** An area of cooperation that can be chosen, or an archived one kept for the agreements that use it. */
public enum AreaStatus {
    ACTIVE, ARCHIVED
}
