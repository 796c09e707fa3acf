package no.kobling.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, amounts, dates and times written the way the interface language writes them (docs/locale.md), for
 * pages ({@code @fmt}), PDFs, spreadsheets and e-mails. Built on the JDK's CLDR data, which groups digits with a
 * non-breaking space in nb, nn, sv and fi ("1 234 567"); a few patterns are fixed where CLDR differs from common
 * use: the numeric date is "6.12.2026" in nb, nn and fi (CLDR: "06.12.2026"), and English is written the British
 * way with a 24-hour clock ("6 Dec 2026", "09:05"). Instants are shown in the given zone.
 */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;
    private final String language;

    public Formats(Locale locale, ZoneId zone) {
        this.language = language(locale);
        this.locale = Locale.forLanguageTag(this.language);
        this.zone = zone == null ? Zones.DEFAULT : zone;
    }

    /** nb, nn, sv, fi or en; "no" is read as nb, anything else as en. */
    public static String language(Locale locale) {
        String l = locale == null ? "" : locale.getLanguage();
        return switch (l) {
            case "nb", "no" -> "nb";
            case "nn", "sv", "fi" -> l;
            default -> "en";
        };
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The numeric date: "6.12.2026" (nb, nn, fi), "2026-12-06" (sv), "6 Dec 2026" (en). Empty for null. */
    public String date(Object value) {
        LocalDate d = toDate(value);
        return d == null ? plain(value) : d.format(dateFormat());
    }

    /** The written date: "6. desember 2026", "6 december 2026", "6. joulukuuta 2026", "6 December 2026". */
    public String longDate(Object value) {
        LocalDate d = toDate(value);
        if (d == null) {
            return plain(value);
        }
        if ("en".equals(language)) {
            return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        }
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** The clock time: "09:05" (nb, nn, sv, en), "9.05" (fi). */
    public String time(Object value) {
        LocalTime t = toTime(value);
        return t == null ? plain(value) : t.format(timeFormat());
    }

    /** Date and time: "6.12.2026 09:05", "2026-12-06 09:05", "6.12.2026 klo 9.05", "6 Dec 2026, 09:05". */
    public String dateTime(Object value) {
        LocalDateTime dt = toDateTime(value);
        if (dt == null) {
            return plain(value);
        }
        String date = dt.toLocalDate().format(dateFormat());
        String time = dt.toLocalTime().format(timeFormat());
        return switch (language) {
            case "fi" -> date + " klo " + time;
            case "en" -> date + ", " + time;
            default -> date + " " + time;
        };
    }

    /** A month: "desember 2026", "december 2026", "joulukuu 2026", "December 2026". */
    public String month(Object value) {
        YearMonth m = value instanceof YearMonth ym ? ym : null;
        if (m == null) {
            LocalDate d = toDate(value);
            m = d == null ? null : YearMonth.from(d);
        }
        if (m == null) {
            return plain(value);
        }
        return m.format(DateTimeFormatter.ofPattern("LLLL yyyy", "en".equals(language) ? Locale.UK : locale));
    }

    /** A whole number with grouping: "1 234 567" (non-breaking spaces), "1,234,567". */
    public String integer(Number value) {
        if (value == null) {
            return "";
        }
        return decimalFormat(0, 0).format(toBig(value).setScale(0, RoundingMode.HALF_UP));
    }

    /** A number with at least {@code min} and at most {@code max} decimals: "0,75", "1 234,5". */
    public String decimal(Number value, int min, int max) {
        if (value == null) {
            return "";
        }
        return decimalFormat(min, max).format(toBig(value));
    }

    /** A number with up to two decimals, as many as it needs: "0,75", "2", "1 234,5". */
    public String number(Number value) {
        return decimal(value, 0, 2);
    }

    /** A share (0.75) as a percentage: "75 %" (nb, nn, sv, fi, with a non-breaking space), "75%" (en). */
    public String percentOf(Number share, int decimals) {
        if (share == null) {
            return "";
        }
        return percent(toBig(share).multiply(BigDecimal.valueOf(100)), decimals);
    }

    /** A percentage (75) as "75 %" or "75%". */
    public String percent(Number percent, int decimals) {
        if (percent == null) {
            return "";
        }
        String n = decimal(percent, decimals, decimals);
        return "en".equals(language) ? n + "%" : n + "\u00a0%";
    }

    /**
     * An amount of money: "1 234 567 kr" (NOK in nb/nn, SEK in sv), "1 234 567 €", "NOK 1,234,567" (en); two
     * decimals only when the amount has øre/cents.
     */
    public String money(Number amount, String currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal a = toBig(amount);
        boolean whole = a.stripTrailingZeros().scale() <= 0;
        String n = whole ? integer(a) : decimal(a, 2, 2);
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return n;
        }
        String symbol = symbol(code);
        if ("en".equals(language)) {
            return "€".equals(symbol) ? (a.signum() < 0 ? "-€" + n.substring(1) : "€" + n) : code + "\u00a0" + n;
        }
        return n + "\u00a0" + symbol;
    }

    /** The short sign of a currency in this language: kr for the own country's crown, € for EUR, else the code. */
    public String symbol(String currency) {
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "EUR" -> "€";
            case "NOK" -> "nb".equals(language) || "nn".equals(language) ? "kr" : code;
            case "SEK" -> "sv".equals(language) ? "kr" : code;
            default -> code;
        };
    }

    /** A duration in hours and minutes, never ISO 8601: "1 t 30 min", "45 min" (nb); "1 h 30 min" (sv, en). */
    public String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long minutes = Math.abs(d.toMinutes());
        long h = minutes / 60;
        long m = minutes % 60;
        String hourUnit = hourUnit();
        String sign = d.isNegative() ? "-" : "";
        if (h == 0) {
            return sign + m + "\u00a0min";
        }
        return sign + integer(h) + "\u00a0" + hourUnit + (m == 0 ? "" : " " + m + "\u00a0min");
    }

    /** Hours as a decimal number with the unit: "0,75 t" (nb, nn, fi), "0,75 h" (sv), "0.75 h" (en). */
    public String hours(Number hours) {
        if (hours == null) {
            return "";
        }
        return number(hours) + "\u00a0" + hourUnit();
    }

    private String hourUnit() {
        return switch (language) {
            case "nb", "nn", "fi" -> "t";
            default -> "h";
        };
    }

    /** A country by name in this language (CLDR): "Norge", "Sverige", "Suomi"; a pair "NO–SE" as "Norge–Sverige". */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String c = code.trim();
        if (c.contains("–") || c.contains("-")) {
            return java.util.Arrays.stream(c.split("[–-]")).map(this::country)
                    .collect(java.util.stream.Collectors.joining("–"));
        }
        String name = new Locale("", c.toUpperCase(Locale.ROOT)).getDisplayCountry(locale);
        return name.isEmpty() ? c : name;
    }

    /** A language by name in this language (CLDR): "svensk", "suomi", "nordsamisk"; the code when unknown. */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String c = code.trim();
        String name = Locale.forLanguageTag(c).getDisplayLanguage(locale);
        return name.isEmpty() || name.equalsIgnoreCase(c) ? c : name;
    }

    private DateTimeFormatter dateFormat() {
        return switch (language) {
            case "nb", "nn", "fi" -> DateTimeFormatter.ofPattern("d.M.yyyy", locale);
            case "sv" -> DateTimeFormatter.ofPattern("yyyy-MM-dd", locale);
            default -> DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        };
    }

    private DateTimeFormatter timeFormat() {
        return "fi".equals(language) ? DateTimeFormatter.ofPattern("H.mm", locale)
                : DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    private DecimalFormat decimalFormat(int min, int max) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        DecimalFormatSymbols symbols = f.getDecimalFormatSymbols();
        if (!"en".equals(language)) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setMinusSign('-');
        }
        f.setDecimalFormatSymbols(symbols);
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(Math.max(min, max));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** What is not a date or time (a text) is shown as it is. */
    private static String plain(Object value) {
        return value == null ? "" : value.toString();
    }

    private static BigDecimal toBig(Number n) {
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }

    private LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        LocalDateTime dt = toDateTime(value);
        return dt == null ? null : dt.toLocalDate();
    }

    private LocalTime toTime(Object value) {
        if (value instanceof LocalTime t) {
            return t;
        }
        LocalDateTime dt = toDateTime(value);
        return dt == null ? null : dt.toLocalTime();
    }

    private LocalDateTime toDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime dt) {
            return dt;
        }
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        if (value instanceof java.util.Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), zone);
        }
        return null;
    }
}
