package no.kobling.indicator.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.actor.ActorZones;
import no.kobling.indicator.application.ResultsAccess;
import no.kobling.indicator.report.domain.Report;
import no.kobling.indicator.report.domain.ReportPeriod;
import no.kobling.indicator.report.domain.ReportStatus;
import no.kobling.indicator.report.persistence.ReportPeriodRepository;
import no.kobling.indicator.report.persistence.ReportRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's reporting schedule (docs/reports.md): periods with deadlines set ahead by the project's own staff with
 * {@code MANAGE_PROJECTS} (added, generated from the project's dates, changed or deleted while no report is made for
 * them), read with each period's status by whoever sees the project's reports. A period of another project answers
 * 404.
 */
@Service
public class ReportPeriodService {

    /** A period's state in the schedule; {@code OVERDUE}: past its deadline with no submitted report. */
    public enum PeriodStatus {
        NOT_STARTED, DRAFT, SUBMITTED, ACKNOWLEDGED, RETURNED, OVERDUE
    }

    /** A period with its status and its latest report (null while none is made). */
    public record Scheduled(ReportPeriod period, PeriodStatus status, Report latest) {

        public boolean hasReport() {
            return latest != null;
        }
    }

    private final ResultsAccess access;
    private final ReportPeriodRepository periods;
    private final ReportRepository reports;
    private final ActorZones zones;
    private final Clock clock;

    ReportPeriodService(ResultsAccess access, ReportPeriodRepository periods, ReportRepository reports,
            ActorZones zones, Clock clock) {
        this.access = access;
        this.periods = periods;
        this.reports = reports;
        this.zones = zones;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ReportService.READ)
    public List<Scheduled> schedule(long projectId) {
        ResultsAccess.Seen seen = access.see(projectId);
        LocalDate today = LocalDay.today(clock, zones.partnership(seen.scope().partnershipId()));
        Map<Long, Report> latest = new HashMap<>();
        for (Report r : reports.findByProjectId(projectId)) {
            if (r.getPeriodId() != null) {
                latest.merge(r.getPeriodId(), r, (a, b) -> a.getReportVersion() >= b.getReportVersion() ? a : b);
            }
        }
        return periods.findByProjectIdOrderByFromAsc(projectId).stream()
                .map(p -> new Scheduled(p, status(latest.get(p.getId()), p, today), latest.get(p.getId())))
                .toList();
    }

    static PeriodStatus status(Report latest, ReportPeriod period, LocalDate today) {
        boolean late = today.isAfter(period.getDeadline());
        if (latest == null) {
            return late ? PeriodStatus.OVERDUE : PeriodStatus.NOT_STARTED;
        }
        if (latest.getStatus() == ReportStatus.DRAFT) {
            return late ? PeriodStatus.OVERDUE : PeriodStatus.DRAFT;
        }
        return PeriodStatus.valueOf(latest.getStatus().name());
    }

    @Transactional
    @PreAuthorize(ReportService.MANAGE)
    public ReportPeriod add(long projectId, LocalDate from, LocalDate to, LocalDate deadline) {
        access.manage(projectId);
        return periods.save(added(projectId, from, to, deadline));
    }

    /** A new period of the project (not saved), after the rules and the overlap check. */
    ReportPeriod added(long projectId, LocalDate from, LocalDate to, LocalDate deadline) {
        ReportPeriod.check(from, to, deadline);
        ReportPeriod.requireNoOverlap(null, from, to, periods.findByProjectIdOrderByFromAsc(projectId));
        return new ReportPeriod(projectId, from, to, deadline);
    }

    /**
     * Generates calendar years or half-years over the project's dates (a project without a start or an end date is
     * refused: {@code report-period-project-dates}), each with its deadline {@code deadlineDays} (0..366) after its
     * end. A generated period that would overlap an existing one is left out; returns the periods added.
     */
    @Transactional
    @PreAuthorize(ReportService.MANAGE)
    public List<ReportPeriod> generate(long projectId, ReportPeriod.Every every, Integer deadlineDays) {
        ResultsAccess.Seen seen = access.manage(projectId);
        LocalDate end = seen.scope().endDate();
        List<ReportPeriod> existing = new ArrayList<>(periods.findByProjectIdOrderByFromAsc(projectId));
        List<ReportPeriod> added = new ArrayList<>();
        for (LocalDate[] d : ReportPeriod.generate(seen.scope().startDate(), end, every,
                deadlineDays == null ? -1 : deadlineDays)) {
            if (existing.stream().noneMatch(p -> p.overlaps(d[0], d[1]))) {
                ReportPeriod p = periods.save(new ReportPeriod(projectId, d[0], d[1], d[2]));
                existing.add(p);
                added.add(p);
            }
        }
        added.sort(Comparator.comparing(ReportPeriod::getFrom));
        return added;
    }

    @Transactional
    @PreAuthorize(ReportService.MANAGE)
    public ReportPeriod change(long projectId, long periodId, LocalDate from, LocalDate to, LocalDate deadline,
            Long version) {
        access.manage(projectId);
        ReportPeriod period = withoutReport(projectId, periodId, version);
        ReportPeriod.check(from, to, deadline);
        ReportPeriod.requireNoOverlap(periodId, from, to, periods.findByProjectIdOrderByFromAsc(projectId));
        period.change(from, to, deadline);
        return periods.saveAndFlush(period);
    }

    @Transactional
    @PreAuthorize(ReportService.MANAGE)
    public void delete(long projectId, long periodId, Long version) {
        access.manage(projectId);
        periods.delete(withoutReport(projectId, periodId, version));
    }

    private ReportPeriod withoutReport(long projectId, long periodId, Long version) {
        ReportPeriod period = find(projectId, periodId);
        if (version != null) {
            StaleVersionException.check("report.period", periodId, version, period.getVersion());
        }
        if (reports.existsByPeriodId(periodId)) {
            throw DomainException.conflict("report-period-has-report", "report.error.period-has-report");
        }
        return period;
    }

    ReportPeriod find(long projectId, long periodId) {
        return periods.findById(periodId).filter(p -> p.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("report-period", periodId));
    }

    /** The project's period with exactly these dates, if any. */
    java.util.Optional<ReportPeriod> withDates(long projectId, LocalDate from, LocalDate to) {
        return periods.findByProjectIdOrderByFromAsc(projectId).stream().filter(p -> p.sameDates(from, to))
                .findFirst();
    }

    ReportPeriod save(ReportPeriod period) {
        return periods.save(period);
    }
}
