package no.kobling.project.budget.domain;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kobling.shared.DomainException;

/**
 * Reads a ledger export (docs/project-budget.md): {@code date;party;category;amount;currency;text}, separated by
 * semicolons or commas (the first line decides), fields may be quoted with {@code "}, UTF-8 with or without BOM, an
 * optional header line starting with {@code date}, decimal comma or point, dates {@code yyyy-MM-dd} or
 * {@code dd.MM.yyyy}. Bad rows are reported with their line number (1 = first line of the file); good rows are kept.
 */
public final class LedgerCsv {

    public static final int MAX_ROWS = 10_000;
    public static final int TEXT_MAX = 500;
    private static final DateTimeFormatter NORDIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public record Row(int line, LocalDate date, String party, String category, BigDecimal amount,
            Currency currency, String text) {
    }

    public record Problem(int line, String code, String messageKey, String value) {
    }

    public record Result(List<Row> rows, List<Problem> problems) {
    }

    private LedgerCsv() {
    }

    public static Result parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw DomainException.rule("budget-import-not-utf8", "budget.error.import-not-utf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Character separator = null;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int lineNo = i + 1;
            if (raw.isBlank()) {
                continue;
            }
            if (separator == null) {
                separator = raw.indexOf(';') >= 0 ? ';' : ',';
                if (raw.strip().toLowerCase(Locale.ROOT).startsWith("date")
                        || raw.strip().toLowerCase(Locale.ROOT).startsWith("\"date")) {
                    continue;
                }
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                problems.add(new Problem(lineNo, "budget-import-too-many-rows", "budget.import.too-many-rows",
                        String.valueOf(MAX_ROWS)));
                break;
            }
            List<String> f = split(raw, separator);
            if (f == null) {
                problems.add(new Problem(lineNo, "budget-import-bad-quotes", "budget.import.bad-quotes", raw));
                continue;
            }
            if (f.size() < 5 || f.size() > 6) {
                problems.add(new Problem(lineNo, "budget-import-field-count", "budget.import.field-count",
                        String.valueOf(f.size())));
                continue;
            }
            LocalDate date = date(f.get(0));
            if (date == null) {
                problems.add(new Problem(lineNo, "budget-import-bad-date", "budget.import.bad-date", f.get(0)));
                continue;
            }
            if (f.get(1).isBlank()) {
                problems.add(new Problem(lineNo, "budget-import-party-missing", "budget.import.party-missing", ""));
                continue;
            }
            if (f.get(2).isBlank()) {
                problems.add(new Problem(lineNo, "budget-import-category-missing", "budget.import.category-missing",
                        ""));
                continue;
            }
            BigDecimal amount = amount(f.get(3));
            if (amount == null) {
                problems.add(new Problem(lineNo, "budget-import-bad-amount", "budget.import.bad-amount", f.get(3)));
                continue;
            }
            if (amount.signum() < 0) {
                problems.add(new Problem(lineNo, "budget-amount-negative", "budget.import.amount-negative",
                        f.get(3)));
                continue;
            }
            Currency currency;
            try {
                currency = Currency.of(f.get(4));
            } catch (DomainException e) {
                problems.add(new Problem(lineNo, "budget-currency-unknown", "budget.import.bad-currency", f.get(4)));
                continue;
            }
            String note = f.size() > 5 ? f.get(5).strip() : "";
            if (note.length() > TEXT_MAX) {
                note = note.substring(0, TEXT_MAX);
            }
            rows.add(new Row(lineNo, date, f.get(1).strip(), f.get(2).strip(), Amounts.round(amount), currency,
                    note.isEmpty() ? null : note));
        }
        return new Result(rows, problems);
    }

    /** Splits a line; quoted fields may contain the separator and doubled quotes. Null when a quote is not closed. */
    static List<String> split(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString().strip());
        return out;
    }

    static LocalDate date(String s) {
        String v = s.strip();
        try {
            return v.contains(".") ? LocalDate.parse(v, NORDIC) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "1 234,50", "1234.5", "1.234,50", "1,234.50" → BigDecimal; null if not a number. */
    static BigDecimal amount(String s) {
        String v = s.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").strip();
        if (v.isEmpty()) {
            return null;
        }
        int comma = v.lastIndexOf(',');
        int point = v.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            if (comma > point) {
                v = v.replace(".", "").replace(',', '.');
            } else {
                v = v.replace(",", "");
            }
        } else if (comma >= 0) {
            if (v.indexOf(',') != comma) {
                return null;
            }
            v = v.replace(',', '.');
        }
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(v);
    }
}
