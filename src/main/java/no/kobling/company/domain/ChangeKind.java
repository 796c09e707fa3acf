package no.kobling.company.domain;

/** Kinds of rows in a company's history of changes. */
public enum ChangeKind {
    CREATED, UPDATED, IMPORTED, MERGED, STATUS
}
