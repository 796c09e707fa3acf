package no.kobling.indicator.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.kobling.shared.DomainException;

/**
 * A reporting period of a project, set ahead: from, to (both days included) and the deadline for its report. A
 * period ends on or after it starts ({@code report-period-invalid}) and its deadline is on or after its end
 * ({@code report-deadline-before-end}); the periods of one project do not overlap ({@code report-period-overlap},
 * checked by {@link #requireNoOverlap}).
 */
@Entity(name = "IndicatorReportPeriod")
@Table(name = "indicator_report_period")
public class ReportPeriod {

    /** How periods are generated from a project's dates: calendar years or calendar half-years. */
    public enum Every {
        YEAR, HALF_YEAR
    }

    /** The most days after a period's end its generated deadline may be. */
    public static final int MAX_DEADLINE_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Version
    private long version;

    protected ReportPeriod() {
    }

    public ReportPeriod(long projectId, LocalDate from, LocalDate to, LocalDate deadline) {
        this.projectId = projectId;
        change(from, to, deadline);
    }

    /** Sets the dates (the rules of the class). */
    public void change(LocalDate from, LocalDate to, LocalDate deadline) {
        check(from, to, deadline);
        this.from = from;
        this.to = to;
        this.deadline = deadline;
    }

    public static void check(LocalDate from, LocalDate to, LocalDate deadline) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.rule("report-period-invalid", "report.error.period-invalid", from, to);
        }
        if (deadline == null || deadline.isBefore(to)) {
            throw DomainException.rule("report-deadline-before-end", "report.error.deadline-before-end", deadline,
                    to);
        }
    }

    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
    }

    public boolean sameDates(LocalDate otherFrom, LocalDate otherTo) {
        return from.equals(otherFrom) && to.equals(otherTo);
    }

    /** Refuses {@code from..to} when it overlaps one of {@code others} (the period itself left out by id). */
    public static void requireNoOverlap(Long selfId, LocalDate from, LocalDate to, Collection<ReportPeriod> others) {
        for (ReportPeriod p : others) {
            if ((selfId == null || !selfId.equals(p.getId())) && p.overlaps(from, to)) {
                throw DomainException.rule("report-period-overlap", "report.error.period-overlap", from, to,
                        p.getFrom(), p.getTo());
            }
        }
    }

    /**
     * Calendar years or half-years from {@code start} to {@code end} (the first and last cut to the project's dates),
     * each with its deadline {@code deadlineDays} after its end.
     */
    public static List<LocalDate[]> generate(LocalDate start, LocalDate end, Every every, int deadlineDays) {
        if (start == null || end == null || end.isBefore(start)) {
            throw DomainException.rule("report-period-project-dates", "report.error.project-dates");
        }
        if (every == null) {
            throw DomainException.rule("report-period-every-invalid", "report.error.every-invalid");
        }
        if (deadlineDays < 0 || deadlineDays > MAX_DEADLINE_DAYS) {
            throw DomainException.rule("report-deadline-days-invalid", "report.error.deadline-days-invalid",
                    deadlineDays, MAX_DEADLINE_DAYS);
        }
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate cursor = start;
        while (!cursor.isAfter(end)) {
            LocalDate blockEnd = every == Every.YEAR ? LocalDate.of(cursor.getYear(), 12, 31)
                    : cursor.getMonthValue() <= 6 ? LocalDate.of(cursor.getYear(), 6, 30)
                            : LocalDate.of(cursor.getYear(), 12, 31);
            LocalDate to = blockEnd.isAfter(end) ? end : blockEnd;
            out.add(new LocalDate[] {cursor, to, to.plusDays(deadlineDays)});
            cursor = to.plusDays(1);
        }
        return out;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportPeriod p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return ReportPeriod.class.hashCode();
    }
}
