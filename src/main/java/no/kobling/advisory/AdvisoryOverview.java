package no.kobling.advisory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.kobling.company.CompanyRef;

/**
 * Read-only figures of the advisory module for the home page of each role (issue 16). Every method checks the
 * caller's permissions and tenancy like the module's own pages do, and answers an empty result where the caller has
 * nothing (no organisation, no expert record).
 */
public interface AdvisoryOverview {

    /** My open follow-ups that are overdue or due within a week, soonest first. Needs LOG_ACTIVITIES. */
    List<DueFollowUp> followUpsDue();

    /** Companies I logged activities for, most recent first. Needs LOG_ACTIVITIES. */
    List<CompanyRef> myCompanies(int limit);

    /** The pyramid (all time) of each partnership whose pyramid the caller may see. Needs LOG_ACTIVITIES or VIEW_REPORTS. */
    List<PyramidFigures> pyramids();

    /** Referrals to my organisation's services that wait for an answer (status referred), oldest first. */
    List<WaitingReferral> referralsWaiting(int limit);

    /** The referrals of a company the caller may see (representatives see all of their company's). */
    List<WaitingReferral> referralsOfCompany(long companyId);

    /** The caller's own expert bookings of this month (in the caller's zone) and the hours left. Needs OFFER_EXPERTISE. */
    ExpertMonth expertMonth();

    record DueFollowUp(long activityId, LocalDate due, boolean overdue, String kindName, List<CompanyRef> companies) {
    }

    /** {@code levels}: from contacted to deep dive, the companies that reached at least that level. */
    record PyramidFigures(long partnershipId, String partnershipName, long activities, List<Level> levels) {
    }

    /** {@code code}: the funnel level (message key {@code advisory.level.<code>}). */
    record Level(String code, long companies) {
    }

    record WaitingReferral(long id, long serviceId, String serviceName, long companyId, String companyName, String status,
            LocalDate referredOn) {
    }

    record ExpertBooking(long id, String companyName, BigDecimal hours, BigDecimal delivered) {
    }

    /** {@code expert}: the caller is an expert at all; {@code hoursLeft} = capacity − booked hours this month. */
    record ExpertMonth(boolean expert, YearMonth month, BigDecimal capacity, BigDecimal booked, BigDecimal hoursLeft,
            List<ExpertBooking> bookings) {
    }
}
