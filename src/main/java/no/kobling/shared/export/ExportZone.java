package no.kobling.shared.export;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The time zone an export writes its times in: the signed-in user's own zone (their setting, which starts as their
 * organisation's country zone), never the interface language's. The identity module implements it; without a
 * signed-in user the language's zone is the last resort.
 */
public interface ExportZone {

    ZoneId zone(Locale locale);
}
