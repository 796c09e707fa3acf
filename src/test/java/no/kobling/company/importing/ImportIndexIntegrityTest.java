package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.kobling.company.application.Views.FacetValue;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.company.search.CompanySearchResult;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

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

    private void run(String content) throws Exception {
        Path file = ImportTestSupport.file(".csv", content);
        long id = importer.createRun(ImportFormat.BRREG_CSV, "one.csv", "test");
        importer.run(id, ImportFormat.BRREG_CSV, file, "test", c -> { });
    }

    CompanySearchResult find(String text) {
        return SystemAccess.run(() -> search.search(CompanyQuery.text(text), PageRequest.of(0, 20)));
    }
}
