package no.kobling.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The surveys a company was sent, for its representatives (issue 16: the company's home page). Only for a caller who
 * represents the company: any other company answers {@code NotFoundException} (404), as if it had no surveys.
 * Personal links are stored only as hashes, so a lost link is never read back: {@link #resendLink} issues a new one
 * and mails it to the address the survey was sent to, through the outbox.
 */
public interface CompanySurveys {

    /** The company's open surveys (sent to it, not closed), by closing date. */
    List<CompanySurvey> open(long companyId);

    /**
     * Issues a new personal link of the company's recipient of the survey and mails it (the recipient's address and
     * language); the earlier links keep working. Refused for a survey that is not open ({@code survey-not-open}), an
     * answer already complete ({@code survey-already-answered}), and within {@link #RESEND_PAUSE_MINUTES} minutes of
     * the last mail ({@code survey-link-sent-recently}). Recorded in the audit trail. Returns the address mailed.
     */
    String resendLink(long companyId, long surveyId);

    int RESEND_PAUSE_MINUTES = 10;

    /**
     * @param status SENT, REMINDED, COMPLETED or UNSUBSCRIBED (the recipient's, as the distribution page shows it)
     * @param lastMailedAt when the latest link was mailed
     * @param canResend whether {@link #resendLink} would mail now
     */
    record CompanySurvey(long surveyId, String title, LocalDate closesOn, String status, Instant lastMailedAt,
            boolean canResend) {
    }
}
