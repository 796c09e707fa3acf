package no.kobling.indicator.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kobling.actor.ActorZones;
import java.util.Map;
import java.util.Optional;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.indicator.application.ResultsAccess;
import no.kobling.indicator.application.ResultsService;
import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.BudgetFigure;
import no.kobling.indicator.report.domain.ProjectGoals;
import no.kobling.indicator.report.domain.Report;
import no.kobling.indicator.report.domain.ReportPeriod;
import no.kobling.indicator.report.persistence.ReportRepository;
import no.kobling.project.FundingFigures;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of a project (docs/reports.md). Whoever sees the project's results reads its reports (a funder with
 * breakdown cells under three suppressed); the project's own staff with {@code MANAGE_PROJECTS} create, edit,
 * recompute, submit and version them; a user of the project's funder organisation acknowledges or returns a
 * submitted report (anyone else: 403 {@code report-funder-only}). A report of a project the caller may not see, or
 * of another project, answers 404.
 */
@Service
public class ReportService {

    static final String READ = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";
    static final String MANAGE = "hasAuthority('MANAGE_PROJECTS')";

    private final ResultsAccess access;
    private final ResultsService results;
    private final ReportRepository reports;
    private final ReportPeriodService periods;
    private final Projects projects;
    private final FundingFigures funding;
    private final ReportNotices notices;
    private final CurrentUsers users;
    private final ActorZones zones;
    private final Clock clock;

    ReportService(ResultsAccess access, ResultsService results, ReportRepository reports, ReportPeriodService periods,
            Projects projects, FundingFigures funding, ReportNotices notices, CurrentUsers users, ActorZones zones,
            Clock clock) {
        this.access = access;
        this.results = results;
        this.reports = reports;
        this.periods = periods;
        this.projects = projects;
        this.funding = funding;
        this.notices = notices;
        this.users = users;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * A report as its reader sees it; {@code pastDeadline}: today, in the zone of the project's partnership (the
     * day submission is judged by), is after the report's deadline.
     */
    public record Seen(Report report, boolean funderView, boolean pastDeadline) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Page<Report> list(long projectId, Pageable page) {
        access.see(projectId);
        return reports.findByProjectIdOrderByFromDescReportVersionDesc(projectId, page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Seen get(long projectId, long reportId) {
        ResultsAccess.Seen seen = access.see(projectId);
        Report report = loaded(find(projectId, reportId));
        LocalDate today = LocalDay.today(clock, zones.partnership(seen.scope().partnershipId()));
        return new Seen(report, seen.funder(), report.getDeadline() != null && today.isAfter(report.getDeadline()));
    }

    /**
     * Creates a draft for the period with exactly these dates: the project's period of these dates if there is one
     * (its deadline then governs, {@code deadline} is not used), otherwise a new period (refused when it breaks a
     * period rule or overlaps another period). A period that already has a report is refused
     * ({@code report-period-has-report}): make a new version of its report instead.
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public Report create(long projectId, LocalDate from, LocalDate to, LocalDate deadline, String narrative,
            Locale locale) {
        access.manage(projectId);
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.rule("report-period-invalid", "report.error.period-invalid", from, to);
        }
        ReportPeriod period = periods.withDates(projectId, from, to)
                .orElseGet(() -> periods.save(periods.added(projectId, from, to, deadline)));
        return draft(projectId, period, narrative, locale);
    }

    /** Creates the draft report of a period of the schedule ({@code report-period-has-report} when it has one). */
    @Transactional
    @PreAuthorize(MANAGE)
    public Report createForPeriod(long projectId, long periodId, String narrative, Locale locale) {
        access.manage(projectId);
        return draft(projectId, periods.find(projectId, periodId), narrative, locale);
    }

    private Report draft(long projectId, ReportPeriod period, String narrative, Locale locale) {
        if (reports.existsByPeriodId(period.getId())) {
            throw DomainException.conflict("report-period-has-report", "report.error.period-has-report");
        }
        Report report = new Report(period);
        report.writeNarrative(narrative);
        fill(report, null, locale);
        return loaded(reports.save(report));
    }

    /** Edits a draft's narrative and recomputes its snapshot; a submitted report is refused ({@code report-frozen}). */
    @Transactional
    @PreAuthorize(MANAGE)
    public Report update(long projectId, long reportId, String narrative, Long version, Locale locale) {
        return update(projectId, reportId, narrative, null, version, locale);
    }

    /**
     * Edits a draft's overall narrative and its narratives per goal ({@code goals}: goal text to narrative, null or
     * left out: unchanged), refreshes its goals from the project's and recomputes its figures and budget; a
     * submitted report is refused ({@code report-frozen}).
     */
    @Transactional
    @PreAuthorize(MANAGE)
    public Report update(long projectId, long reportId, String narrative, Map<String, String> goals, Long version,
            Locale locale) {
        access.manage(projectId);
        Report report = find(projectId, reportId);
        checkVersion(report, version);
        report.writeNarrative(narrative);
        fill(report, goals, locale);
        return loaded(report);
    }

    /** The project's goals, the figures and the budget of the report's period (a draft). */
    private void fill(Report report, Map<String, String> goals, Locale locale) {
        long projectId = report.getProjectId();
        report.writeGoals(ProjectGoals.parse(projects.goals(projectId).orElse(null)), goals);
        report.snapshot(compute(projectId, report.getFrom(), report.getTo(), locale), clock.instant());
        Optional<FundingFigures.PeriodFigures> budget = funding.byCategory(projectId, report.getFrom(),
                report.getTo());
        report.snapshotBudget(budget.map(FundingFigures.PeriodFigures::currency).orElse(null), budget
                .map(b -> b.categories().stream().map(c -> new BudgetFigure(c.code(), c.name(), c.budget(),
                        c.actualPeriod(), c.actualCumulative())).toList())
                .orElse(List.of()));
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Report submit(long projectId, long reportId, String lateReason, Long version) {
        ResultsAccess.Seen seen = access.manage(projectId);
        Report report = find(projectId, reportId);
        checkVersion(report, version);
        LocalDate today = LocalDay.today(clock, zones.partnership(seen.scope().partnershipId()));
        CurrentUser caller = users.require();
        report.submit(lateReason, today, clock.instant(), caller.username(), caller.id());
        notices.submitted(seen.scope(), report);
        return loaded(report);
    }

    @Transactional
    @PreAuthorize(READ)
    public Report acknowledge(long projectId, long reportId, String comment) {
        Report report = funderReport(projectId, reportId);
        report.acknowledge(comment, clock.instant(), users.require().username());
        return loaded(report);
    }

    @Transactional
    @PreAuthorize(READ)
    public Report returnToProject(long projectId, long reportId, String comment) {
        Report report = funderReport(projectId, reportId);
        CurrentUser caller = users.require();
        report.returnToProject(comment, clock.instant(), caller.username());
        notices.returned(access.see(projectId).scope(), report, caller.id());
        return loaded(report);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Report newVersion(long projectId, long reportId) {
        access.manage(projectId);
        Report report = find(projectId, reportId);
        int next = reports.lastVersion(projectId, report.getFrom(), report.getTo()) + 1;
        return loaded(reports.save(report.nextVersion(next, clock.instant())));
    }

    /** The figures are read while the transaction is open (the web layer reads them after it). */
    private static Report loaded(Report report) {
        report.getFigures();
        report.getGoalNarratives();
        report.getBudget();
        return report;
    }

    private Report funderReport(long projectId, long reportId) {
        ResultsAccess.Seen seen = access.see(projectId);
        Report report = find(projectId, reportId);
        if (!seen.funder()) {
            throw new DomainException(403, "report-funder-only", "report.error.funder-only");
        }
        return report;
    }

    private Report find(long projectId, long reportId) {
        return reports.findById(reportId).filter(r -> r.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("report", reportId));
    }

    private static void checkVersion(Report report, Long version) {
        if (version != null && version != report.getVersion()) {
            throw DomainException.conflict("stale-version", "report.error.stale");
        }
    }

    private List<Figure> compute(long projectId, LocalDate from, LocalDate to, Locale locale) {
        List<Figure> out = new ArrayList<>();
        for (ResultsService.IndicatorResult r : results.results(projectId, from, to, locale).indicators()) {
            out.add(Figure.total(r.code(), r.name(), r.value(), r.target()));
            for (String by : ResultsService.DIMENSIONS) {
                for (ResultsService.Cell c : results.breakdownForSnapshot(projectId, r.code(), by, from, to, locale)
                        .cells()) {
                    out.add(new Figure(r.code(), by, c.key(), c.label() == null ? c.key() : c.label(), c.value(),
                            c.suppressed()));
                }
            }
        }
        return out;
    }
}
