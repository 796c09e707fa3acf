package no.kobling.partnering.cases.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.partnering.cases.domain.CheckInAnswer;
import no.kobling.partnering.cases.domain.CheckInStatus;
import no.kobling.partnering.cases.domain.Side;

/** Read models of check-ins for the case page, the board and the API. */
public final class CheckInViews {

    private CheckInViews() {
    }

    /** One company's check-in at one follow-up date. */
    public record CheckInView(long id, long caseId, long followUpId, LocalDate dueOn, Side side, long companyId,
            String companyName, CheckInStatus status, CheckInAnswer answer, BigDecimal amount, String currency,
            Instant sentAt, Instant answeredAt, String decidedBy, Instant decidedAt, Long outcomeId,
            LocalDate remindedOn, boolean mayDecide, boolean mayRemind) {

        public boolean answered() {
            return status != CheckInStatus.SENT;
        }
    }

    /** Whom a side's check-ins go to; {@code email} null while none is set. */
    public record ContactView(Side side, long companyId, String companyName, String email, String language,
            boolean subscribed) {
    }

    /** The check-ins of one follow-up date, company A first. */
    public record FollowUpCheckIns(long followUpId, LocalDate dueOn, List<CheckInView> checkIns) {
    }

    /** Everything the case page shows about check-ins. */
    public record CaseCheckIns(long caseId, boolean mayChange, List<ContactView> contacts,
            List<FollowUpCheckIns> followUps) {
    }

    /** What the public page shows to the company behind a link. */
    public record PublicCheckIn(long id, String language, String company, String otherCompany, LocalDate dueOn,
            CheckInStatus status, CheckInAnswer answer, BigDecimal amount, String currency) {

        public boolean answered() {
            return status != CheckInStatus.SENT;
        }
    }
}
