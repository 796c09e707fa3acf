package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record behind a value (the drill-down list): {@code kind} (company, activity, event, network, meeting, outcome,
 * referral, expert-hours, manual-entry), the record's id, a label, its date and municipality where it has them, the
 * address of its page, and {@code value} where a record contributes more or less than one (jobs per company, hours,
 * a manual entry's value).
 */
public record ResultItem(String kind, long id, String label, LocalDate date, String municipality, String link,
        BigDecimal value) {
}
