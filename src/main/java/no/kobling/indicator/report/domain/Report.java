package no.kobling.indicator.report.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.shared.DomainException;

/**
 * A project's report for a period: a snapshot of its indicators and breakdowns, a narrative, and a lifecycle. While a
 * DRAFT the narrative may change and the snapshot be recomputed; once submitted nothing changes ({@code report-frozen})
 * and later data changes do not alter the stored snapshot. The funder acknowledges or returns a submitted report;
 * a submitted or returned report may get a new version (a DRAFT copy, version + 1).
 */
@Entity(name = "IndicatorReport")
@Table(name = "indicator_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "report_version", nullable = false)
    private int reportVersion;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReportStatus status;

    @Column(name = "narrative")
    private String narrative;

    @Column(name = "late_reason")
    private String lateReason;

    @Column(name = "funder_comment")
    private String funderComment;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "previous_id")
    private Long previousId;

    @Column(name = "period_id")
    private Long periodId;

    @Column(name = "submitted_by_user_id")
    private Long submittedByUserId;

    /** The project currency of the budget section; null: the budget had no totals when the snapshot was taken. */
    @Column(name = "budget_currency")
    private String budgetCurrency;

    @ElementCollection
    @CollectionTable(name = "indicator_report_narrative", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<GoalNarrative> goalNarratives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator_report_budget", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<BudgetFigure> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator_report_figure", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Figure> figures = new ArrayList<>();

    @Version
    private long version;

    protected Report() {
    }

    public Report(long projectId, LocalDate from, LocalDate to, LocalDate deadline) {
        if (from == null || to == null || deadline == null || to.isBefore(from)) {
            throw DomainException.rule("report-period-invalid", "report.error.period-invalid", from, to);
        }
        this.projectId = projectId;
        this.reportVersion = 1;
        this.from = from;
        this.to = to;
        this.deadline = deadline;
        this.status = ReportStatus.DRAFT;
    }

    /** A first draft for a reporting period: its dates and deadline come from the period. */
    public Report(ReportPeriod period) {
        this(period.getProjectId(), period.getFrom(), period.getTo(), period.getDeadline());
        this.periodId = period.getId();
    }

    /** Replaces the snapshot (a draft only). */
    public void snapshot(List<Figure> computed, Instant now) {
        requireDraft();
        figures.clear();
        figures.addAll(computed);
        computedAt = now;
    }

    public void writeNarrative(String text) {
        requireDraft();
        narrative = text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Sets the goals to the project's current {@code goals} (a draft only), keeping the narratives already written
     * for a goal of the same text, then writes {@code written} (goal text to narrative; blank clears it). A narrative
     * already written for a goal that is no longer among the project's goals is kept after them, so no text is lost.
     * A written goal that is neither among the project's goals nor among the report's is refused
     * ({@code report-goal-unknown}).
     */
    public void writeGoals(List<String> goals, Map<String, String> written) {
        requireDraft();
        Map<String, String> texts = new LinkedHashMap<>();
        goals.forEach(g -> texts.put(g, null));
        for (GoalNarrative n : goalNarratives) {
            if (texts.containsKey(n.getGoal())) {
                texts.put(n.getGoal(), n.getNarrative());
            } else if (n.getNarrative() != null) {
                texts.put(n.getGoal(), n.getNarrative());
            }
        }
        if (written != null) {
            for (Map.Entry<String, String> w : written.entrySet()) {
                String goal = w.getKey() == null ? null : w.getKey().strip();
                if (goal == null || !texts.containsKey(goal)) {
                    throw DomainException.rule("report-goal-unknown", "report.error.goal-unknown",
                            String.valueOf(goal));
                }
                texts.put(goal, w.getValue());
            }
        }
        goalNarratives.clear();
        texts.forEach((g, n) -> goalNarratives.add(new GoalNarrative(g, n)));
    }

    /** Replaces the budget section (a draft only); {@code currency} null: the budget had no totals. */
    public void snapshotBudget(String currency, List<BudgetFigure> categories) {
        requireDraft();
        budgetCurrency = currency;
        budget.clear();
        if (currency != null) {
            budget.addAll(categories);
        }
    }

    /**
     * Submits the draft; after the deadline (a day after {@code deadline} in the project's zone) a reason is needed
     * ({@code report-late-reason-required}).
     */
    public void submit(String reason, LocalDate today, Instant now, String by) {
        submit(reason, today, now, by, null);
    }

    /** {@link #submit(String, LocalDate, Instant, String)} remembering the submitting user's id. */
    public void submit(String reason, LocalDate today, Instant now, String by, Long byUserId) {
        requireDraft();
        boolean late = today.isAfter(deadline);
        if (late && (reason == null || reason.isBlank())) {
            throw DomainException.rule("report-late-reason-required", "report.error.late-reason-required", deadline);
        }
        lateReason = late ? reason.strip() : null;
        status = ReportStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
        submittedByUserId = byUserId;
    }

    public void acknowledge(String comment, Instant now, String by) {
        decide(ReportStatus.ACKNOWLEDGED, comment, now, by);
    }

    /** Returns the report to the project; a comment saying why is required. */
    public void returnToProject(String comment, Instant now, String by) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.rule("report-comment-required", "report.error.comment-required");
        }
        decide(ReportStatus.RETURNED, comment, now, by);
    }

    private void decide(ReportStatus to, String comment, Instant now, String by) {
        if (status != ReportStatus.SUBMITTED) {
            throw DomainException.conflict("report-not-submitted", "report.error.not-submitted");
        }
        status = to;
        funderComment = comment == null || comment.isBlank() ? null : comment.strip();
        decidedAt = now;
        decidedBy = by;
    }

    /** A new version of a submitted or returned report: a DRAFT copy with the same period, narrative and figures. */
    public Report nextVersion(int number, Instant now) {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.RETURNED) {
            throw DomainException.conflict("report-version-not-allowed", "report.error.version-not-allowed");
        }
        Report next = new Report(projectId, from, to, deadline);
        next.reportVersion = number;
        next.previousId = id;
        next.periodId = periodId;
        next.narrative = narrative;
        next.figures.addAll(figures.stream().map(Figure::copy).toList());
        next.goalNarratives.addAll(goalNarratives.stream().map(GoalNarrative::copy).toList());
        next.budgetCurrency = budgetCurrency;
        next.budget.addAll(budget.stream().map(BudgetFigure::copy).toList());
        next.computedAt = now;
        return next;
    }

    private void requireDraft() {
        if (status.frozen()) {
            throw DomainException.conflict("report-frozen", "report.error.frozen", status);
        }
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public int getReportVersion() {
        return reportVersion;
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

    public ReportStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getLateReason() {
        return lateReason;
    }

    public String getFunderComment() {
        return funderComment;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public List<Figure> getFigures() {
        return List.copyOf(figures);
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getSubmittedByUserId() {
        return submittedByUserId;
    }

    public String getBudgetCurrency() {
        return budgetCurrency;
    }

    public List<GoalNarrative> getGoalNarratives() {
        return List.copyOf(goalNarratives);
    }

    public List<BudgetFigure> getBudget() {
        return List.copyOf(budget);
    }

    /** The budget section's totals (sums of the categories): budget, actual in the period, actual cumulative. */
    public BigDecimal[] budgetTotals() {
        BigDecimal[] t = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
        for (BudgetFigure b : budget) {
            t[0] = t[0].add(b.getBudget());
            t[1] = t[1].add(b.getActualPeriod());
            t[2] = t[2].add(b.getActualCumulative());
        }
        return t;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Report r && id != null && id.equals(r.id);
    }

    @Override
    public int hashCode() {
        return Report.class.hashCode();
    }
}
