package no.kobling.indicator.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.indicator.report.domain.Figure;
import no.kobling.indicator.report.domain.GoalNarrative;
import no.kobling.indicator.report.domain.Report;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as a spreadsheet: a sheet {@code summary} (the period, status and every indicator's total), one sheet
 * per breakdown dimension (indicator, key, label, value), a sheet {@code narrative} (goal, text; a last row
 * {@code summary} with the overall narrative) and a sheet {@code budget} (category, budget, actual period, actual
 * cumulative, currency; a last row {@code total}). Values are numeric cells; a cell a funder may not see holds the
 * text "&lt; 3".
 */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] write(Report report, boolean funderView) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet("summary");
            text(summary.createRow(0), "project", String.valueOf(report.getProjectId()));
            text(summary.createRow(1), "from", report.getFrom().toString());
            text(summary.createRow(2), "to", report.getTo().toString());
            text(summary.createRow(3), "status", report.getStatus().name());
            text(summary.createRow(4), "reportVersion", String.valueOf(report.getReportVersion()));
            header(summary.createRow(6), "indicator", "name", "value");
            int row = 7;
            Map<String, Sheet> sheets = new LinkedHashMap<>();
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (Figure f : report.getFigures()) {
                ReportApiController.FigureJson j = ReportApiController.figure(f, funderView);
                if (Figure.TOTAL.equals(f.getDimension())) {
                    Row r = summary.createRow(row++);
                    r.createCell(0).setCellValue(j.indicator());
                    r.createCell(1).setCellValue(j.label());
                    value(r, 2, j);
                    continue;
                }
                Sheet sheet = sheets.computeIfAbsent(f.getDimension(), d -> {
                    Sheet s = book.createSheet(d);
                    header(s.createRow(0), "indicator", "key", "label", "value");
                    return s;
                });
                int n = rows.merge(f.getDimension(), 1, Integer::sum);
                Row r = sheet.createRow(n);
                r.createCell(0).setCellValue(j.indicator());
                r.createCell(1).setCellValue(j.key());
                r.createCell(2).setCellValue(j.label());
                value(r, 3, j);
            }
            Sheet narrative = book.createSheet("narrative");
            header(narrative.createRow(0), "goal", "text");
            int n = 1;
            for (GoalNarrative g : report.getGoalNarratives()) {
                Row r = narrative.createRow(n++);
                r.createCell(0).setCellValue(g.getGoal());
                r.createCell(1).setCellValue(g.getNarrative() == null ? "" : g.getNarrative());
            }
            Row summaryRow = narrative.createRow(n);
            summaryRow.createCell(0).setCellValue("summary");
            summaryRow.createCell(1).setCellValue(report.getNarrative() == null ? "" : report.getNarrative());
            Sheet budget = book.createSheet("budget");
            header(budget.createRow(0), "category", "budget", "actual period", "actual cumulative", "currency");
            ReportApiController.BudgetJson b = ReportApiController.budget(report);
            if (b != null) {
                int k = 1;
                for (ReportApiController.BudgetCategoryJson c : b.categories()) {
                    money(budget.createRow(k++), c.name(), c.budget(), c.actualPeriod(), c.actualCumulative(),
                            b.currency());
                }
                money(budget.createRow(k), "total", b.budget(), b.actualPeriod(), b.actualCumulative(),
                        b.currency());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(Row r, int column, ReportApiController.FigureJson j) {
        if (j.suppressed()) {
            r.createCell(column).setCellValue(ReportApiController.SUPPRESSED);
        } else if (j.value() != null) {
            r.createCell(column).setCellValue(j.value().doubleValue());
        }
    }

    private static void money(Row r, String name, java.math.BigDecimal budget, java.math.BigDecimal period,
            java.math.BigDecimal cumulative, String currency) {
        r.createCell(0).setCellValue(name);
        r.createCell(1).setCellValue(budget.doubleValue());
        r.createCell(2).setCellValue(period.doubleValue());
        r.createCell(3).setCellValue(cumulative.doubleValue());
        r.createCell(4).setCellValue(currency);
    }

    private static void header(Row r, String... names) {
        for (int i = 0; i < names.length; i++) {
            r.createCell(i).setCellValue(names[i]);
        }
    }

    private static void text(Row r, String name, String value) {
        header(r, List.of(name, value).toArray(String[]::new));
    }
}
