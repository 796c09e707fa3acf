package no.kobling.shared.web;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import no.kobling.shared.Formats;
import no.kobling.shared.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * For templates ({@code @fmt}): numbers, amounts, dates, times and durations in the interface language
 * ({@link Formats}); instants in the signed-in viewer's zone (else Oslo). Renderers outside a request (PDF, XLSX,
 * e-mail) use {@link #of(Locale, ZoneId)} or {@link Formats} directly. A missing value (null) stays null, so
 * {@code ${@fmt.date(x)} ?: '–'} works.
 */
@Component("fmt")
public class Fmt {

    private final ObjectProvider<ViewerZone> viewerZone;

    Fmt(ObjectProvider<ViewerZone> viewerZone) {
        this.viewerZone = viewerZone;
    }

    /** The formats of a language and zone, e.g. for an e-mail to a recipient. */
    public static Formats of(Locale locale, ZoneId zone) {
        return new Formats(locale, zone);
    }

    /** The formats of the current request: its locale and the viewer's zone. */
    public Formats current() {
        ViewerZone source = viewerZone.getIfAvailable();
        ZoneId zone = source == null ? Zones.DEFAULT : source.current().orElse(Zones.DEFAULT);
        return new Formats(LocaleContextHolder.getLocale(), zone);
    }

    public String date(Object value) {
        return value == null ? null : current().date(value);
    }

    public String longDate(Object value) {
        return value == null ? null : current().longDate(value);
    }

    public String time(Object value) {
        return value == null ? null : current().time(value);
    }

    public String dateTime(Object value) {
        return value == null ? null : current().dateTime(value);
    }

    public String month(Object value) {
        return value == null ? null : current().month(value);
    }

    public String integer(Number value) {
        return value == null ? null : current().integer(value);
    }

    public String number(Number value) {
        return value == null ? null : current().number(value);
    }

    public String decimal(Number value, int min, int max) {
        return value == null ? null : current().decimal(value, min, max);
    }

    public String percent(Number value, int decimals) {
        return value == null ? null : current().percent(value, decimals);
    }

    public String percentOf(Number share, int decimals) {
        return share == null ? null : current().percentOf(share, decimals);
    }

    public String money(Number amount, Object currency) {
        return amount == null ? null : current().money(amount, currency == null ? null : currency.toString());
    }

    public String hours(Number hours) {
        return hours == null ? null : current().hours(hours);
    }

    public String duration(Duration value) {
        return value == null ? null : current().duration(value);
    }

    /** A number of minutes as a duration: "1 t 30 min". */
    public String minutes(Number minutes) {
        return minutes == null ? "" : current().duration(Duration.ofMinutes(minutes.longValue()));
    }

    public String country(String code) {
        return code == null ? null : current().country(code);
    }

    public String language(String code) {
        return code == null ? null : current().language(code);
    }
}
