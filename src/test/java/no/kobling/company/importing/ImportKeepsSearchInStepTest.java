package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** An import written with JDBC is searchable as soon as the run ends, and a renamed company is found by its new name. */
@Tag("search")
@IntegrationTest
class ImportKeepsSearchInStepTest {

    @Autowired
    CompanyImporter importer;
    @Autowired
    CompanySearch search;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importedCompaniesAreFoundWithoutNordicLetters() throws Exception {
        jdbc.update("delete from company_company where country_code = 'NO' and org_number = '993020923'");
        String csv = ImportTestSupport.resource("brreg_enheter_sample.csv");
        run(csv);
        assertThat(names("Tonsberglivet")).contains("TØNSBERGLIVET AS");

        run(csv.replace("TØNSBERGLIVET AS", "TØNSBERG SENTRUMSLIV AS"));
        assertThat(names("sentrumsliv")).contains("TØNSBERG SENTRUMSLIV AS");
        assertThat(names("Tonsberglivet")).doesNotContain("TØNSBERGLIVET AS");
    }

    private void run(String content) throws Exception {
        Path file = ImportTestSupport.file(".csv", content);
        long id = importer.createRun(ImportFormat.BRREG_CSV, "sample.csv", "test");
        importer.run(id, ImportFormat.BRREG_CSV, file, "test", c -> { });
    }

    private java.util.List<String> names(String text) {
        return no.kobling.identity.SystemAccess.run(() -> search.search(CompanyQuery.text(text),
                PageRequest.of(0, 20)).page().getContent().stream().map(CompanyHit::name).toList());
    }
}
