package no.kobling.project.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.kobling.project.budget.domain.Currency;
import no.kobling.project.budget.domain.LedgerCsv;
import org.junit.jupiter.api.Test;

class LedgerCsvTest {

    @Test
    void semicolonsBomDecimalCommaAndBadRowsWithLineNumbers() {
        String csv = "\uFEFFdate;party;category;amount;currency;text\n"
                + "2026-03-01;Nordvest Næringshage;personnel;1 234,50;NOK;Salary March\n"
                + "\n"
                + "01.04.2026;912345678;travel;99.9;sek;\"Bus; Ålesund\"\n"
                + "2026-13-01;X;travel;10;NOK;bad date\n"
                + "2026-04-02;X;travel;-5;NOK;negative\n"
                + "2026-04-02;X;travel;abc;NOK;not a number\n"
                + "2026-04-02;X;travel;5;USD;currency\n"
                + "2026-04-02;X;travel\n"
                + "2026-04-02;X;travel;1.234,56;EUR\n";
        var r = LedgerCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.rows()).hasSize(3);
        assertThat(r.rows().get(0).line()).isEqualTo(2);
        assertThat(r.rows().get(0).amount()).isEqualByComparingTo("1234.50");
        assertThat(r.rows().get(0).party()).isEqualTo("Nordvest Næringshage");
        assertThat(r.rows().get(1).line()).isEqualTo(4);
        assertThat(r.rows().get(1).date()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(r.rows().get(1).currency()).isEqualTo(Currency.SEK);
        assertThat(r.rows().get(1).text()).isEqualTo("Bus; Ålesund");
        assertThat(r.rows().get(1).amount()).isEqualTo(new BigDecimal("99.90"));
        assertThat(r.rows().get(2).amount()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(r.problems()).extracting(LedgerCsv.Problem::line).containsExactly(5, 6, 7, 8, 9);
        assertThat(r.problems()).extracting(LedgerCsv.Problem::code).containsExactly("budget-import-bad-date",
                "budget-amount-negative", "budget-import-bad-amount", "budget-currency-unknown",
                "budget-import-field-count");
    }

    @Test
    void commasWithoutHeaderAndWindowsLineEnds() {
        String csv = "2026-01-05,Org A,equipment,\"1500,75\",EUR,Laptop\r\n2026-01-06,Org A,other,12.5,NOK,\r\n";
        var r = LedgerCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).extracting(LedgerCsv.Row::line).containsExactly(1, 2);
        assertThat(r.rows().get(0).amount()).isEqualTo(new BigDecimal("1500.75"));
        assertThat(r.rows().get(1).text()).isNull();
    }
}
