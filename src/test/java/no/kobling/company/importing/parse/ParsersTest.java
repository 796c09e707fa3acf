package no.kobling.company.importing.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ImportFileException;
import no.kobling.company.importing.domain.ImportedCompany;
import no.kobling.company.importing.domain.RegisterStatus;
import no.kobling.company.importing.domain.SourceRecord;
import org.junit.jupiter.api.Test;

class ParsersTest {

    @Test
    void csvReaderHandlesQuotesEmbeddedNewlinesAndOverlongRecords() throws IOException {
        String text = "a,b,c\n\"x,1\",\"he said \"\"hi\"\"\",\"two\nlines\"\r\n" + "\"" + "y".repeat(50) + "\",2,3\n"
                + "last,\"\",end";
        CsvReader csv = new CsvReader(new StringReader(text), ',', true, 40);
        assertThat(csv.next().fields()).containsExactly("a", "b", "c");
        CsvReader.Row row = csv.next();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.fields()).containsExactly("x,1", "he said \"hi\"", "two\nlines");
        CsvReader.Row tooLong = csv.next();
        assertThat(tooLong.tooLong()).isTrue();
        assertThat(tooLong.line()).isEqualTo(4);
        CsvReader.Row last = csv.next();
        assertThat(last.line()).isEqualTo(5);
        assertThat(last.fields()).containsExactly("last", "", "end");
        assertThat(csv.next()).isNull();
    }

    @Test
    void brregCsvSampleYieldsTwentyRecordsWithLineNumbers() throws IOException {
        List<SourceRecord> records = all(ImportFormat.BRREG_CSV, resource("brreg_enheter_sample.csv"));
        assertThat(records).hasSize(20).allMatch(r -> r instanceof SourceRecord.Parsed);
        ImportedCompany ways = ((SourceRecord.Parsed) records.get(0)).company();
        assertThat(records.get(0).recordNumber()).isEqualTo(2);
        assertThat(ways.name()).isEqualTo("WAYS AS");
        assertThat(ways.municipalityCode()).isEqualTo("0301");
        assertThat(ways.provided()).doesNotContain(Column.EMAIL, Column.PHONE, Column.FORMER_NAMES);
        List<String> lines = resource("brreg_enheter_sample.csv").lines().toList();
        for (SourceRecord r : records) {
            String org = ((SourceRecord.Parsed) r).company().orgNumber();
            assertThat(lines.get((int) r.recordNumber() - 1)).startsWith("\"" + org + "\"");
        }
    }

    @Test
    void brregJsonPlainGzipPageAndSingleUnit() throws IOException {
        byte[] bulk = resource("brreg-bulk.json").replace("ORG1", "923609016").getBytes(StandardCharsets.UTF_8);
        List<SourceRecord> plain = all(ImportFormat.BRREG_JSON, bulk);
        List<SourceRecord> gz = all(ImportFormat.BRREG_JSON, gzip(bulk));
        assertThat(gz).hasSize(4).isEqualTo(plain);
        ImportedCompany first = ((SourceRecord.Parsed) plain.get(0)).company();
        assertThat(first.postal().street()).isEqualTo("c/o Regnskap AS, Postboks 1");
        assertThat(first.employees()).isEqualTo("12");
        assertThat(((SourceRecord.Parsed) plain.get(1)).company().status()).isEqualTo(RegisterStatus.BANKRUPT);
        ImportedCompany deleted = ((SourceRecord.Parsed) plain.get(2)).company();
        assertThat(deleted.status()).isEqualTo(RegisterStatus.DELETED);
        assertThat(deleted.provided()).containsExactlyInAnyOrder(Column.NAME, Column.LEGAL_FORM, Column.STATUS);
        assertThat(plain.get(3)).isInstanceOf(SourceRecord.Rejected.class);
        assertThat(plain.get(3).recordNumber()).isEqualTo(4);

        List<SourceRecord> page = all(ImportFormat.BRREG_JSON, resource("brreg-page.json"));
        assertThat(page).hasSize(2);
        assertThat(((SourceRecord.Parsed) page.get(0)).company().status()).isEqualTo(RegisterStatus.IN_LIQUIDATION);

        List<SourceRecord> single = all(ImportFormat.BRREG_JSON,
                "{\"organisasjonsnummer\":\"923609016\",\"navn\":\"EN AS\"}");
        assertThat(single).hasSize(1);
        assertThat(((SourceRecord.Parsed) single.get(0)).company().name()).isEqualTo("EN AS");
    }

    /**
     * The records of a bulk array are flattened from the parser's tokens, a single unit through a tree (issue 18.3,
     * second round): every record must come out the same both ways - nested objects, arrays of lines, numbers,
     * booleans, nulls, blanks, objects inside arrays (ignored), upper-case field names, -0, a big integer, floats.
     */
    @Test
    void bulkRecordsAreReadAsTheirTreeWouldBe() throws IOException {
        List<String> records = List.of(
                "{\"organisasjonsnummer\":\"923609016\",\"navn\":\"EN AS\",\"antallAnsatte\":12,"
                        + "\"konkurs\":true,\"konkursdato\":\"2020-01-02\",\"hjemmeside\":\"  \","
                        + "\"epostadresse\":null,\"forretningsadresse\":{\"adresse\":[\"Gate 1\",null,\"\",{\"x\":1},"
                        + "[\"y\"],\"Boks 2\"],\"postnummer\":\"0150\",\"poststed\":\"OSLO\",\"kommunenummer\":\"0301\"},"
                        + "\"organisasjonsform\":{\"kode\":\"AS\",\"beskrivelse\":\"Aksjeselskap\",\"links\":[]},"
                        + "\"naeringskode1\":{\"kode\":\"62.010\"},\"telefon\":\"22 00 00 00\"}",
                "{\"organisasjonsnummer\":\"923609016\",\"navn\":\"TO AS\",\"antallAnsatte\":12.0,\"registreringsdatoEnhetsregisteret\":123456789012345678901,"
                        + "\"underAvvikling\":\"true\",\"underAvviklingDato\":\"2021-03-04\",\"mobil\":[\"900\",\"901\"],"
                        + "\"postadresse\":{\"adresse\":[],\"kommunenummer\":\"5001\",\"land\":{\"kode\":\"NO\"}}}",
                "{\"organisasjonsnummer\":\"923609016\",\"navn\":\"TRE AS\",\"slettedato\":\"2022-05-06\","
                        + "\"organisasjonsform\":{\"kode\":\"ENK\"},\"antallAnsatte\":-0,\"stiftelsesdato\":1e3}");
        for (String record : records) {
            List<SourceRecord> fromTokens = all(ImportFormat.BRREG_JSON, "[" + record + "]");
            List<SourceRecord> fromTree = all(ImportFormat.BRREG_JSON, record);
            assertThat(fromTokens).hasSize(1);
            assertThat(fromTokens.get(0)).isInstanceOf(SourceRecord.Parsed.class);
            assertThat(((SourceRecord.Parsed) fromTokens.get(0)).company())
                    .isEqualTo(((SourceRecord.Parsed) fromTree.get(0)).company());
        }
        ImportedCompany first = ((SourceRecord.Parsed) all(ImportFormat.BRREG_JSON, "[" + records.get(0) + "]")
                .get(0)).company();
        assertThat(first.business().street()).isEqualTo("Gate 1, Boks 2");
        assertThat(first.employees()).isEqualTo("12");
        assertThat(first.website()).isNull();
        assertThat(first.provided()).doesNotContain(Column.EMAIL);
    }

    @Test
    void prhLegacySampleMapsNamesIndustryAddressesAndContacts() throws IOException {
        List<SourceRecord> records = all(ImportFormat.PRH_JSON, resource("prh_bis_v1_company_sample.json"));
        assertThat(records).hasSize(1);
        ImportedCompany c = ((SourceRecord.Parsed) records.get(0)).company();
        assertThat(c.orgNumber()).isEqualTo("2331972-7");
        assertThat(c.name()).isEqualTo("Verso Food Oy");
        assertThat(c.formerNames()).containsExactly("Nofu Oy");
        assertThat(c.legalForm()).isEqualTo("OY");
        assertThat(c.legalFormName()).isEqualTo("Osakeyhtiö");
        assertThat(c.industryCode()).isEqualTo("10890");
        assertThat(c.business().street()).isEqualTo("Loisteputki 4");
        assertThat(c.postal().postalCode()).isEqualTo("00750");
        assertThat(c.municipalityName()).isEqualTo("ESPOO");
        assertThat(c.website()).isEqualTo("www.versofood.fi");
        assertThat(c.phone()).isEqualTo("+358 400 770 697");
        assertThat(c.registeredOn()).isEqualTo("2010-04-20");
    }

    @Test
    void bolagsverketSkipsPersonnummerWithoutKeepingIt() throws IOException {
        List<SourceRecord> records = all(ImportFormat.BOLAGSVERKET, resource("bolagsverket.txt"));
        assertThat(records).hasSize(4);
        SourceRecord.Rejected person = (SourceRecord.Rejected) records.get(1);
        assertThat(person.reason()).isEqualTo("personal-identity-number");
        assertThat(person.orgNumber()).isNull();
        assertThat(person.recordNumber()).isEqualTo(4); // the first record spans lines 2-3
        ImportedCompany first = ((SourceRecord.Parsed) records.get(0)).company();
        assertThat(first.name()).isEqualTo("Kiruna \"Test\" AB");
        assertThat(first.postal().city()).isEqualTo("KIRUNA");
        assertThat(((SourceRecord.Parsed) records.get(2)).company().status()).isEqualTo(RegisterStatus.IN_LIQUIDATION);
        assertThat(((SourceRecord.Parsed) records.get(3)).company().status()).isEqualTo(RegisterStatus.DELETED);
    }

    @Test
    void corruptInputEndsWithAClearFailure() throws IOException {
        byte[] gz = gzip(resource("brreg-bulk.json").getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
        assertThatThrownBy(() -> all(ImportFormat.BRREG_JSON, truncated))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("companyimport.failure.truncated"));
        assertThatThrownBy(() -> all(ImportFormat.BRREG_CSV, resource("prh_bis_v1_company_sample.json")))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("companyimport.failure.wrong-format"));
        assertThatThrownBy(() -> all(ImportFormat.BRREG_JSON, resource("brreg_enheter_sample.csv")))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("companyimport.failure.wrong-format"));
        byte[] latin1 = "organisasjonsnummer,navn\n\"923609016\",\"BØ AS\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> all(ImportFormat.BRREG_CSV, latin1))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("companyimport.failure.wrong-encoding"));
    }

    static List<SourceRecord> all(ImportFormat format, String text) {
        return all(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<SourceRecord> all(ImportFormat format, byte[] bytes) {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordSource source = RecordSources.open(format, new ByteArrayInputStream(bytes))) {
            for (SourceRecord r = source.next(); r != null; r = source.next()) {
                out.add(r);
            }
        }
        return out;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ParsersTest.class.getResourceAsStream("/company-import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
