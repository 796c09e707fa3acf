package no.kobling.advisory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Facade of the advisory module's activity side for other modules (demo data). Every method checks permissions like
 * the pages do; run start-up work inside {@code SystemAccess.run(..)}, where the organisation must be named.
 */
public interface Advisory {

    /** Logs an activity of a kind (by code) for the organisation; returns its id. */
    long logActivity(ActivityData data);

    /** Records an organisation's assessment of one need (taxonomy code) of a company; returns its id. */
    long assessNeed(long companyId, String needCode, String priority, String status, Long organisationId);

    /** Links an activity that addressed a need. */
    void linkNeedToActivity(long needId, long activityId);

    /** How many activities exist (for idempotent demo data). */
    long countActivities();

    /**
     * Ids (ascending) of the activities tagged with the project (issue 13) that the caller may count: their own
     * organisation's and those partner organisations shared (all for administrators and the system); none when the
     * caller may not see the project. Needs LOG_ACTIVITIES or VIEW_REPORTS.
     */
    List<Long> taggedWith(long projectId);

    /**
     * Ids (ascending) of the companies with a need of this type (taxonomy code) that is not met, among the needs the
     * caller sees (its own and its partner organisations' assessments; all for administrators). Needs
     * LOG_ACTIVITIES. For survey distribution.
     */
    List<Long> companiesWithNeed(String needCode);

    record ActivityData(String kindCode, LocalDate date, BigDecimal hours, long organisationId,
            Set<Long> advisorUserIds, Set<Long> companyIds, String notes, boolean sharedWithPartnership,
            LocalDate followUpDate) {
    }
}
