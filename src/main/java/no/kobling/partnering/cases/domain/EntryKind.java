package no.kobling.partnering.cases.domain;

/** A message in the shared case thread, or a note (both visible to the facilitators of the case). */
public enum EntryKind {
    MESSAGE, NOTE
}
