package no.kobling.project.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.kobling.shared.DomainException;

/** Hours a user of a party worked on a project (or one of its deliverables) on one day. */
@Entity
@Table(name = "project_budget_hours")
public class HoursEntry {

    public static final BigDecimal MAX_PER_DAY = BigDecimal.valueOf(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "party_organisation_id", nullable = false)
    private long partyId;

    @Column(name = "deliverable_id")
    private Long deliverableId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected HoursEntry() {
    }

    /**
     * @param alreadyThatDay the hours the user has already logged on that day (all projects)
     */
    public HoursEntry(long projectId, long partyId, Long deliverableId, long userId, LocalDate workDate,
            BigDecimal hours, BigDecimal alreadyThatDay, String note, Instant createdAt) {
        if (workDate == null) {
            throw DomainException.rule("budget-date-missing", "budget.error.date-missing");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_PER_DAY) > 0) {
            throw DomainException.rule("hours-invalid", "budget.error.hours-invalid", String.valueOf(hours));
        }
        BigDecimal rounded = hours.setScale(2, Amounts.ROUNDING);
        if (rounded.signum() <= 0) {
            throw DomainException.rule("hours-invalid", "budget.error.hours-invalid", String.valueOf(hours));
        }
        if (alreadyThatDay.add(rounded).compareTo(MAX_PER_DAY) > 0) {
            throw DomainException.rule("hours-over-day", "budget.error.hours-over-day",
                    alreadyThatDay.toPlainString(), workDate.toString());
        }
        this.projectId = projectId;
        this.partyId = partyId;
        this.deliverableId = deliverableId;
        this.userId = userId;
        this.workDate = workDate;
        this.hours = rounded;
        this.note = Texts.optional(note, 500);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getPartyId() {
        return partyId;
    }

    public Long getDeliverableId() {
        return deliverableId;
    }

    public long getUserId() {
        return userId;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoursEntry h && id != null && id.equals(h.id);
    }

    @Override
    public int hashCode() {
        return HoursEntry.class.hashCode();
    }
}
