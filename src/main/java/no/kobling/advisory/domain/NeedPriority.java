package no.kobling.advisory.domain;

/** How urgent a company's need is. */
public enum NeedPriority {
    HIGH, MEDIUM, LOW
}
