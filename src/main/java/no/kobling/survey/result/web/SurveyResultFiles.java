package no.kobling.survey.result.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.kobling.survey.result.application.SurveyExportService;
import no.kobling.survey.result.application.SurveyResultViews.ExportTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The responses export as XLSX (one sheet "responses": a header row of column codes, one row per response; numbers
 * as numeric cells) and CSV (the same columns; UTF-8 with a byte-order mark, semicolon-separated, CRLF; a field with
 * a semicolon, quote or line break is quoted). Text cells starting with = + - @ get a leading apostrophe in both, so
 * that no spreadsheet runs them as a formula.
 */
final class SurveyResultFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SurveyResultFiles() {
    }

    static byte[] xlsx(ExportTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("responses");
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(SurveyExportService.safe(table.headers().get(i)));
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof BigDecimal n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(SurveyExportService.safe(v.toString()));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(ExportTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.headers().stream().map(h -> (Object) h).toList());
        table.rows().forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            String s = v instanceof BigDecimal n ? SurveyExportService.plain(n)
                    : v instanceof Number ? v.toString() : SurveyExportService.safe(v.toString());
            out.append(field(s));
        }
        out.append("\r\n");
    }

    static String field(String s) {
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
