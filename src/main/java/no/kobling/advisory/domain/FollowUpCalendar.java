package no.kobling.advisory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.kobling.shared.ical.Ical;

/**
 * Writes follow-ups as an iCalendar (RFC 5545) feed of all-day events. The UID of an entry is stable per activity,
 * so a moved follow-up updates the calendar entry instead of duplicating it.
 */
public final class FollowUpCalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A plain mail address: no spaces, colons, quotes or control characters can reach the ORGANIZER line. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
            .compile("^[^@\\s:;,\"<>]+@[^@\\s:;,\"<>]+\\.[^@\\s:;,\"<>]+$");

    private FollowUpCalendar() {
    }

    /**
     * One follow-up. {@code location} (null when not known), the organiser's name and e-mail address (both null when
     * unknown; without an address there is no ORGANIZER line, only the description names them).
     */
    public record Entry(String uid, LocalDate date, String summary, String description, String location,
            String organiserName, String organiserEmail) {

        public Entry(String uid, LocalDate date, String summary, String description) {
            this(uid, date, summary, description, null, null, null);
        }
    }

    public static String write(String calendarName, List<Entry> entries, Instant now) {
        StringBuilder out = new StringBuilder();
        Ical.line(out, "BEGIN:VCALENDAR");
        Ical.line(out, "VERSION:2.0");
        Ical.line(out, "PRODID:-//Kobling//Advisory follow-ups//EN");
        Ical.line(out, "CALSCALE:GREGORIAN");
        Ical.line(out, "X-WR-CALNAME:" + Ical.text(calendarName));
        for (Entry e : entries) {
            Ical.line(out, "BEGIN:VEVENT");
            Ical.line(out, "UID:" + e.uid());
            Ical.line(out, "DTSTAMP:" + STAMP.format(now));
            Ical.line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            Ical.line(out, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            Ical.line(out, "SUMMARY:" + Ical.text(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                Ical.line(out, "DESCRIPTION:" + Ical.text(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                Ical.line(out, "LOCATION:" + Ical.text(e.location()));
            }
            if (e.organiserEmail() != null && EMAIL.matcher(e.organiserEmail().strip()).matches()) {
                Ical.line(out, "ORGANIZER;CN=" + Ical.param(e.organiserName() == null ? e.organiserEmail() : e.organiserName())
                        + ":mailto:" + e.organiserEmail().strip());
            }
            Ical.line(out, "END:VEVENT");
        }
        Ical.line(out, "END:VCALENDAR");
        return out.toString();
    }
}
