package no.kobling.indicator.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.kobling.indicator.IndicatorSource;

/**
 * An {@link IndicatorSource} of this module that can also list the records behind its values (the manual indicators'
 * entries). Called only for the project's own staff, after their access is checked.
 */
public interface ItemizedIndicatorSource extends IndicatorSource {

    /** The records behind the value of one of the source's codes over the period (both days included). */
    List<ResultItem> items(long projectId, String code, LocalDate from, LocalDate to, Locale locale);
}
