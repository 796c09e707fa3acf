package no.kobling.project.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner organisation of a project with its responsibilities. A party that owns deliverables is archived when it
 * is removed (history kept); an archived party no longer sees the project and may be taken back.
 */
@Entity(name = "ProjectParty")
@Table(name = "project_party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(length = 4000)
    private String responsibilities;

    @Column(nullable = false)
    private boolean archived;

    @Version
    private long version;

    protected Party() {
    }

    public Party(long projectId, long organisationId, String responsibilities) {
        this.projectId = projectId;
        this.organisationId = organisationId;
        assign(responsibilities);
    }

    public void assign(String responsibilities) {
        String r = responsibilities == null || responsibilities.isBlank() ? null : responsibilities.strip();
        this.responsibilities = r != null && r.length() > 4000 ? r.substring(0, 4000) : r;
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Party.class.hashCode();
    }
}
