package no.kobling.partnering;

import java.util.List;

/**
 * Read-only view of the partner-case board for the home page (issue 16). Needs FACILITATE_PARTNER_SEARCH or
 * MANAGE_PARTNERSHIPS; counts only the cases the caller may see, as the board does.
 */
public interface CaseOverview {

    /** The open cases the caller sees, and up to {@code limit} of them with overdue follow-ups (most overdue first). */
    Board board(int limit);

    /** {@code stage}: the stage's code (message key {@code cases.stage.<code>}). */
    record CaseItem(long id, String stage, String companyA, String companyB, long overdueFollowUps) {
    }

    record Board(long openCases, long casesWithOverdue, List<CaseItem> overdue) {
    }
}
