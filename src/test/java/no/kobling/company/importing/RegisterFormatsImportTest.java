package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.application.ImportCommand;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportRunStore.Counts;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hand-made files of every format, the real PRH sample, corrupt files and the command line. */
@IntegrationTest
class RegisterFormatsImportTest {

    @Autowired
    CompanyImporter importer;
    @Autowired
    ImportRunStore runs;
    @Autowired
    ImportCommand command;
    @Autowired
    JdbcTemplate jdbc;

    long lastRun;

    Counts run(ImportFormat format, Path file) {
        lastRun = importer.createRun(format, file.getFileName().toString(), "test");
        return importer.run(lastRun, format, file, "test", c -> { });
    }

    @Test
    void brregJsonBulkPlainAndGzipPageAndSingleUnit() throws Exception {
        String one = TestNumbers.norway();
        String two = TestNumbers.norway();
        String three = TestNumbers.norway();
        byte[] bulk = ImportTestSupport.replace(ImportTestSupport.resource("brreg-bulk.json"),
                Map.of("ORG1", one, "ORG2", two, "ORG3", three)).getBytes(StandardCharsets.UTF_8);
        assertThat(run(ImportFormat.BRREG_JSON, ImportTestSupport.file(".json.gz", ImportTestSupport.gzip(bulk))))
                .isEqualTo(new Counts(4, 3, 0, 0, 1));
        assertThat(row("NO", one)).containsEntry("NAME", "FJORDKRAFT TEST AS").containsEntry("MUNICIPALITY", "1508")
                .containsEntry("EMAIL", "post@fjordtest.no").containsEntry("PHONE", "+47 70 00 00 00")
                .containsEntry("EMPLOYEES", "12").containsEntry("NACE_CODE", "62.01")
                .containsEntry("POSTAL_ADDRESS", "c/o Regnskap AS, Postboks 1");
        assertThat(row("NO", two)).containsEntry("STATUS", "BANKRUPT").containsEntry("STATUS_DATE", "2024-05-02")
                .containsEntry("MUNICIPALITY", "3101");
        assertThat(row("NO", three)).containsEntry("STATUS", "DELETED").containsEntry("STATUS_DATE", "2023-12-31");
        assertThat(run(ImportFormat.BRREG_JSON, ImportTestSupport.file(".json", bulk)))
                .isEqualTo(new Counts(4, 0, 0, 3, 1));

        String four = TestNumbers.norway();
        String five = TestNumbers.norway();
        String page = ImportTestSupport.replace(ImportTestSupport.resource("brreg-page.json"),
                Map.of("ORG1", four, "ORG2", five));
        assertThat(run(ImportFormat.BRREG_JSON, ImportTestSupport.file(".json", page)))
                .isEqualTo(new Counts(2, 2, 0, 0, 0));
        assertThat(row("NO", four)).containsEntry("MUNICIPALITY", "5501").containsEntry("STATUS", "IN_LIQUIDATION");
        assertThat(row("NO", five)).containsEntry("MUNICIPALITY", "1580").containsEntry("LEGAL_FORM", "ENK");

        // a deleted unit later: only status (and name/legal form) change, the address stays
        String deleted = "{\"organisasjonsnummer\":\"" + one + "\",\"navn\":\"FJORDKRAFT TEST AS\","
                + "\"organisasjonsform\":{\"kode\":\"AS\",\"beskrivelse\":\"Aksjeselskap\"},\"slettedato\":\"2025-01-31\"}";
        assertThat(run(ImportFormat.BRREG_JSON, ImportTestSupport.file(".json", deleted)))
                .isEqualTo(new Counts(1, 0, 1, 0, 0));
        assertThat(row("NO", one)).containsEntry("STATUS", "DELETED").containsEntry("MUNICIPALITY", "1508")
                .containsEntry("BUSINESS_ADDRESS", "Kongens gate 1");
    }

    @Test
    void prhLegacySampleAndVersion3() throws Exception {
        jdbc.update("delete from company_company where country_code = 'FI' and org_number = '2331972-7'");
        Path sample = ImportTestSupport.file(".json", ImportTestSupport.resource("prh_bis_v1_company_sample.json"));
        assertThat(run(ImportFormat.PRH_JSON, sample)).isEqualTo(new Counts(1, 1, 0, 0, 0));
        assertThat(row("FI", "2331972-7")).containsEntry("NAME", "Verso Food Oy").containsEntry("LEGAL_FORM", "OY")
                .containsEntry("LEGAL_FORM_NAME", "Osakeyhtiö").containsEntry("NATIONAL_INDUSTRY_CODE", "10890")
                .containsEntry("NACE_CODE", "10.89").containsEntry("MUNICIPALITY", "049")
                .containsEntry("BUSINESS_ADDRESS", "Loisteputki 4").containsEntry("BUSINESS_POSTAL_CODE", "00750")
                .containsEntry("BUSINESS_CITY", "HELSINKI").containsEntry("POSTAL_ADDRESS", "Loisteputki 4")
                .containsEntry("WEBSITE", "www.versofood.fi").containsEntry("PHONE", "+358 400 770 697")
                .containsEntry("REGISTERED_ON", "2010-04-20").containsEntry("STATUS", "ACTIVE")
                .containsEntry("SOURCE", "PRH");
        assertThat(formerNames("FI", "2331972-7")).containsExactly("Nofu Oy");
        assertThat(run(ImportFormat.PRH_JSON, sample)).isEqualTo(new Counts(1, 0, 0, 1, 0));

        String one = TestNumbers.finland();
        String two = TestNumbers.finland();
        Path v3 = ImportTestSupport.file(".json", ImportTestSupport.replace(ImportTestSupport.resource("prh-v3.json"),
                Map.of("ORG1", one, "ORG2", two)));
        assertThat(run(ImportFormat.PRH_JSON, v3)).isEqualTo(new Counts(2, 2, 0, 0, 0));
        assertThat(row("FI", one)).containsEntry("NAME", "Pohjoinen Testi Oy").containsEntry("LEGAL_FORM", "OY")
                .containsEntry("LEGAL_FORM_NAME", "Osakeyhtiö").containsEntry("NACE_CODE", "62.01")
                .containsEntry("MUNICIPALITY", "564").containsEntry("BUSINESS_ADDRESS", "Kauppakatu 5")
                .containsEntry("BUSINESS_CITY", "OULU").containsEntry("POSTAL_ADDRESS", "PL 12")
                .containsEntry("WEBSITE", "www.pohjoinentesti.fi").containsEntry("REGISTERED_ON", "2015-06-01");
        assertThat(formerNames("FI", one)).containsExactly("Vanha Testi Oy");
        assertThat(row("FI", two)).containsEntry("STATUS", "BANKRUPT").containsEntry("MUNICIPALITY", "091");
    }

    @Test
    void bolagsverketSkipsSoleTradersAndScbReadsLatin1() throws Exception {
        String one = TestNumbers.sweden();
        String two = TestNumbers.sweden();
        String three = TestNumbers.sweden();
        Path bolagsverket = ImportTestSupport.file(".txt", ImportTestSupport.replace(
                ImportTestSupport.resource("bolagsverket.txt"), Map.of("ORG1", one, "ORG2", two, "ORG3", three)));
        assertThat(run(ImportFormat.BOLAGSVERKET, bolagsverket)).isEqualTo(new Counts(4, 3, 0, 0, 1));
        assertThat(row("SE", one)).containsEntry("NAME", "Kiruna \"Test\" AB").containsEntry("LEGAL_FORM", "AB")
                .containsEntry("POSTAL_ADDRESS", "Box 1").containsEntry("POSTAL_CITY", "KIRUNA")
                .containsEntry("POSTAL_CODE", "98122").containsEntry("REGISTERED_ON", "2020-01-02")
                .containsEntry("SOURCE", "BOLAGSVERKET");
        assertThat(row("SE", two)).containsEntry("STATUS", "IN_LIQUIDATION")
                .containsEntry("POSTAL_ADDRESS", "c/o Per Persson, Storgatan 3");
        assertThat(row("SE", three)).containsEntry("STATUS", "DELETED");
        assertThat(jdbc.queryForList("select coalesce(org_number, '-') || ':' || reason_code from "
                + "company_import_rejection where import_run_id = ?", String.class, lastRun))
                .containsExactly("-:personal-identity-number");
        assertThat(jdbc.queryForObject("select count(*) from company_company where org_number like '%6501011234%'",
                Long.class)).isZero();

        String header = String.join("\t", "ForAndrTyp", "COAdress", "Foretagsnamn", "FtgStat", "Gatuadress", "JEStat",
                "JurForm", "Namn", "Ng1", "Ng2", "Ng3", "Ng4", "Ng5", "PeOrgNr", "PostNr", "PostOrt", "RegDatKtid",
                "Reklamsparrtyp", "Kommun");
        String scb = header + "\n"
                + String.join("\t", "", "", "", "1", "Storgatan 1", "1", "49", "Åkerö \"Bär\" AB", "62010", "", "",
                        "", "", "16" + one, "98122", "KIRUNA", "20200102", "1", "2584") + "\n"
                + String.join("\t", "", "", "", "1", "Väg 2", "1", "10", "Anna Andersson", "47110", "", "", "", "",
                        "196501011234", "97100", "LULEÅ", "20010101", "1", "2580") + "\n"
                + String.join("\t", "", "", "", "1", "Väg 3", "1", "49", "Fel Kommun AB", "47110", "", "", "", "",
                        "16" + three, "97100", "LULEÅ", "20010101", "1", "9999") + "\n";
        Path scbFile = ImportTestSupport.file(".txt", scb.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run(ImportFormat.SCB, scbFile)).isEqualTo(new Counts(3, 0, 1, 0, 2));
        assertThat(row("SE", one)).containsEntry("NAME", "Åkerö \"Bär\" AB").containsEntry("NACE_CODE", "62.01")
                .containsEntry("NATIONAL_INDUSTRY_CODE", "62010").containsEntry("MUNICIPALITY", "2584")
                .containsEntry("POSTAL_ADDRESS", "Storgatan 1").containsEntry("REGISTERED_ON", "2020-01-02")
                .containsEntry("SOURCE", "SCB");
        assertThat(jdbc.queryForList("select record_number || ':' || reason_code from company_import_rejection "
                + "where import_run_id = ? order by record_number", String.class, lastRun))
                .containsExactly("3:personal-identity-number", "4:unknown-municipality");
    }

    @Test
    void corruptFilesFailWithAClearMessage() throws Exception {
        String one = TestNumbers.norway();
        byte[] bulk = ImportTestSupport.replace(ImportTestSupport.resource("brreg-bulk.json"),
                Map.of("ORG1", one, "ORG2", TestNumbers.norway(), "ORG3", TestNumbers.norway()))
                .getBytes(StandardCharsets.UTF_8);
        byte[] gz = ImportTestSupport.gzip(bulk);
        Path truncated = ImportTestSupport.file(".json.gz", Arrays.copyOf(gz, gz.length - 40));
        run(ImportFormat.BRREG_JSON, truncated);
        var failed = runs.find(lastRun).orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failureKey()).isEqualTo("companyimport.failure.truncated");

        run(ImportFormat.SCB, ImportTestSupport.file(".csv", ImportTestSupport.resource("brreg_enheter_sample.csv")));
        var wrong = runs.find(lastRun).orElseThrow();
        assertThat(wrong.status()).isEqualTo("FAILED");
        assertThat(wrong.failureKey()).isEqualTo("companyimport.failure.wrong-format");
        assertThat(wrong.inserted() + wrong.updated()).isZero();

        String huge = "organisasjonsnummer,navn\n\"" + one + "\",\"" + "X".repeat(1_100_000) + "\"\n\""
                + TestNumbers.norway() + "\",\"SMALL AS\"\n";
        assertThat(run(ImportFormat.BRREG_CSV, ImportTestSupport.file(".csv", huge)))
                .isEqualTo(new Counts(2, 1, 0, 0, 1));
        assertThat(jdbc.queryForObject("select reason_code from company_import_rejection where import_run_id = ?",
                String.class, lastRun)).isEqualTo("record-too-long");
    }

    @Test
    void duplicateInFileKeepsTheFirst() throws Exception {
        String one = TestNumbers.norway();
        String csv = "organisasjonsnummer,navn\n\"" + one + "\",\"FIRST AS\"\n\"" + one + "\",\"SECOND AS\"\n";
        assertThat(run(ImportFormat.BRREG_CSV, ImportTestSupport.file(".csv", csv)))
                .isEqualTo(new Counts(2, 1, 0, 0, 1));
        assertThat(row("NO", one)).containsEntry("NAME", "FIRST AS");
        assertThat(jdbc.queryForObject("select record_number || ':' || reason_code from company_import_rejection "
                + "where import_run_id = ?", String.class, lastRun)).isEqualTo("3:duplicate-in-file");
    }

    @Test
    void commandLineRunsAndReturnsExitCodes() throws Exception {
        String one = TestNumbers.norway();
        Path good = ImportTestSupport.file(".csv", "organisasjonsnummer,navn\n\"" + one + "\",\"CLI AS\"\n"
                + "\"123456789\",\"BAD AS\"\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(command.run(List.of("--format", "brreg-csv", good.toString()), print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("COMPLETED").contains("1 inserted")
                .contains("record 3 (123456789): invalid-org-number");
        assertThat(row("NO", one)).containsEntry("NAME", "CLI AS");

        Path broken = ImportTestSupport.file(".json.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        assertThat(command.run(List.of("--format", "brreg-json", broken.toString()), print)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED at record");
        assertThat(command.run(List.of("--format", "nonsense", good.toString()), print)).isEqualTo(2);
        assertThat(command.run(List.of("--format", "scb"), print)).isEqualTo(2);
        assertThat(command.run(List.of("--format", "scb", "/no/such/file"), print)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: import --format");
    }

    List<String> formerNames(String country, String orgNumber) {
        return jdbc.queryForList("select f.name from company_former_name f join company_company c on c.id = "
                + "f.company_id where c.country_code = ? and c.org_number = ? order by f.id", String.class, country,
                orgNumber);
    }

    Map<String, Object> row(String country, String orgNumber) {
        Map<String, Object> raw = jdbc.queryForMap("select c.*, m.code as municipality from company_company c "
                + "left join geo_municipality m on m.id = c.municipality_id where c.country_code = ? and "
                + "c.org_number = ?", country, orgNumber);
        Map<String, Object> out = new HashMap<>();
        raw.forEach((k, v) -> out.put(k.toUpperCase(Locale.ROOT), v == null ? null : v.toString()));
        return out;
    }
}
