package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.FacetValue;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.company.search.CompanySearchResult;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

@Tag("search")
@IntegrationTest
class CompanySearchTest {

    @Autowired
    CompanyService companies;
    @Autowired
    CompanySearch search;
    @Autowired
    Geography geography;
    @Autowired
    Actors actors;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    CompanyTestData data;
    String tag;

    @BeforeEach
    void setUp() {
        data = new CompanyTestData(companies, geography);
        tag = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "x");
    }

    private List<CompanyHit> find(CompanyQuery query) {
        return SystemAccess.run(() -> search.search(query, PageRequest.of(0, 50)).page().getContent());
    }

    @Test
    void alesundWithoutTheNordicLetterFindsÅlesund() {
        CompanyView c = data.create("Ålesundbryggen " + tag + " AS", "1508", "62.010".substring(0, 5), 3, null,
                Set.of());
        assertThat(find(CompanyQuery.text("Alesundbryggen " + tag))).extracting(CompanyHit::id).contains(c.id());
    }

    @Test
    void typosAreTolerated() {
        CompanyView c = data.create("Fjordlaksen " + tag, "1508", null, 12, null, Set.of());
        assertThat(find(CompanyQuery.text("Fjordlaksn " + tag))).extracting(CompanyHit::id).contains(c.id());
        assertThat(find(CompanyQuery.text("Fjordlaksen"))).extracting(CompanyHit::id).contains(c.id());
    }

    @Test
    void descriptionsAreSearchedWithStemming() {
        CompanyView c = data.create("Tekstbedrift " + tag, "1508", null, 1, "Vi lager møterommene for "
                + tag, Set.of());
        assertThat(find(CompanyQuery.text(tag))).extracting(CompanyHit::id).contains(c.id());
    }

    @Test
    void naceFilterMatchesEveryLevelOfTheHierarchy() {
        CompanyView it = data.create("Kodeverket " + tag, "1508", "62.01", 7, null, Set.of());
        CompanyView fish = data.create("Fiskeriet " + tag, "1508", "03.11", 7, null, Set.of());
        for (String level : List.of("J", "62", "62.0", "62.01")) {
            List<Long> ids = find(new CompanyQuery(tag, null, null, null, null, level, null, null, null)).stream()
                    .map(CompanyHit::id).toList();
            assertThat(ids).as(level).contains(it.id()).doesNotContain(fish.id());
        }
    }

    @Test
    void facetCountsMatchTheHits() {
        data.create("Facett en " + tag, "1508", "62.01", 0, null, Set.of("WOMEN"));
        data.create("Facett to " + tag, "1532", "03.11", 3, null, Set.of("WOMEN", "YOUTH"));
        data.create("Facett tre " + tag, "1532", "62.01", 60, null, Set.of());
        CompanySearchResult result = SystemAccess.run(() -> search.search(
                new CompanyQuery(tag, null, null, null, null, null, null, null, null), PageRequest.of(0, 50)));
        assertThat(result.page().getTotalElements()).isEqualTo(3);
        assertThat(counts(result.facets().sizeBand())).containsEntry("NONE", 1L).containsEntry("MICRO", 1L)
                .containsEntry("MEDIUM", 1L);
        assertThat(counts(result.facets().targetGroup())).containsEntry("WOMEN", 2L).containsEntry("YOUTH", 1L);
        assertThat(counts(result.facets().naceSection())).containsEntry("J", 2L).containsEntry("A", 1L);
        assertThat(counts(result.facets().country())).containsEntry("NO", 3L);
        long sizeFiltered = find(new CompanyQuery(tag, null, null, null, null, null, "MICRO", null, null)).size();
        assertThat(sizeFiltered).isEqualTo(1);
    }

    @Test
    void partnershipAreaFilterKeepsCompaniesOfItsMunicipalities() {
        CompanyView giske = data.create("Områdebedrift " + tag, "1532", null, 2, null, Set.of());
        CompanyView oslo = data.create("Områdebedrift Oslo " + tag, "0301", null, 2, null, Set.of());
        long partnership = SystemAccess.run(() -> actors.partnershipIdByName(
                "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet").orElseThrow());
        List<Long> ids = find(new CompanyQuery(tag, null, null, null, partnership, null, null, null, null)).stream()
                .map(CompanyHit::id).toList();
        assertThat(ids).contains(giske.id()).doesNotContain(oslo.id());
    }

    @Test
    void anyInputAnswers200Or400WithACode() throws Exception {
        // issue 11 finding 6: a search with any text answers 200, or 400 with a code (a text over the length limit)
        String big = "x".repeat(10_000);
        for (String q : List.of("\"", "AND OR (", big, "🚀🙂", "", "name:*", "a~~~ ^2 [x TO y]", "\\")) {
            for (String path : List.of("/api/v1/companies", "/companies", "/api/v1/companies/suggest")) {
                var response = mvc.perform(get(path).param("q", q).with(SecurityMockMvcRequestPostProcessors.user(
                        users.loadUserByUsername("radgiver")))).andReturn().getResponse();
                assertThat(response.getStatus()).as("%s?q=%s", path, q.length() > 20 ? q.substring(0, 20) : q)
                        .isIn(200, 400);
                if (response.getStatus() == 400 && path.startsWith("/api")) {
                    assertThat(response.getContentAsString()).contains("\"code\"");
                }
                if (!q.equals(big)) {
                    assertThat(response.getStatus()).as("an ordinary text %s on %s", q, path).isEqualTo(200);
                }
            }
        }
    }

    private static java.util.Map<String, Long> counts(List<FacetValue> values) {
        return values.stream().collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
    }
}
