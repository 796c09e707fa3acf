package no.kobling.project.budget.domain;

/** The two reference lists of the budget: cost categories and kinds of financing. */
public enum ReferenceList {
    CATEGORY,
    FINANCING
}
