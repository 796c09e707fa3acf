package no.kobling.indicator.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kobling.actor.ActorZones;
import no.kobling.identity.CurrentUsers;
import no.kobling.indicator.application.ResultsAccess;
import no.kobling.indicator.application.ResultsService;
import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.Report;
import no.kobling.indicator.report.persistence.ReportRepository;
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
    private final CurrentUsers users;
    private final ActorZones zones;
    private final Clock clock;

    ReportService(ResultsAccess access, ResultsService results, ReportRepository reports, CurrentUsers users,
            ActorZones zones, Clock clock) {
        this.access = access;
        this.results = results;
        this.reports = reports;
        this.users = users;
        this.zones = zones;
        this.clock = clock;
    }

    /** A report as the caller sees it: {@code funderView} means suppressed cells are shown as "&lt; 3". */
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

    @Transactional
    @PreAuthorize(MANAGE)
    public Report create(long projectId, LocalDate from, LocalDate to, LocalDate deadline, String narrative,
            Locale locale) {
        access.manage(projectId);
        Report report = new Report(projectId, from, to, deadline);
        report.writeNarrative(narrative);
        report.snapshot(compute(projectId, from, to, locale), clock.instant());
        return loaded(reports.save(report));
    }

    /** Edits a draft's narrative and recomputes its snapshot; a submitted report is refused ({@code report-frozen}). */
    @Transactional
    @PreAuthorize(MANAGE)
    public Report update(long projectId, long reportId, String narrative, Long version, Locale locale) {
        access.manage(projectId);
        Report report = find(projectId, reportId);
        checkVersion(report, version);
        report.writeNarrative(narrative);
        report.snapshot(compute(projectId, report.getFrom(), report.getTo(), locale), clock.instant());
        return loaded(report);
    }

    @Transactional
    @PreAuthorize(MANAGE)
    public Report submit(long projectId, long reportId, String lateReason, Long version) {
        ResultsAccess.Seen seen = access.manage(projectId);
        Report report = find(projectId, reportId);
        checkVersion(report, version);
        LocalDate today = LocalDay.today(clock, zones.partnership(seen.scope().partnershipId()));
        report.submit(lateReason, today, clock.instant(), users.require().username());
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
        report.returnToProject(comment, clock.instant(), users.require().username());
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
            out.add(new Figure(r.code(), Figure.TOTAL, Figure.TOTAL, r.name(), r.value(), false));
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
