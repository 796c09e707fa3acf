package no.kobling.indicator.report.web;

import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.Report;

/**
 * A report's figures as CSV: UTF-8 with a byte-order mark, semicolon-separated, one header row
 * ({@code indicator;dimension;key;label;value}), numbers with a full stop as decimal mark, "&lt; 3" for a cell a
 * funder may not see. Fields containing a semicolon, quote or line break are quoted.
 */
final class ReportCsv {

    private ReportCsv() {
    }

    static String write(Report report, boolean funderView) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("indicator;dimension;key;label;value\r\n");
        for (Figure f : report.getFigures()) {
            ReportApiController.FigureJson j = ReportApiController.figure(f, funderView);
            out.append(field(j.indicator())).append(';').append(field(j.dimension())).append(';')
                    .append(field(j.key())).append(';').append(field(j.label())).append(';')
                    .append(field(j.display())).append("\r\n");
        }
        return out.toString();
    }

    /**
     * The budget section as its own CSV (UTF-8 with BOM, semicolons, CRLF): header
     * {@code category;name;budget;actual_period;actual_cumulative;currency}, a row per cost category and a last row
     * {@code total}. Only the header when the budget had no totals.
     */
    static String budget(Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("category;name;budget;actual_period;actual_cumulative;currency\r\n");
        ReportApiController.BudgetJson b = ReportApiController.budget(report);
        if (b == null) {
            return out.toString();
        }
        for (ReportApiController.BudgetCategoryJson c : b.categories()) {
            row(out, c.category(), c.name(), c.budget(), c.actualPeriod(), c.actualCumulative(), b.currency());
        }
        row(out, "total", "", b.budget(), b.actualPeriod(), b.actualCumulative(), b.currency());
        return out.toString();
    }

    private static void row(StringBuilder out, String code, String name, java.math.BigDecimal budget,
            java.math.BigDecimal period, java.math.BigDecimal cumulative, String currency) {
        out.append(field(code)).append(';').append(field(name)).append(';').append(budget.toPlainString())
                .append(';').append(period.toPlainString()).append(';').append(cumulative.toPlainString())
                .append(';').append(field(currency)).append("\r\n");
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
