package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.persistence.ImportRunStore.Counts;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real 20-row Enhetsregisteret CSV sample: every field of three rows, re-import, a modified copy. */
@IntegrationTest
class BrregCsvImportTest {

    static final List<String> SAMPLE_NUMBERS = List.of("832175692", "993020923", "920024785", "927717468",
            "919602139", "837723272", "930219746", "931574728", "938266158", "931166670", "971386231", "964019681",
            "920006280", "993534676", "955910036", "984175426", "974790491", "864993982", "929414888", "919160675");

    @Autowired
    CompanyImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetTheSampleCompanies() {
        // the sample has fixed numbers: start from a register without them
        jdbc.update("delete from company_company where country_code = 'NO' and org_number in ("
                + String.join(",", SAMPLE_NUMBERS.stream().map(n -> "'" + n + "'").toList()) + ")");
    }

    Counts run(String content) throws Exception {
        Path file = ImportTestSupport.file(".csv", content);
        long id = importer.createRun(ImportFormat.BRREG_CSV, "sample.csv", "test");
        lastRun = id;
        return importer.run(id, ImportFormat.BRREG_CSV, file, "test", c -> { });
    }

    long lastRun;

    @Test
    void importsEveryFieldOfTheRealSampleAndReimportsUnchanged() throws Exception {
        String csv = ImportTestSupport.resource("brreg_enheter_sample.csv");
        Counts first = run(csv);
        assertThat(first).isEqualTo(new Counts(20, 20, 0, 0, 0));
        long firstRun = lastRun;

        Map<String, Object> ways = row("832175692");
        assertThat(ways).containsEntry("NAME", "WAYS AS").containsEntry("LEGAL_FORM", "AS")
                .containsEntry("LEGAL_FORM_NAME", "Aksjeselskap").containsEntry("NATIONAL_INDUSTRY_CODE", "62.010")
                .containsEntry("NACE_CODE", "62.01").containsEntry("MUNICIPALITY", "0301")
                .containsEntry("POSTAL_ADDRESS", "Postboks 2075 Vika").containsEntry("POSTAL_CODE", "0125")
                .containsEntry("POSTAL_CITY", "OSLO").containsEntry("BUSINESS_ADDRESS", "Rådhusgata 5B")
                .containsEntry("BUSINESS_POSTAL_CODE", "0151").containsEntry("BUSINESS_CITY", "OSLO")
                .containsEntry("WEBSITE", null).containsEntry("EMAIL", null).containsEntry("PHONE", null)
                .containsEntry("EMPLOYEES", "5").containsEntry("FOUNDED_ON", "2023-07-07")
                .containsEntry("REGISTERED_ON", "2023-10-03").containsEntry("STATUS", "ACTIVE")
                .containsEntry("STATUS_DATE", null).containsEntry("SOURCE", "BRREG")
                .containsEntry("LAST_IMPORT_RUN_ID", String.valueOf(firstRun));
        assertThat(row("993020923")).containsEntry("NAME", "TØNSBERGLIVET AS").containsEntry("LEGAL_FORM", "AS")
                .containsEntry("LEGAL_FORM_NAME", "Aksjeselskap").containsEntry("NATIONAL_INDUSTRY_CODE", "70.220")
                .containsEntry("NACE_CODE", "70.22").containsEntry("MUNICIPALITY", "3905")
                .containsEntry("POSTAL_ADDRESS", "Fjordgaten 13A").containsEntry("POSTAL_CODE", "3125")
                .containsEntry("POSTAL_CITY", "TØNSBERG").containsEntry("BUSINESS_ADDRESS", "Storgaten 32")
                .containsEntry("BUSINESS_POSTAL_CODE", "3126").containsEntry("BUSINESS_CITY", "TØNSBERG")
                .containsEntry("WEBSITE", "www.tbgsentrum.no").containsEntry("EMPLOYEES", null)
                .containsEntry("FOUNDED_ON", "2008-08-15").containsEntry("REGISTERED_ON", "2008-09-01")
                .containsEntry("STATUS", "ACTIVE").containsEntry("DESCRIPTION", null);
        assertThat(row("920024785")).containsEntry("NAME", "BERNHARD MOE AS").containsEntry("LEGAL_FORM", "AS")
                .containsEntry("NATIONAL_INDUSTRY_CODE", "46.694").containsEntry("NACE_CODE", "46.69")
                .containsEntry("MUNICIPALITY", "5001").containsEntry("POSTAL_ADDRESS", null)
                .containsEntry("POSTAL_CODE", null).containsEntry("POSTAL_CITY", null)
                .containsEntry("BUSINESS_ADDRESS", "Vikelvfaret 2").containsEntry("BUSINESS_POSTAL_CODE", "7054")
                .containsEntry("BUSINESS_CITY", "RANHEIM").containsEntry("WEBSITE", "www.bemo.no")
                .containsEntry("EMPLOYEES", "6").containsEntry("FOUNDED_ON", "2017-10-11")
                .containsEntry("REGISTERED_ON", "2017-12-05").containsEntry("STATUS", "ACTIVE");
        // sector code 16 of the sample: SAMEIET has no industry code, VÅR ENERGI has business 1108 / postal 1103
        assertThat(row("984175426")).containsEntry("NATIONAL_INDUSTRY_CODE", null).containsEntry("NACE_CODE", null);
        assertThat(row("919160675")).containsEntry("MUNICIPALITY", "1108").containsEntry("EMPLOYEES", "1075");
        assertThat(jdbc.queryForObject("select count(*) from company_change where import_run_id = ? and kind = "
                + "'CREATED'", Long.class, firstRun)).isEqualTo(20);

        Counts again = run(csv);
        assertThat(again).isEqualTo(new Counts(20, 0, 0, 20, 0));
        assertThat(row("832175692")).containsEntry("LAST_IMPORT_RUN_ID", String.valueOf(firstRun));
    }

    @Test
    void modifiedCopyUpdatesMapsAndRejectsWithLineNumbersAndKeepsGoodRows() throws Exception {
        String csv = ImportTestSupport.resource("brreg_enheter_sample.csv");
        run(csv);
        jdbc.update("update company_company set description = 'Written by an advisor' where org_number = '832175692'");
        String modified = csv
                .replace("\"832175692\",\"WAYS AS\"", "\"832175692\",\"WAYS NORGE AS\"")
                .replace("\"920024785\",\"BERNHARD MOE AS\"", "\"920024786\",\"BERNHARD MOE AS\"");
        modified = replaceInRecord(modified, "930219746", "\"3907\"", "\"3001\"");
        modified = replaceInRecord(modified, "931166670", "\"1149\"", "\"1507\"");
        modified = replaceInRecord(modified, "938266158", "\"1508\"", "\"1507\"");

        Counts counts = run(modified);
        assertThat(counts).isEqualTo(new Counts(20, 0, 2, 16, 2));
        List<Map<String, Object>> rejections = jdbc.queryForList("select record_number, org_number, reason_code "
                + "from company_import_rejection where import_run_id = ? order by record_number", lastRun);
        assertThat(rejections).hasSize(2);
        assertThat(rejections.get(0)).containsEntry("RECORD_NUMBER", ImportTestSupport.lineOf(modified, "920024786"))
                .containsEntry("ORG_NUMBER", "920024786").containsEntry("REASON_CODE", "invalid-org-number");
        assertThat(rejections.get(1)).containsEntry("RECORD_NUMBER", ImportTestSupport.lineOf(modified, "931166670"))
                .containsEntry("REASON_CODE", "pre-2024-municipality-code");

        assertThat(row("832175692")).containsEntry("NAME", "WAYS NORGE AS")
                .containsEntry("DESCRIPTION", "Written by an advisor");
        assertThat(jdbc.queryForObject("select changed_fields from company_change c join company_company k on "
                + "k.id = c.company_id where k.org_number = '832175692' and c.import_run_id = ?", String.class, lastRun))
                .isEqualTo("name");
        assertThat(row("930219746")).containsEntry("MUNICIPALITY", "3101");
        assertThat(row("931166670")).containsEntry("MUNICIPALITY", "1149");
        assertThat(row("938266158")).containsEntry("MUNICIPALITY", "1508");
        assertThat(row("920024785")).containsEntry("NAME", "BERNHARD MOE AS");
        assertThat(jdbc.queryForObject("select count(*) from company_company where org_number = '920024786'",
                Long.class)).isZero();
    }

    static String replaceInRecord(String csv, String orgNumber, String from, String to) {
        String[] lines = csv.split("\n", -1);
        int i = (int) ImportTestSupport.lineOf(csv, orgNumber) - 1;
        lines[i] = lines[i].replace(from, to);
        return String.join("\n", lines);
    }

    Map<String, Object> row(String orgNumber) {
        Map<String, Object> raw = jdbc.queryForMap("select c.*, m.code as municipality from company_company c "
                + "left join geo_municipality m on m.id = c.municipality_id where c.country_code = 'NO' and "
                + "c.org_number = ?", orgNumber);
        Map<String, Object> out = new java.util.HashMap<>();
        raw.forEach((k, v) -> out.put(k.toUpperCase(java.util.Locale.ROOT), v == null ? null : v.toString()));
        return out;
    }
}
