package no.kobling.partnering.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import no.kobling.shared.DomainException;

/**
 * The check-in of one company of a case at one follow-up date: sent by e-mail, answered once through its link (a
 * second answer is refused), then confirmed or dismissed by a facilitator when it reports an outcome. A facilitator
 * may remind a company that has not answered, once per day.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "cases_checkin")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private long caseId;
    @Column(name = "follow_up_id", nullable = false)
    private long followUpId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;
    @Column(name = "company_id", nullable = false)
    private long companyId;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String language;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckInStatus status;
    @Enumerated(EnumType.STRING)
    private CheckInAnswer answer;
    private BigDecimal amount;
    private String currency;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "outcome_id")
    private Long outcomeId;
    @Column(name = "reminded_on")
    private LocalDate remindedOn;
    @Version
    private long version;

    protected CheckIn() {
    }

    public CheckIn(long caseId, long followUpId, Side side, long companyId, String email, String language,
            Instant sentAt) {
        this.caseId = caseId;
        this.followUpId = followUpId;
        this.side = Objects.requireNonNull(side);
        this.companyId = companyId;
        this.email = Objects.requireNonNull(email);
        this.language = Objects.requireNonNull(language);
        this.sentAt = sentAt;
        this.status = CheckInStatus.SENT;
    }

    /**
     * The company's answer. A deal needs a value above 0 with at most two decimals and a currency NOK, SEK or EUR;
     * other answers carry no value. Refused once answered ({@code checkin-answered}).
     */
    public void answer(CheckInAnswer chosen, BigDecimal value, String currencyCode, Instant at) {
        if (status != CheckInStatus.SENT) {
            throw DomainException.conflict("checkin-answered", "checkin.error.answered");
        }
        if (chosen == null) {
            throw DomainException.rule("checkin-answer-required", "checkin.error.answer-required");
        }
        String cur = currencyCode == null || currencyCode.isBlank() ? null
                : currencyCode.strip().toUpperCase(Locale.ROOT);
        if (chosen == CheckInAnswer.DEAL) {
            if (value == null || value.signum() <= 0 || value.scale() > 2 || value.precision() - value.scale() > 16) {
                throw DomainException.rule("checkin-value-invalid", "checkin.error.value-invalid");
            }
            if (cur == null || !Outcome.CURRENCIES.contains(cur)) {
                throw DomainException.rule("checkin-currency-invalid", "checkin.error.currency-invalid");
            }
        } else {
            value = null;
            cur = null;
        }
        this.answer = chosen;
        this.amount = value;
        this.currency = cur;
        this.answeredAt = at;
        this.status = CheckInStatus.ANSWERED;
    }

    /** Whether a facilitator may still confirm this answer's outcome. */
    public boolean awaitsDecision() {
        return status == CheckInStatus.ANSWERED && answer.outcome() != null;
    }

    /** A facilitator confirmed the reported outcome, recorded as {@code outcome}. */
    public void confirm(long outcome, String by, Instant at) {
        requireConfirmable();
        this.outcomeId = outcome;
        decide(CheckInStatus.CONFIRMED, by, at);
    }

    /** Refused unless answered, undecided and reporting an outcome. */
    public void requireConfirmable() {
        if (status != CheckInStatus.ANSWERED) {
            throw DomainException.conflict("checkin-not-open", "checkin.error.not-open");
        }
        if (answer.outcome() == null) {
            throw DomainException.rule("checkin-no-outcome", "checkin.error.no-outcome");
        }
    }

    /** A facilitator keeps the answer as information only: it never counts as an outcome. */
    public void dismiss(String by, Instant at) {
        if (status != CheckInStatus.ANSWERED) {
            throw DomainException.conflict("checkin-not-open", "checkin.error.not-open");
        }
        decide(CheckInStatus.DISMISSED, by, at);
    }

    /** A reminder to a company that has not answered; at most one per day ({@code today} in the reminder's zone). */
    public void remind(LocalDate today) {
        if (status != CheckInStatus.SENT) {
            throw DomainException.conflict("checkin-answered", "checkin.error.answered");
        }
        if (remindedOn != null && !remindedOn.isBefore(today)) {
            throw DomainException.conflict("checkin-reminded-today", "checkin.error.reminded-today");
        }
        remindedOn = today;
    }

    private void decide(CheckInStatus target, String by, Instant at) {
        this.status = target;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isAnswered() {
        return status != CheckInStatus.SENT;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getFollowUpId() {
        return followUpId;
    }

    public Side getSide() {
        return side;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public CheckInStatus getStatus() {
        return status;
    }

    public CheckInAnswer getAnswer() {
        return answer;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public LocalDate getRemindedOn() {
        return remindedOn;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CheckIn other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
