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
