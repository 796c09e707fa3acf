package no.kobling.partnering.cases.domain;

/** A message in the shared case thread, or a note (both visible to the facilitators of the case); CHECKIN: a
 * company's check-in answer, written by the system only (docs/partner-cases.md "Check-ins"). */
public enum EntryKind {
    MESSAGE, NOTE, CHECKIN
}
