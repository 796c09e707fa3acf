package no.kobling.project.plan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kobling.shared.DomainException;
import org.hibernate.annotations.BatchSize;

/**
 * A joint project of a partnership: its type (which defines the phases), owner organisation, funder, the
 * municipalities and target groups it covers, goals, period and status. Parties, phases, deliverables and gates are
 * their own records that point at the project.
 */
@Entity(name = "Project")
@Table(name = "project_project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "owner_organisation_id", nullable = false)
    private long ownerOrganisationId;

    @Column(name = "funder_organisation_id")
    private Long funderOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 4000)
    private String goals;

    @Column(length = 4000)
    private String description;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "project_municipality", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "municipality_id", nullable = false)
    private Set<Long> municipalityIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "project_target_group", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "code", nullable = false)
    private Set<String> targetGroupCodes = new HashSet<>();

    @Version
    private long version;

    protected Project() {
    }

    public Project(String name, long typeId, long partnershipId, long ownerOrganisationId, LocalDate startDate,
            String createdBy, Instant createdAt) {
        this.typeId = typeId;
        this.partnershipId = partnershipId;
        this.ownerOrganisationId = ownerOrganisationId;
        this.status = ProjectStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        rename(name);
        reschedule(startDate, null);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.rule("project-name-missing", "project.error.name-missing");
        }
        this.name = name.strip().length() > 200 ? name.strip().substring(0, 200) : name.strip();
    }

    public void reschedule(LocalDate start, LocalDate end) {
        if (start == null) {
            throw DomainException.rule("project-start-missing", "project.error.start-missing");
        }
        if (end != null && end.isBefore(start)) {
            throw DomainException.rule("project-end-before-start", "project.error.end-before-start");
        }
        this.startDate = start;
        this.endDate = end;
    }

    public void describe(String goals, String description) {
        this.goals = clip(goals);
        this.description = clip(description);
    }

    public void fundedBy(Long funderOrganisationId) {
        this.funderOrganisationId = funderOrganisationId;
    }

    public void cover(Set<Long> municipalityIds, Set<String> targetGroupCodes) {
        this.municipalityIds.clear();
        this.municipalityIds.addAll(municipalityIds);
        this.targetGroupCodes.clear();
        this.targetGroupCodes.addAll(targetGroupCodes);
    }

    /** DRAFT → SUBMITTED; the application service has run every submission check before. */
    public void submit() {
        moveTo(ProjectStatus.SUBMITTED);
    }

    /** A phase started: a draft or submitted project becomes active. */
    public void phaseStarted() {
        requireOpen();
        if (status != ProjectStatus.ACTIVE) {
            moveTo(ProjectStatus.ACTIVE);
        }
    }

    public void stop() {
        moveTo(ProjectStatus.STOPPED);
    }

    public void complete() {
        moveTo(ProjectStatus.COMPLETED);
    }

    public void requireOpen() {
        if (status.isClosed()) {
            throw DomainException.rule("project-closed", "project.error.closed");
        }
    }

    private void moveTo(ProjectStatus target) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.rule("project-status-invalid", "project.error.status-invalid", status.name(),
                    target.name());
        }
        status = target;
    }

    public boolean isClosed() {
        return status.isClosed();
    }

    private static String clip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > 4000 ? t.substring(0, 4000) : t;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getTypeId() {
        return typeId;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public Long getFunderOrganisationId() {
        return funderOrganisationId;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getGoals() {
        return goals;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMunicipalityIds() {
        return Set.copyOf(municipalityIds);
    }

    public Set<String> getTargetGroupCodes() {
        return Set.copyOf(targetGroupCodes);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Project.class.hashCode();
    }
}
