package no.kobling.advisory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.shared.FactsFilter;

/**
 * Facts of the advisory module for computing results (the indicator module, docs/indicators.md). Set-based: each
 * method is a fixed number of queries whatever the number of records. Aggregate facts only (ids, dates, kinds, no
 * notes or names). Callers need {@code VIEW_REPORTS}, {@code MANAGE_PROJECTS} or {@code LOG_PROJECT_HOURS}; which
 * partnership or project a caller may compute for is decided by the caller's own module (the indicator module asks
 * the project module whether the caller sees the project).
 * <p>
 * An activity is in the filter when its organisation is one of the filter's organisations, its municipality one of
 * the filter's municipalities (activities without a municipality are in none), its date in the period and, when the
 * filter names a project, it is tagged with that project.
 */
public interface AdvisoryFacts {

    /**
     * Each company's funnel level ({@code CONTACTED}, {@code PARTICIPATING}, {@code INTENSIVE}, {@code DEEP_DIVE})
     * from the activities in the filter, by the funnel rule of the filter's partnership (docs/advisory.md); companies
     * without an activity in the filter are absent.
     */
    Map<Long, String> funnelLevels(FactsFilter filter);

    /** The activities in the filter of one of the kinds (codes), with the companies and entrepreneurs involved. */
    List<ActivityFact> activities(FactsFilter filter, Set<String> kindCodes);

    /** The entrepreneurs involved in any activity tagged with the project (any date, any organisation). */
    Set<Long> entrepreneursOfProject(long projectId);

    /**
     * Referrals delivered in the period (delivered or with feedback, by delivery date), made by one of the filter's
     * organisations to a service in one of its municipalities (the referral's municipality), tagged with the project
     * when the filter names one.
     */
    List<ReferralFact> deliveredReferrals(FactsFilter filter);

    /**
     * Expert hours delivered in the period (by work date) on bookings made by one of the filter's organisations, with
     * the company they were delivered to. Bookings carry no municipality and no project: the caller restricts by the
     * company's municipality.
     */
    List<HoursFact> expertHours(FactsFilter filter);

    record ActivityFact(long id, String kindCode, LocalDate date, Long municipalityId, Set<Long> companyIds,
            Set<Long> entrepreneurIds) {

        public ActivityFact {
            companyIds = Set.copyOf(companyIds);
            entrepreneurIds = Set.copyOf(entrepreneurIds);
        }
    }

    record ReferralFact(long id, long companyId, long municipalityId, LocalDate deliveredOn) {
    }

    record HoursFact(long id, long companyId, LocalDate workDate, BigDecimal hours) {
    }
}
