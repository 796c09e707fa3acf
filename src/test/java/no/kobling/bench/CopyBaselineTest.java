package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fast check of the COPY baseline's rows (the COPY itself runs only in bench/import.sh, on PostgreSQL). */
class CopyBaselineTest {

    @Test
    void oneCsvFieldPerTargetColumnWithNullsUnquoted() {
        CompanyGenerator generator = new CompanyGenerator("NO", 300, 9, true);
        int columns = CopyBaseline.COLUMNS.split(",").length;
        while (generator.hasNext()) {
            SyntheticCompany c = generator.next();
            String row = CopyBaseline.row(c, Map.of(c.municipality().code(), 42L));
            List<String> fields = Reference.splitCsv(row);
            assertThat(fields).hasSize(columns);
            assertThat(fields.get(0)).isEqualTo("NO");
            assertThat(fields.get(1)).isEqualTo(c.orgNumber());
            assertThat(fields.get(7)).isEqualTo("42");
            assertThat(fields.get(18)).isEqualTo(c.status());
            assertThat(fields.get(22)).hasSize(64);
            if (c.website() == null) {
                assertThat(row).contains(",,"); // NULL, not an empty string
            }
        }
    }
}
