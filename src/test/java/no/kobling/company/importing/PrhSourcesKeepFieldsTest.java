package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding 8.5: the PRH TR list (business id, name, registration date, company form) imported over a company from
 * PRH v3 erases nothing it does not carry, and the company form stays in one code system (the abbreviation).
 */
@IntegrationTest
class PrhSourcesKeepFieldsTest {

    @Autowired
    CompanyImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFormatKeepsWhatVersion3Gave() throws Exception {
        String one = TestNumbers.finland();
        String two = TestNumbers.finland();
        run(ImportTestSupport.replace(ImportTestSupport.resource("prh-v3.json"), Map.of("ORG1", one, "ORG2", two)));
        Map<String, Object> rich = row(one);
        assertThat(rich).containsEntry("LEGAL_FORM", "OY").containsEntry("LEGAL_FORM_NAME", "Osakeyhtiö")
                .containsEntry("WEBSITE", "www.pohjoinentesti.fi").containsEntry("BUSINESS_ADDRESS", "Kauppakatu 5");

        run(ImportTestSupport.replace(ImportTestSupport.resource("prh-tr-v1-list.json"), Map.of("ORG1", one)));

        Map<String, Object> after = row(one);
        for (String column : new String[] {"MUNICIPALITY_ID", "NATIONAL_INDUSTRY_CODE", "NACE_CODE",
            "BUSINESS_ADDRESS", "BUSINESS_POSTAL_CODE", "BUSINESS_CITY", "POSTAL_ADDRESS", "POSTAL_CODE",
            "POSTAL_CITY", "WEBSITE", "STATUS", "NAME", "REGISTERED_ON"}) {
            assertThat(after.get(column)).as(column).isNotNull().isEqualTo(rich.get(column));
        }
        assertThat(after).containsEntry("LEGAL_FORM", "OY").containsEntry("LEGAL_FORM_NAME", "Osakeyhtiö");
        assertThat(jdbc.queryForList("select f.name from company_former_name f join company_company c on "
                + "c.id = f.company_id where c.country_code = 'FI' and c.org_number = ?", String.class, one))
                .containsExactly("Vanha Testi Oy");
    }

    @Test
    void aFieldThatIsPresentButEmptyIsCleared() throws Exception {
        String one = TestNumbers.finland();
        String two = TestNumbers.finland();
        String v3 = ImportTestSupport.replace(ImportTestSupport.resource("prh-v3.json"), Map.of("ORG1", one,
                "ORG2", two));
        run(v3);
        assertThat(row(one)).containsEntry("WEBSITE", "www.pohjoinentesti.fi");

        run(v3.replace("\"website\":{\"url\":\"www.pohjoinentesti.fi\"}", "\"website\":null"));

        assertThat(row(one).get("WEBSITE")).isNull();
    }

    private void run(String json) throws Exception {
        Path file = ImportTestSupport.file(".json", json);
        long id = importer.createRun(ImportFormat.PRH_JSON, "prh.json", "test");
        importer.run(id, ImportFormat.PRH_JSON, file, "test", c -> { });
    }

    private Map<String, Object> row(String org) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.queryForMap("select * from company_company where country_code = 'FI' and org_number = ?", org)
                .forEach((k, v) -> row.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return row;
    }
}
