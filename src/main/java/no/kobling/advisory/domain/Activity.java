package no.kobling.advisory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * One piece of advisory work: a visit, an advisory session, a seminar, ... It belongs to the organisation whose
 * advisors did it; its notes are seen by that organisation, or by the organisations of its partnerships when shared.
 */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity(name = "AdvisoryActivity")
@Table(name = "advisory_activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kind_id")
    private ActivityKind kind;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "service_id")
    private Long serviceId;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(name = "follow_up_done", nullable = false)
    private boolean followUpDone;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_activity_advisor", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "user_id")
    private Set<Long> advisorUserIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_activity_company", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "company_id")
    private Set<Long> companyIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_activity_entrepreneur", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "entrepreneur_id")
    private Set<Long> entrepreneurIds = new HashSet<>();

    @Column(name = "project_id")
    private Long projectId;

    @Version
    private long version;

    protected Activity() {
    }

    public Activity(ActivityKind kind, long organisationId, ActivityFacts facts, Long createdBy, Instant now,
            LocalDate today) {
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = now;
        change(kind, facts, today);
    }

    /** Replaces what the advisor entered; the rules of {@link ActivityRules} apply. */
    public void change(ActivityKind newKind, ActivityFacts f, LocalDate today) {
        if (newKind == null) {
            throw DomainException.rule("advisory-kind-missing", "advisory.error.kind-missing");
        }
        if (newKind.isArchived() && (kind == null || !kind.equals(newKind))) {
            throw DomainException.rule("advisory-kind-archived", "advisory.error.kind-archived");
        }
        ActivityRules.check(f, today);
        this.kind = newKind;
        this.date = f.date();
        this.hours = f.hours();
        this.municipalityId = f.municipalityId();
        this.serviceId = f.serviceId();
        this.notes = f.notes() == null || f.notes().isBlank() ? null : f.notes().strip();
        this.visibility = f.visibility();
        if (!java.util.Objects.equals(this.followUpDate, f.followUpDate())) {
            this.followUpDone = false;
        }
        this.followUpDate = f.followUpDate();
        this.advisorUserIds = new HashSet<>(f.advisorUserIds());
        this.companyIds = new HashSet<>(f.companyIds());
        this.entrepreneurIds = new HashSet<>(f.entrepreneurIds());
    }

    /** The follow-up was done (it leaves the due lists and the calendar feed). */
    public void completeFollowUp() {
        if (followUpDate == null) {
            throw DomainException.rule("advisory-no-follow-up", "advisory.error.no-follow-up");
        }
        this.followUpDone = true;
    }

    public boolean isShared() {
        return visibility == Visibility.PARTNERSHIP;
    }

    public Long getId() {
        return id;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getNotes() {
        return notes;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public boolean isFollowUpDone() {
        return followUpDone;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getAdvisorUserIds() {
        return Set.copyOf(advisorUserIds);
    }

    public Set<Long> getCompanyIds() {
        return Set.copyOf(companyIds);
    }

    public Set<Long> getEntrepreneurIds() {
        return Set.copyOf(entrepreneurIds);
    }

    /** The project this record is tagged with (issue 13), or {@code null}. */
    public Long getProjectId() {
        return projectId;
    }

    /**
     * Tags the record with a project, or clears the tag ({@code null}). The caller (application service) checks
     * with the project module that a newly stored project may be tagged.
     */
    public void tagWithProject(Long projectId) {
        this.projectId = projectId;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activity a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Activity.class.hashCode();
    }
}
