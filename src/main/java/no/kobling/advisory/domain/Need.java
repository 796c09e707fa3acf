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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.kobling.shared.DomainException;

/**
 * A need of a company as one organisation assessed it: its priority, its status (open → being addressed → met, and
 * back when it reopens), and the activities that addressed it.
 */
@Entity(name = "AdvisoryNeed")
@Table(name = "advisory_need")
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "need_type_id")
    private NeedType type;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedStatus status;

    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_need_activity", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "activity_id")
    private Set<Long> activityIds = new HashSet<>();

    @Version
    private long version;

    protected Need() {
    }

    public Need(long companyId, NeedType type, long organisationId, NeedPriority priority, NeedStatus status,
            String note, Instant now) {
        this.companyId = companyId;
        this.type = type;
        this.organisationId = organisationId;
        assess(priority, status, note, now);
    }

    public void assess(NeedPriority newPriority, NeedStatus newStatus, String newNote, Instant now) {
        if (newPriority == null || newStatus == null) {
            throw DomainException.rule("advisory-need-incomplete", "advisory.error.need-incomplete");
        }
        if (newNote != null && newNote.length() > 2000) {
            throw DomainException.rule("advisory-notes-too-long", "advisory.error.notes-too-long");
        }
        this.priority = newPriority;
        this.status = newStatus;
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        this.updatedAt = now;
    }

    /** Links an activity that addressed this need; an open need is then being addressed. */
    public void addressedBy(long activityId, Instant now) {
        activityIds.add(activityId);
        if (status == NeedStatus.OPEN) {
            status = NeedStatus.BEING_ADDRESSED;
        }
        updatedAt = now;
    }

    public void unlink(long activityId) {
        activityIds.remove(activityId);
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public NeedType getType() {
        return type;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public NeedPriority getPriority() {
        return priority;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> getActivityIds() {
        return Set.copyOf(activityIds);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Need n && id != null && id.equals(n.id);
    }

    @Override
    public int hashCode() {
        return Need.class.hashCode();
    }
}
