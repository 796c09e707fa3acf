package no.kobling.indicator.setup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import no.kobling.indicator.IndicatorSetup;
import no.kobling.indicator.application.TargetService;
import no.kobling.indicator.domain.Counting;
import no.kobling.indicator.report.application.ReportService;
import org.springframework.stereotype.Service;

/** {@link IndicatorSetup}: delegates to the target and report services and their checks (and audit). */
@Service
class IndicatorSetupFacade implements IndicatorSetup {

    private final TargetService targets;
    private final ReportService reports;

    IndicatorSetupFacade(TargetService targets, ReportService reports) {
        this.targets = targets;
        this.reports = reports;
    }

    @Override
    public void setTarget(long projectId, String code, Integer year, BigDecimal value) {
        targets.set(projectId, code, year, value, null, Locale.ENGLISH);
    }

    @Override
    public void count(long projectId, String counting) {
        Counting value = Counting.valueOf(counting); // an unknown name: IllegalArgumentException
        targets.count(projectId, value);
    }

    @Override
    public long createReport(long projectId, LocalDate from, LocalDate to, LocalDate deadline, String narrative,
            Locale locale) {
        return reports.create(projectId, from, to, deadline, narrative, locale).getId();
    }

    @Override
    public void submitReport(long projectId, long reportId, String lateReason) {
        reports.submit(projectId, reportId, lateReason, null);
    }

    @Override
    public void acknowledgeReport(long projectId, long reportId, String comment) {
        reports.acknowledge(projectId, reportId, comment);
    }
}
