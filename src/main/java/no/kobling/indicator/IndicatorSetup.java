package no.kobling.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Facade of the indicator module for set-up work (demo data, imports): a project's targets, how its results are
 * counted, and its reports. Every method checks the caller's permissions and tenancy like the pages and the API do
 * (targets, counting and reports need a signed-in user of the project's own staff with {@code MANAGE_PROJECTS};
 * acknowledging a user of its funder organisation), so set-up work runs as such a user, not as the system actor.
 */
public interface IndicatorSetup {

    /** Sets the target of an indicator (by code) for the whole period ({@code year} null) or one calendar year. */
    void setTarget(long projectId, String code, Integer year, BigDecimal value);

    /**
     * Which records count for the project: {@code TAGGED} (those tagged with it, the default) or {@code PARTNERSHIP}
     * (all records of its partnership's member organisations in its municipalities).
     */
    void count(long projectId, String counting);

    /** Creates a draft report over the period (both days included) with a deadline; returns its id. */
    long createReport(long projectId, LocalDate from, LocalDate to, LocalDate deadline, String narrative,
            Locale locale);

    /** Submits (freezes) a draft report; {@code lateReason} is required after its deadline. */
    void submitReport(long projectId, long reportId, String lateReason);

    /** The funder acknowledges a submitted report (the caller is a user of the project's funder organisation). */
    void acknowledgeReport(long projectId, long reportId, String comment);
}
