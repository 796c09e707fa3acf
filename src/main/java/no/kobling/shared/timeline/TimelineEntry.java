package no.kobling.shared.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One record on a company's timeline: its kind ({@link CompanyTimelineSource#kind()}), id, the day it happened (in the
 * zone its module counts in), a title and a short detail (may be null: plain text, never a message key), and the
 * address of its page.
 */
public record TimelineEntry(String kind, long id, LocalDate on, String title, String detail, String href) {

    public TimelineEntry {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(on);
        Objects.requireNonNull(href);
    }
}
