package no.kobling.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How a project's results are counted; without a row a project counts {@link Counting#TAGGED} records. */
@Entity(name = "IndicatorProjectSetting")
@Table(name = "indicator_project_setting")
public class ProjectSetting {

    public static final Counting DEFAULT = Counting.TAGGED;

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "counting", nullable = false)
    private Counting counting;

    @Version
    private long version;

    protected ProjectSetting() {
    }

    public ProjectSetting(long projectId) {
        this.projectId = projectId;
        this.counting = DEFAULT;
    }

    public void count(Counting value) {
        this.counting = value == null ? DEFAULT : value;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Counting getCounting() {
        return counting;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectSetting s && projectId != null && projectId.equals(s.projectId);
    }

    @Override
    public int hashCode() {
        return ProjectSetting.class.hashCode();
    }
}
