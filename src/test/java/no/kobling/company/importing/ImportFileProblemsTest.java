package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Findings 8.3, 8.4 and 8.6: a file cut off keeps every complete record before the break and reports the break; a
 * file in the wrong encoding says so; a file of another format is refused naming the format it looks like.
 */
@IntegrationTest
class ImportFileProblemsTest {

    @Autowired
    CompanyImporter importer;
    @Autowired
    ImportRunStore runs;
    @Autowired
    JdbcTemplate jdbc;

    // ---- 8.3 cut off ----

    @Test
    void aJsonArrayCutOffKeepsTheCompleteRecords() throws Exception {
        List<String> orgs = orgs(3);
        String json = "[" + brregJson(orgs.get(0), "EN AS") + ",\n" + brregJson(orgs.get(1), "TO AS") + ",\n"
                + brregJson(orgs.get(2), "TRE AS") + "]";
        String cut = json.substring(0, json.indexOf(orgs.get(2)) + 4);

        ImportRunViewCheck run = run(ImportFormat.BRREG_JSON, cut.getBytes(StandardCharsets.UTF_8));

        assertThat(run.view.status()).isEqualTo("FAILED");
        assertThat(run.view.failureKey()).isEqualTo("companyimport.failure.truncated");
        assertThat(run.view.failureRecord()).isEqualTo(3);
        assertThat(stored(orgs)).containsExactly(orgs.get(0), orgs.get(1));
    }

    @Test
    void aCsvCutInsideAQuotedFieldKeepsTheLinesBefore() throws Exception {
        List<String> orgs = orgs(3);
        String csv = ImportIndexIntegrityTest.HEADER + ImportIndexIntegrityTest.row(orgs.get(0), "EN AS", "Gate 1")
                + ImportIndexIntegrityTest.row(orgs.get(1), "TO AS", "Gate 2")
                + ImportIndexIntegrityTest.row(orgs.get(2), "TRE AS", "Gate 3");
        String cutInQuotes = csv.substring(0, csv.indexOf("TRE A") + 3);
        String cutAfterAField = csv.substring(0, csv.indexOf("\"TRE AS\"") + "\"TRE AS\",".length());

        ImportRunViewCheck inQuotes = run(ImportFormat.BRREG_CSV, cutInQuotes.getBytes(StandardCharsets.UTF_8));
        assertThat(inQuotes.view.status()).isEqualTo("FAILED");
        assertThat(inQuotes.view.failureKey()).isEqualTo("companyimport.failure.truncated");
        assertThat(inQuotes.view.failureRecord()).isEqualTo(4);
        assertThat(stored(orgs)).containsExactly(orgs.get(0), orgs.get(1));

        ImportRunViewCheck afterField = run(ImportFormat.BRREG_CSV, cutAfterAField.getBytes(StandardCharsets.UTF_8));
        assertThat(afterField.view.failureKey()).isEqualTo("companyimport.failure.truncated");
        assertThat(afterField.view.failureRecord()).isEqualTo(4);
        assertThat(stored(orgs)).containsExactly(orgs.get(0), orgs.get(1));
    }

    @Test
    void aTruncatedGzipKeepsEveryLineThatCameOutWhole() throws Exception {
        List<String> orgs = orgs(300);
        StringBuilder csv = new StringBuilder(ImportIndexIntegrityTest.HEADER);
        for (int i = 0; i < orgs.size(); i++) {
            csv.append(ImportIndexIntegrityTest.row(orgs.get(i), "GZ " + i + " " + Integer.toHexString(i * 7919)
                    + " AS", "Vei " + i));
        }
        byte[] gz = ImportTestSupport.gzip(csv.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        List<String> expected = wholeLines(cut);
        assertThat(expected).isNotEmpty().hasSizeLessThan(orgs.size());

        ImportRunViewCheck run = run(ImportFormat.BRREG_CSV, cut);

        assertThat(run.view.status()).isEqualTo("FAILED");
        assertThat(run.view.failureKey()).isEqualTo("companyimport.failure.truncated");
        assertThat(stored(orgs)).containsExactlyElementsOf(expected);
    }

    // ---- 8.4 wrong encoding ----

    @Test
    void aFileInTheWrongEncodingSaysSo() throws Exception {
        String org = TestNumbers.norway();
        String json = "[" + brregJson(org, "BØLGEN ÆRE AS") + "]";
        assertWrongEncoding(ImportFormat.BRREG_JSON, json.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1");
        assertWrongEncoding(ImportFormat.BRREG_JSON, json.getBytes(StandardCharsets.UTF_16), "UTF-16");
        String csv = ImportIndexIntegrityTest.HEADER + ImportIndexIntegrityTest.row(org, "BØLGEN AS", "Gate 1");
        assertWrongEncoding(ImportFormat.BRREG_CSV, csv.getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1");
        assertWrongEncoding(ImportFormat.BRREG_CSV, csv.getBytes(StandardCharsets.UTF_16LE), "UTF-16");
        String scb = "PeOrgNr\tNamn\tNg1\tJurForm\n16" + TestNumbers.sweden() + "\tÅRE STUGBY AB\t55100\t49\n";
        assertWrongEncoding(ImportFormat.SCB, scb.getBytes(StandardCharsets.UTF_8), "UTF-8");
        assertThat(stored(List.of(org))).isEmpty();
    }

    private void assertWrongEncoding(ImportFormat format, byte[] content, String named) throws IOException {
        ImportRunViewCheck run = run(format, content);
        assertThat(run.view.status()).as(format + " " + named).isEqualTo("FAILED");
        assertThat(run.view.failureKey()).as(format + " " + named).isEqualTo("companyimport.failure.wrong-encoding");
        assertThat(run.view.failureDetail()).as(format + " " + named).contains(named);
    }

    // ---- 8.6 wrong format, both ways ----

    @Test
    void aFileOfAnotherFormatIsRefusedNamingIt() throws Exception {
        String no = TestNumbers.norway();
        String fi = TestNumbers.finland();
        byte[] brregJson = ImportTestSupport.replace(ImportTestSupport.resource("brreg-bulk.json"),
                Map.of("ORG1", no, "ORG2", TestNumbers.norway(), "ORG3", TestNumbers.norway()))
                .getBytes(StandardCharsets.UTF_8);
        byte[] prhJson = ImportTestSupport.replace(ImportTestSupport.resource("prh-v3.json"),
                Map.of("ORG1", fi, "ORG2", TestNumbers.finland())).getBytes(StandardCharsets.UTF_8);
        byte[] brregPage = ImportTestSupport.resource("brreg-page.json").getBytes(StandardCharsets.UTF_8);
        byte[] brregCsv = ImportTestSupport.resource("brreg_enheter_sample.csv").getBytes(StandardCharsets.UTF_8);
        byte[] scb = ("PeOrgNr\tNamn\tNg1\tJurForm\n16" + TestNumbers.sweden() + "\tARE STUGBY AB\t55100\t49\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertWrongFormat(ImportFormat.PRH_JSON, brregJson, "brreg-json");
        assertWrongFormat(ImportFormat.PRH_JSON, brregPage, "brreg-json");
        assertWrongFormat(ImportFormat.BRREG_JSON, prhJson, "prh-json");
        assertWrongFormat(ImportFormat.SCB, brregCsv, "brreg-csv");
        assertWrongFormat(ImportFormat.BOLAGSVERKET, brregCsv, "brreg-csv");
        assertWrongFormat(ImportFormat.BRREG_CSV, scb, "scb");
        assertWrongFormat(ImportFormat.BRREG_JSON, brregCsv, "brreg-csv");
        assertWrongFormat(ImportFormat.BRREG_CSV, prhJson, "prh-json");
        assertThat(stored(List.of(no))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from company_company where country_code = 'FI' and "
                + "org_number = ?", Long.class, fi)).isZero();
    }

    private void assertWrongFormat(ImportFormat chosen, byte[] content, String looksLike) throws IOException {
        ImportRunViewCheck run = run(chosen, content);
        assertThat(run.view.status()).as(chosen + " given " + looksLike).isEqualTo("FAILED");
        assertThat(run.view.failureKey()).as(chosen + " given " + looksLike)
                .isEqualTo("companyimport.failure.wrong-format");
        assertThat(run.view.failureDetail()).as(chosen + " given " + looksLike).contains("looks like " + looksLike);
        assertThat(run.view.inserted() + run.view.updated() + run.view.rejected()).isZero();
    }

    // ---- helpers ----

    private record ImportRunViewCheck(no.kobling.company.importing.ImportRunView view) {
    }

    private ImportRunViewCheck run(ImportFormat format, byte[] content) throws IOException {
        Path file = ImportTestSupport.file(".dat", content);
        long id = importer.createRun(format, "problem.dat", "test");
        importer.run(id, format, file, "test", c -> { });
        return new ImportRunViewCheck(runs.find(id).orElseThrow());
    }

    private static String brregJson(String org, String name) {
        return "{\"organisasjonsnummer\":\"" + org + "\",\"navn\":\"" + name + "\",\"organisasjonsform\":{\"kode\":"
                + "\"AS\",\"beskrivelse\":\"Aksjeselskap\"},\"forretningsadresse\":{\"postnummer\":\"0151\","
                + "\"poststed\":\"OSLO\",\"adresse\":[\"Gate 1\"],\"kommunenummer\":\"0301\"}}";
    }

    private static List<String> orgs(int n) {
        List<String> orgs = new ArrayList<>();
        while (orgs.size() < n) {
            String o = TestNumbers.norway();
            if (!orgs.contains(o)) {
                orgs.add(o);
            }
        }
        return orgs;
    }

    /** The organisation numbers of the stored companies among {@code orgs}, in the order of {@code orgs}. */
    private List<String> stored(List<String> orgs) {
        return orgs.stream().filter(o -> jdbc.queryForObject("select count(*) from company_company where "
                + "country_code = 'NO' and org_number = ?", Long.class, o) > 0).toList();
    }

    /** Decompresses as much of a cut gzip as comes out and returns the org numbers of the lines that ended. */
    private static List<String> wholeLines(byte[] cutGzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(cutGzip))) {
            byte[] buffer = new byte[256];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException expected) {
            // the cut
        }
        String text = out.toString(StandardCharsets.UTF_8);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        List<String> lines = new ArrayList<>(List.of(complete.split("\n")));
        lines.remove(0);
        return lines.stream().map(l -> l.substring(1, l.indexOf('"', 1))).toList();
    }
}
