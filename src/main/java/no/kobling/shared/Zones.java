package no.kobling.shared;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The three time zones Kobling serves: Norway (Europe/Oslo), Sweden (Europe/Stockholm) and Finland
 * (Europe/Helsinki, one hour ahead of the other two). Organisations, partnerships, events and users each carry one;
 * whose zone a rule uses is decided in {@code docs/time.md}.
 */
public final class Zones {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** In the order a select shows them. */
    public static final List<ZoneId> SUPPORTED = List.of(OSLO, STOCKHOLM, HELSINKI);
    /** Used only where nothing else tells the zone (an organisation always has a country). */
    public static final ZoneId DEFAULT = OSLO;
    /** The ids of {@link #SUPPORTED}, e.g. for a select. */
    public static final List<String> IDS = SUPPORTED.stream().map(ZoneId::getId).toList();

    private Zones() {
    }

    /** The zone of a country (NO, SE, FI); {@link #DEFAULT} for any other. */
    public static ZoneId ofCountry(String countryCode) {
        String code = countryCode == null ? "" : countryCode.trim().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "SE" -> STOCKHOLM;
            case "FI" -> HELSINKI;
            default -> OSLO;
        };
    }

    /** The zone a language suggests (sv: Stockholm, fi: Helsinki, otherwise Oslo), when nothing better is known. */
    public static ZoneId ofLocale(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return switch (language) {
            case "sv" -> STOCKHOLM;
            case "fi" -> HELSINKI;
            default -> OSLO;
        };
    }

    public static boolean isSupported(String id) {
        return id != null && IDS.contains(id.trim());
    }

    /**
     * The supported zone with this id; a blank id gives {@code fallback}. Any other id breaks the rule
     * {@code time-zone-unknown} (422), so only the three zones are ever stored.
     */
    public static ZoneId require(String id, ZoneId fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        if (!isSupported(id)) {
            throw DomainException.rule("time-zone-unknown", "time.error.zone-unknown", id);
        }
        return ZoneId.of(id.trim());
    }

    /** The stored id of a zone, or the default zone for a value that is missing or not supported. */
    public static ZoneId parse(String id) {
        return isSupported(id) ? ZoneId.of(id.trim()) : DEFAULT;
    }
}
