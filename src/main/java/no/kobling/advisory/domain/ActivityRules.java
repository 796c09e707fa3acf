package no.kobling.advisory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/**
 * The rules an activity's dates and hours follow. An activity may be logged up to {@link #FUTURE_HORIZON_DAYS} days
 * ahead (a booked seminar or visit), never further; a follow-up falls on or after the activity and at most
 * {@link #FOLLOW_UP_HORIZON_DAYS} days ahead of today; hours are between 0 and {@link #MAX_HOURS}.
 */
public final class ActivityRules {

    public static final int FUTURE_HORIZON_DAYS = 30;
    public static final int FOLLOW_UP_HORIZON_DAYS = 366;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ActivityRules() {
    }

    public static void check(ActivityFacts f, LocalDate today) {
        if (f.date() == null) {
            throw DomainException.rule("advisory-date-missing", "advisory.error.date-missing");
        }
        if (f.date().isAfter(today.plusDays(FUTURE_HORIZON_DAYS))) {
            throw DomainException.rule("advisory-date-beyond-horizon", "advisory.error.date-beyond-horizon",
                    FUTURE_HORIZON_DAYS);
        }
        if (f.date().isBefore(EARLIEST)) {
            throw DomainException.rule("advisory-date-too-early", "advisory.error.date-too-early");
        }
        if (f.hours().signum() < 0) {
            throw DomainException.rule("advisory-hours-negative", "advisory.error.hours-negative");
        }
        if (f.hours().compareTo(MAX_HOURS) > 0) {
            throw DomainException.rule("advisory-hours-too-many", "advisory.error.hours-too-many", MAX_HOURS);
        }
        if (f.followUpDate() != null && f.followUpDate().isBefore(f.date())) {
            throw DomainException.rule("advisory-follow-up-before-activity", "advisory.error.follow-up-before");
        }
        if (f.followUpDate() != null && f.followUpDate().isAfter(today.plusDays(FOLLOW_UP_HORIZON_DAYS))) {
            throw DomainException.rule("advisory-follow-up-beyond-horizon", "advisory.error.follow-up-beyond-horizon",
                    FOLLOW_UP_HORIZON_DAYS);
        }
        if (f.companyIds().isEmpty() && f.entrepreneurIds().isEmpty()) {
            throw DomainException.rule("advisory-nobody-involved", "advisory.error.nobody-involved");
        }
        if (f.notes() != null && f.notes().length() > 4000) {
            throw DomainException.rule("advisory-notes-too-long", "advisory.error.notes-too-long");
        }
    }
}
