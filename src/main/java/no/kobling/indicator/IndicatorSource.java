package no.kobling.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A source of project-specific indicators beyond the computed catalogue (issue 14 point 1: manual indicators;
 * issue 15 point 6: {@code survey-*} indicators from mapped effect-survey questions). Every bean of this type is asked
 * by the results: its indicators appear in a project's results, accept targets, are frozen into reports and are
 * broken down by quarter (other dimensions are not available for them). Called only after the caller's access to
 * the project is checked, so implementations check no permission of their own and must answer aggregates only.
 */
public interface IndicatorSource {

    /** The indicators this source offers for the project (empty when none). Codes are unique across sources. */
    List<Definition> definitions(long projectId);

    /** The values over the period (both days included) of the indicators offered for the project. */
    Map<String, SourceValue> values(long projectId, LocalDate from, LocalDate to);

    /**
     * An offered indicator: {@code names} and {@code unitNames} keyed by language (nb, nn, sv, fi, en); {@code unit}
     * a short code such as {@code COMPANIES}, {@code JOBS}, {@code PERCENT}, {@code NOK}.
     */
    record Definition(String code, String unit, Map<String, String> names, Map<String, String> unitNames) {
    }

    /** A value and the distinct companies or persons behind it (for the funders' suppression below three). */
    record SourceValue(BigDecimal value, long subjects) {
    }
}
