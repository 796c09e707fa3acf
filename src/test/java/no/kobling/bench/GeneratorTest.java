package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.company.OrganisationNumbers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fast correctness check of the benchmark data generator (the benchmark itself runs outside the suite). */
class GeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<SyntheticCompany> generate(String country, int n, long seed, boolean deleted) {
        List<SyntheticCompany> list = new ArrayList<>(n);
        new CompanyGenerator(country, n, seed, deleted).forEachRemaining(list::add);
        return list;
    }

    private static Set<String> municipalityCodes(String resource) {
        return Reference.rows(resource).stream().map(r -> r.get(0)).collect(Collectors.toSet());
    }

    private static Set<String> naceClasses() {
        return Reference.rows("geo/nace_rev2.csv").stream().filter(r -> r.get(1).equals("4")).map(r -> r.get(2))
                .collect(Collectors.toSet());
    }

    @Test
    void brregJsonIsAValidBulkArrayWithValidNumbersMunicipalitiesAndNaceCodes() throws Exception {
        StringWriter out = new StringWriter();
        BrregWriter.writeJsonArray(generate("NO", 1000, 7, true), out);
        JsonNode array = JSON.readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(1000);
        Set<String> municipalities = municipalityCodes("geo/norway_municipalities.csv");
        Set<String> nace = naceClasses();
        Set<String> numbers = new HashSet<>();
        int deleted = 0;
        for (JsonNode e : array) {
            String number = e.get("organisasjonsnummer").asString();
            assertThat(OrganisationNumbers.isValid("NO", number)).as(number).isTrue();
            numbers.add(number);
            assertThat(e.get("navn").asString()).isNotBlank();
            if (e.has("slettedato")) {
                deleted++;
                continue;
            }
            assertThat(municipalities).contains(e.get("forretningsadresse").get("kommunenummer").asString());
            String industry = e.get("naeringskode1").get("kode").asString();
            assertThat(industry).matches("\\d\\d\\.\\d{3}");
            assertThat(nace).contains(industry.substring(0, 5));
        }
        assertThat(numbers).hasSize(1000);
        assertThat(deleted).isBetween(1, 30);
    }

    @Test
    void brregCsvHasTheRealHeaderAnd54QuotedFieldsPerRow() {
        List<SyntheticCompany> companies = generate("NO", 1000, 7, false);
        assertThat(BrregWriter.CSV_HEADER).hasSize(54).startsWith("organisasjonsnummer", "navn")
                .endsWith("aktivitet");
        Set<String> municipalities = municipalityCodes("geo/norway_municipalities.csv");
        int column = BrregWriter.CSV_HEADER.indexOf("forretningsadresse.kommunenummer");
        for (SyntheticCompany c : companies) {
            String row = BrregWriter.csvRow(c);
            assertThat(row).startsWith("\"").endsWith("\"");
            List<String> fields = Reference.splitCsv(row);
            assertThat(fields).hasSize(54);
            assertThat(OrganisationNumbers.isValid("NO", fields.get(0))).isTrue();
            assertThat(municipalities).contains(fields.get(column));
            assertThat(fields.get(BrregWriter.CSV_HEADER.indexOf("konkurs"))).isIn("true", "false");
        }
        assertThat(companies).noneMatch(c -> c.status().equals("DELETED"));
    }

    @Test
    void distributionsAreSkewedLikeTheRealRegister() {
        List<SyntheticCompany> companies = generate("NO", 20_000, 3, true);
        long small = companies.stream().filter(c -> c.employees() == null || c.employees() < 5).count();
        long large = companies.stream().filter(c -> c.employees() != null && c.employees() >= 250).count();
        assertThat(small).isGreaterThan(17_000);
        assertThat(large).isBetween(10L, 200L);
        assertThat(companies.stream().mapToInt(c -> c.employees() == null ? 0 : c.employees()).max().getAsInt())
                .isGreaterThan(1000);
        long oslo = companies.stream().filter(c -> c.municipality().code().equals("0301")).count();
        assertThat(oslo).isBetween(2_000L, 5_000L);
        Map<String, Long> byNace = companies.stream()
                .collect(Collectors.groupingBy(c -> c.nace().code(), HashMap::new, Collectors.counting()));
        long top10 = byNace.values().stream().sorted((a, b) -> Long.compare(b, a)).limit(10).mapToLong(Long::longValue)
                .sum();
        assertThat(top10).isGreaterThan(20_000 / 5); // real register: top ten classes ~ a quarter
        assertThat(byNace.size()).isGreaterThan(300);
        Map<String, Long> forms = companies.stream()
                .collect(Collectors.groupingBy(SyntheticCompany::legalForm, Collectors.counting()));
        assertThat(forms.get("ENK") + forms.get("AS")).isGreaterThan(20_000 * 3 / 4);
        assertThat(companies).anyMatch(c -> c.status().equals("BANKRUPT"))
                .anyMatch(c -> c.status().equals("IN_LIQUIDATION")).anyMatch(c -> c.status().equals("DELETED"));
        assertThat(companies.stream().filter(c -> c.name().matches(".*[ÆØÅ].*")).count()).isGreaterThan(2_000);
    }

    @Test
    void sameSeedSameCompaniesOtherSeedOtherCompanies() {
        List<String> a = generate("NO", 200, 11, true).stream().map(BrregWriter::json).toList();
        List<String> b = generate("NO", 200, 11, true).stream().map(BrregWriter::json).toList();
        List<String> c = generate("NO", 200, 12, true).stream().map(BrregWriter::json).toList();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void swedishAndFinnishVariantsHaveValidNumbersAndMunicipalities() throws Exception {
        Set<String> fiMunicipalities = municipalityCodes("geo/finland_municipalities.csv");
        StringWriter out = new StringWriter();
        List<SyntheticCompany> fi = generate("FI", 1000, 5, true);
        NordicWriters.writePrh(fi, fi.size(), out);
        JsonNode companies = JSON.readTree(out.toString()).get("companies");
        assertThat(companies.size()).isEqualTo(1000);
        Set<String> ids = new HashSet<>();
        for (JsonNode c : companies) {
            String id = c.get("businessId").get("value").asString();
            assertThat(OrganisationNumbers.isValid("FI", id)).as(id).isTrue();
            ids.add(id);
            assertThat(fiMunicipalities)
                    .contains(c.get("addresses").get(0).get("postOffices").get(0).get("municipalityCode").asString());
            assertThat(c.get("mainBusinessLine").get("type").asString()).matches("\\d{5}");
        }
        assertThat(ids).hasSize(1000);

        String header = NordicWriters.scbHeader();
        assertThat(header.split("\t")).hasSize(36).contains("PeOrgNr", "mPeOrgNr");
        for (SyntheticCompany c : generate("SE", 1000, 5, true)) {
            String[] fields = NordicWriters.scbRow(c).split("\t", -1);
            assertThat(fields).hasSize(36);
            assertThat(OrganisationNumbers.isValid("SE", fields[13])).as(fields[13]).isTrue();
            assertThat(StandardCharsets.ISO_8859_1.newEncoder().canEncode(NordicWriters.scbRow(c))).isTrue();
        }
    }

    @Test
    void theSwedishFileHoldsTheCountOfCompaniesTheImporterStoresPlusSoleTraders() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("scb", ".txt");
        try {
            Generate.write("scb", 2000, 3, file);
            List<String> rows = java.nio.file.Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            List<String[]> companies = rows.subList(1, rows.size()).stream().map(r -> r.split("\t", -1)).toList();
            // the importer (ScbSource) refuses JurForm 10 and personnummer (century 19/20): count what remains
            long stored = companies.stream()
                    .filter(f -> !"10".equals(f[6]) && !f[13].startsWith("1619") && !f[13].startsWith("1620")).count();
            assertThat(stored).isEqualTo(2000);
            assertThat(companies.size() - stored).as("sole traders, as in SCB's file").isBetween(800L, 1400L);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
