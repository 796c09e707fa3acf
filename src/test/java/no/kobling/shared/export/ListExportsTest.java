package no.kobling.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The shared export writer on its own: a few thousand generated rows read back with POI and a CSV split of our own;
 * the header in the user's language, real number and date cells, every dangerous first character neutralised, the
 * row count in the audit entry.
 */
class ListExportsTest {

    record Item(String name, BigDecimal amount, LocalDate day, int count) {
    }

    static final List<ExportColumn<Item>> COLUMNS = List.of(ExportColumn.of("h.name", Item::name),
            ExportColumn.of("h.amount", Item::amount), ExportColumn.of("h.day", Item::day),
            ExportColumn.of("h.count", Item::count), ExportColumn.label("h.kind", i -> "kind." + (i.count() % 2)));

    static final List<String> DANGEROUS = List.of("=1+2", "+47 12345678", "-3+4", "@SUM(A1)", "\tTAB", "\r=cr");

    final List<String> audited = new ArrayList<>();
    ListExports exports;

    @BeforeEach
    void setUp() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale nb = Locale.forLanguageTag("nb");
        messages.addMessage("h.name", nb, "Navn");
        messages.addMessage("h.amount", nb, "Beløp");
        messages.addMessage("h.day", nb, "Dag");
        messages.addMessage("h.count", nb, "Antall");
        messages.addMessage("h.kind", nb, "Slag");
        messages.addMessage("kind.0", nb, "partall");
        messages.addMessage("kind.1", nb, "oddetall");
        exports = new ListExports(messages, (list, format, filters) -> audited.add(list + "|" + format + "|"
                + filters), Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        LocaleContextHolder.setLocale(nb);
    }

    @AfterEach
    void tearDown() {
        LocaleContextHolder.resetLocaleContext();
    }

    static Item item(int i) {
        String name = i < DANGEROUS.size() ? DANGEROUS.get(i) : "Rad " + i + (i % 10 == 0 ? "; med \"sitat\"" : "");
        return new Item(name, new BigDecimal("12.50").add(BigDecimal.valueOf(i)), LocalDate.of(2026, 1, 1)
                .plusDays(i % 365), i);
    }

    MockHttpServletResponse write(ExportFormat format, int rows) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        exports.write(response, format, "items", ListExports.filters("q", "rad", "empty", null), COLUMNS,
                sink -> IntStream.range(0, rows).mapToObj(ListExportsTest::item).forEach(sink));
        return response;
    }

    @Test
    void aLargeWorkbookHasEveryRowWithRealCellTypesAndNoFormulas() throws Exception {
        int n = 5000;
        MockHttpServletResponse response = write(ExportFormat.XLSX, n);
        assertThat(response.getHeader("Content-Disposition")).contains("items-2026-12-07.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(n);
            Row header = sheet.getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).containsExactly("Navn", "Beløp", "Dag", "Antall", "Slag");
            for (int i = 0; i < n; i++) {
                Row row = sheet.getRow(i + 1);
                Item expected = item(i);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.name());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(expected.amount().doubleValue());
                Cell day = row.getCell(2);
                assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
                assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.day());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(i);
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(i % 2 == 0 ? "partall" : "oddetall");
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        assertThat(audited).containsExactly("items|XLSX|q=rad; rows=" + n);
    }

    @Test
    void aLargeCsvHasEveryRowAndNeutralisesFormulas() {
        int n = 5000;
        MockHttpServletResponse response = write(ExportFormat.CSV, n);
        assertThat(response.getContentType()).startsWith("text/csv");
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNavn;Beløp;Dag;Antall;Slag\r\n");
        List<List<String>> rows = CsvSplit.parse(text.substring(1));
        assertThat(rows).hasSize(n + 1);
        for (int i = 0; i < n; i++) {
            Item expected = item(i);
            List<String> row = rows.get(i + 1);
            String name = i < DANGEROUS.size() ? "'" + expected.name() : expected.name();
            assertThat(row).containsExactly(name, expected.amount().stripTrailingZeros().toPlainString(),
                    expected.day().toString(), String.valueOf(i), i % 2 == 0 ? "partall" : "oddetall");
        }
        assertThat(audited).containsExactly("items|CSV|q=rad; rows=" + n);
    }

    /** RFC 4180 with semicolons, written here so the test does not share code with the writer. */
    static final class CsvSplit {
        static List<List<String>> parse(String s) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (q) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        q = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    q = true;
                } else if (c == ';') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    row.add(f.toString());
                    f.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    f.append(c);
                }
            }
            return rows;
        }
    }
}
