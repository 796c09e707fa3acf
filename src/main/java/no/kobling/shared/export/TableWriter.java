package no.kobling.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes rows of values to a stream as they come: XLSX through a sliding SXSSF window, CSV line by line. */
abstract sealed class TableWriter implements AutoCloseable permits TableWriter.Xlsx, TableWriter.Csv {

    /** Rows the workbook keeps in memory; older rows are flushed to a temporary file. */
    static final int WINDOW = 100;

    static TableWriter open(ExportFormat format, OutputStream out, String sheetName, ZoneId zone) {
        return format == ExportFormat.XLSX ? new Xlsx(out, sheetName, zone) : new Csv(out, zone);
    }

    abstract void header(List<String> titles);

    abstract void row(List<Object> values);

    @Override
    public abstract void close();

    static final class Xlsx extends TableWriter {
        private final OutputStream out;
        private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        private final SXSSFSheet sheet;
        private final CellStyle date;
        private final CellStyle dateTime;
        private final CellStyle headerStyle;
        private final ZoneId zone;
        private int next;

        Xlsx(OutputStream out, String sheetName, ZoneId zone) {
            this.out = out;
            this.zone = zone;
            book.setCompressTempFiles(true);
            sheet = book.createSheet(sheetName);
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            headerStyle = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
        }

        @Override
        void header(List<String> titles) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(titles.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, titles.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        void row(List<Object> values) {
            Row row = sheet.createRow(next++);
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
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                } else if (v instanceof Instant t) {
                    cell.setCellValue(LocalDateTime.ofInstant(t, zone));
                    cell.setCellStyle(dateTime);
                } else {
                    // a string cell: never a formula, whatever it starts with
                    cell.setCellValue(v.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                book.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    book.close();
                } catch (IOException e) {
                    // temporary files are gone with the workbook; nothing left to do
                }
            }
        }
    }

    static final class Csv extends TableWriter {
        private final Writer out;
        private final ZoneId zone;

        Csv(OutputStream out, ZoneId zone) {
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
            this.zone = zone;
            write("\uFEFF");
        }

        @Override
        void header(List<String> titles) {
            row(List.copyOf(titles));
        }

        @Override
        void row(List<Object> values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(';');
                }
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                String s;
                if (v instanceof Number n) {
                    s = CellText.plain(n);
                } else if (v instanceof LocalDate || v instanceof Boolean) {
                    s = v.toString();
                } else if (v instanceof LocalDateTime t) {
                    s = t.withNano(0).toString().replace('T', ' ');
                } else if (v instanceof Instant t) {
                    s = LocalDateTime.ofInstant(t, zone).withNano(0).toString().replace('T', ' ');
                } else {
                    s = CellText.neutralised(v.toString());
                }
                line.append(CellText.csvField(s));
            }
            write(line.append("\r\n").toString());
        }

        private void write(String s) {
            try {
                out.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
