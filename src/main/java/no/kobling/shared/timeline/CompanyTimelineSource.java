package no.kobling.shared.timeline;

import java.time.ZoneId;
import java.util.List;

/**
 * One kind of record on a company's timeline (issue 16, company 360): a module contributes a bean of this type for
 * its records about a company (activities, needs, referrals, partner profile, cases, events and meetings, surveys,
 * projects). A source returns only what the caller may see under its own module's rules, and nothing (never an
 * error) when the caller may not see that kind at all: someone without access sees no trace of it.
 */
public interface CompanyTimelineSource {

    /** The kind of the entries ({@code activity}, {@code need}, ...), also the message key suffix. */
    String kind();

    /**
     * The caller's visible entries about the company, any order; the company itself is already known visible. A record
     * stamped with an instant is dated in {@code zone} (the zone of the company's country: one rule for every kind).
     */
    List<TimelineEntry> entries(long companyId, ZoneId zone);
}
