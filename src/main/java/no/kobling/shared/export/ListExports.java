package no.kobling.shared.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Streams a list to the response as XLSX or CSV: the header row in the user's language, then each row as the source
 * hands it over (see {@link ExportRows}), and records the export in the audit trail when it is written (who, which
 * list, which filters, how many rows; a source that refuses the user records nothing). The rows come from the same application-service query as the list page, so the permission filtering is
 * the page's. Text is never run as a formula: CSV prefixes a dangerous value with {@code '}, XLSX stores it as a
 * string cell.
 */
@Component
public class ListExports {

    /** At most this many characters of the filters go into the audit entry. */
    static final int MAX_FILTERS = 3900;

    private final MessageSource messages;
    private final ExportAudit audit;
    private final Clock clock;
    private final ExportZone zones;

    /** Times in the language's zone: only for a writer without users (tests). */
    ListExports(MessageSource messages, ExportAudit audit, Clock clock) {
        this(messages, audit, clock, Zones::ofLocale);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ListExports(MessageSource messages, ExportAudit audit, Clock clock, ExportZone zones) {
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.zones = zones;
    }

    /** The format a request asks for by its path's extension ({@code .../export.csv} is CSV, else XLSX). */
    public static ExportFormat format(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return ExportFormat.of(uri.substring(uri.lastIndexOf('.') + 1));
    }

    /**
     * Writes the list. {@code list} names it (file name, audit entry, sheet), {@code filters} are the values it was
     * filtered by (nulls and blanks are left out).
     */
    public <T> void write(HttpServletResponse response, ExportFormat format, String list, Map<String, ?> filters,
            List<ExportColumn<T>> columns, ExportRows<T> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        ZoneId zone = zones.zone(locale); // the user's zone, not the language's (ws16 point 7)
        String file = list + "-" + LocalDay.today(clock, zone) + "." + format.extension();
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        List<String> titles = columns.stream()
                .map(c -> messages.getMessage(c.headerKey(), null, c.headerKey(), locale)).toList();
        long[] count = {0};
        try (TableWriter out = TableWriter.open(format, response.getOutputStream(), list, zone)) {
            out.header(titles);
            rows.forEach(row -> {
                count[0]++;
                List<Object> values = new ArrayList<>(columns.size());
                for (ExportColumn<T> c : columns) {
                    Object v = c.value().apply(row);
                    if (c.label() && v != null) {
                        v = messages.getMessage(v.toString(), null, v.toString(), locale);
                    }
                    values.add(v);
                }
                out.row(values);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String described = describe(filters);
        audit.exported(list, format, (described.isEmpty() ? "" : described + "; ") + "rows=" + count[0]);
    }

    /** Filters as name, value, name, value, ... in that order; null values are allowed (and left out). */
    public static Map<String, Object> filters(Object... namesAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            m.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return m;
    }

    /** "key=value; key=value" of the non-blank filters, as the audit entry shows them. */
    static String describe(Map<String, ?> filters) {
        StringJoiner s = new StringJoiner("; ");
        filters.forEach((k, v) -> {
            String value = v == null ? "" : v instanceof Iterable<?> i ? String.join(",",
                    java.util.stream.StreamSupport.stream(i.spliterator(), false).map(String::valueOf).toList())
                    : v.toString();
            if (!value.isBlank()) {
                s.add(k + "=" + value);
            }
        });
        String text = s.toString();
        return text.length() > MAX_FILTERS ? text.substring(0, MAX_FILTERS) : text;
    }
}
