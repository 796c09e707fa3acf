package no.kobling.survey.distribution.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal link mailed to a recipient (its hash); every link mailed keeps working. */
@Entity
@Table(name = "survey_recipient_token")
public class SurveyRecipientToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected SurveyRecipientToken() {
    }

    public SurveyRecipientToken(String tokenHash, long recipientId, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.recipientId = recipientId;
        this.issuedAt = issuedAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
