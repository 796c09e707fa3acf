package no.kobling.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import no.kobling.shared.DomainException;

/**
 * A project's target for one indicator: for the whole period ({@code scopeYear} 0) or one calendar year. A catalogue
 * indicator is referred to by its id; an indicator of an {@code IndicatorSource} (manual, survey) by its code.
 */
@Entity(name = "IndicatorTarget")
@Table(name = "indicator_target")
public class Target {

    public static final int WHOLE_PERIOD = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "indicator_id")
    private Long indicatorId;

    @Column(name = "source_code")
    private String sourceCode;

    @Column(name = "scope_year", nullable = false)
    private int scopeYear;

    @Column(name = "target_value", nullable = false)
    private BigDecimal value;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Target() {
    }

    public Target(long projectId, long indicatorId, Integer year) {
        this.projectId = projectId;
        this.indicatorId = indicatorId;
        this.scopeYear = checkYear(year);
    }

    /** A target for an indicator offered by an {@code IndicatorSource} (no catalogue row): kept by its code. */
    public static Target forSource(long projectId, String code, Integer year) {
        Target t = new Target();
        t.projectId = projectId;
        t.sourceCode = code;
        t.scopeYear = checkYear(year);
        return t;
    }

    /** Sets the target value; negative values are refused ({@code target-negative}). */
    public void set(BigDecimal newValue, String by, Instant at) {
        if (newValue == null || newValue.signum() < 0) {
            throw DomainException.rule("target-negative", "indicator.error.target-negative");
        }
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public static int checkYear(Integer year) {
        if (year == null) {
            return WHOLE_PERIOD;
        }
        if (year < 2000 || year > 2100) {
            throw DomainException.rule("target-year-invalid", "indicator.error.target-year-invalid", year);
        }
        return year;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    /** The catalogue indicator's id; null for a source indicator's target. */
    public Long getIndicatorId() {
        return indicatorId;
    }

    /** The source indicator's code; null for a catalogue indicator's target. */
    public String getSourceCode() {
        return sourceCode;
    }

    /** The calendar year, or null for the whole period. */
    public Integer getYear() {
        return scopeYear == WHOLE_PERIOD ? null : scopeYear;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && id != null && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return Target.class.hashCode();
    }
}
