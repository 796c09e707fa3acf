package no.kobling.shared.export;

import java.util.function.Function;

/**
 * One column of an exported list: the message key of its header and how a row gives its value. A value may be text,
 * a number ({@code Integer}, {@code Long}, {@code BigDecimal}, ...), a {@code LocalDate}, {@code LocalDateTime},
 * {@code Instant} or {@code Boolean}: the workbook stores it as that cell type. A {@link #label label} column's value
 * is a message key, written in the user's language.
 */
public record ExportColumn<T>(String headerKey, Function<? super T, ?> value, boolean label) {

    public static <T> ExportColumn<T> of(String headerKey, Function<? super T, ?> value) {
        return new ExportColumn<>(headerKey, value, false);
    }

    /** A column whose value is a message key (e.g. {@code "company.status." + status}), translated when written. */
    public static <T> ExportColumn<T> label(String headerKey, Function<? super T, String> key) {
        return new ExportColumn<>(headerKey, key, true);
    }
}
