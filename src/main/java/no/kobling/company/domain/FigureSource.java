package no.kobling.company.domain;

/** Whether a yearly figure was typed in by a user or came from a register import. */
public enum FigureSource {
    ENTERED, IMPORTED
}
