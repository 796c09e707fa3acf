package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.kobling.company.application.Views.FacetValue;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.RegisterStatus;
import no.kobling.company.importing.domain.ValidCompany;
import no.kobling.company.importing.persistence.CompanyDocuments;
import no.kobling.company.importing.persistence.CompanyUpserter;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.company.search.CompanySearchResult;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finding 8.1: an import that updates a company replaces its search document instead of adding a second one. */
@Tag("search")
@IntegrationTest
class ImportIndexIntegrityTest {

    static final String HEADER = "\"organisasjonsnummer\",\"navn\",\"organisasjonsform.kode\","
            + "\"organisasjonsform.beskrivelse\",\"naeringskode1.kode\",\"hjemmeside\",\"forretningsadresse.adresse\","
            + "\"forretningsadresse.poststed\",\"forretningsadresse.postnummer\",\"forretningsadresse.kommunenummer\"\n";

    @Autowired
    CompanyImporter importer;
    @Autowired
    CompanySearch search;
    @Autowired
    CompanyDocuments documents;
    @Autowired
    JdbcTemplate jdbc;

    static String word() {
        StringBuilder sb = new StringBuilder("Kobtest");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    static String row(String org, String name, String street) {
        return "\"" + org + "\",\"" + name + "\",\"AS\",\"Aksjeselskap\",\"62.010\",\"\",\"" + street
                + "\",\"OSLO\",\"0151\",\"0301\"\n";
    }

    @Test
    void reImportingAChangedCompanyLeavesOneDocument() throws Exception {
        String org = TestNumbers.norway();
        String word = word();
        String name = word + " AS";
        run(HEADER + row(org, name, "Storgata 1"));
        run(HEADER + row(org, name, "Storgata 2"));
        run(HEADER + row(org, name, "Storgata 3"));

        CompanySearchResult result = find(word);
        assertThat(result.page().getTotalElements()).isEqualTo(1);
        assertThat(result.page().getContent()).extracting(h -> h.orgNumber()).containsExactly(org);
        List<FacetValue> countries = result.facets().country();
        assertThat(countries).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(tuple("NO", 1L));
    }

    /**
     * A company the batch created is <em>added</em> to the index (no delete term per document), an updated one is
     * added or updated: either way the company has exactly one document, with its latest values.
     */
    @Test
    void aNewCompanyIsAddedOnceAndAnUpdatedOneReplaced() {
        String org = TestNumbers.norway();
        String word = word();
        // a row no one has indexed yet (plain SQL: no ORM event), as the import's batch statement leaves it
        jdbc.update("insert into company_company (country_code, org_number, name, status, source, created_at, "
                + "updated_at) values ('NO', ?, ?, 'ACTIVE', 'test', current_timestamp, current_timestamp)", org,
                word + " AS");
        long id = jdbc.queryForObject("select id from company_company where country_code = 'NO' and org_number = ?",
                Long.class, org);
        try (CompanyDocuments.Writer writer = documents.writer()) {
            writer.index(List.of(new CompanyUpserter.Written(id, valid(org, word + " AS"), true)));
            writer.flush();
            assertThat(writer.added()).isEqualTo(1);
        }
        assertThat(find(word).page().getContent()).extracting(h -> h.name()).containsExactly(word + " AS");

        jdbc.update("update company_company set name = ? where id = ?", word + " Holding AS", id);
        try (CompanyDocuments.Writer writer = documents.writer()) {
            writer.index(List.of(new CompanyUpserter.Written(id, valid(org, word + " Holding AS"), false)));
            writer.flush();
            assertThat(writer.added()).isZero();
        }
        assertThat(find(word).page().getContent()).extracting(h -> h.name()).containsExactly(word + " Holding AS");
    }

    static ValidCompany valid(String org, String name) {
        return new ValidCompany(1, "NO", org, name, List.of(), "AS", "Aksjeselskap", null, null, null, null, null,
                null, null, null, 3, null, null, RegisterStatus.ACTIVE, null, EnumSet.allOf(Column.class), "hash");
    }

    private void run(String content) throws Exception {
        Path file = ImportTestSupport.file(".csv", content);
        long id = importer.createRun(ImportFormat.BRREG_CSV, "one.csv", "test");
        importer.run(id, ImportFormat.BRREG_CSV, file, "test", c -> { });
    }

    CompanySearchResult find(String text) {
        return SystemAccess.run(() -> search.search(CompanyQuery.text(text), PageRequest.of(0, 20)));
    }
}
