package no.kobling.survey.distribution.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kobling.survey.distribution.domain.SurveyRecipient;

/** What the distribution pages and the API show. */
public final class SurveySendViews {

    private SurveySendViews() {
    }

    /** A recipient as listed. */
    public record RecipientView(long id, Long companyId, String name, String email, String language,
            SurveyRecipient.Status status, Instant sentAt, Instant remindedAt, Instant completedAt,
            Instant unsubscribedAt) {
    }

    /** A possible recipient of an audience before it is added; {@code reason} is why it would be refused, or null. */
    public record Candidate(Long companyId, String name, String email, String language, boolean consent,
            String consentHow, String reason) {
    }

    public record Refused(Long companyId, String name, String email, String reason) implements java.io.Serializable {
    }

    public record AddResult(List<RecipientView> added, List<Refused> refused) {
    }

    public record SendResult(int mailed, String status) {
    }

    /** The survey's distribution: its state, the recipients, counts and the open link (its URL only when new). */
    public record Distribution(long surveyId, String title, String status, LocalDate closesOn, boolean anonymous,
            int questions, List<RecipientView> recipients, long notSent, long awaited, long completed,
            boolean openLinkActive, Instant openLinkCreatedAt) {
    }

    public record OpenLinkView(String url, Instant createdAt) {
    }

    /** The survey consent of a company: whether it is current, and its history (newest first). */
    public record ConsentView(long companyId, boolean current, List<ConsentRecord> records) {
    }

    public record ConsentRecord(long id, String how, String note, Instant givenAt, String givenBy,
            Instant withdrawnAt, String withdrawnBy) {
    }

    /** What a public unsubscribe page shows. */
    public record UnsubscribeView(String surveyTitle, String language, boolean unsubscribed) {
    }
}
