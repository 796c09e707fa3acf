package no.kobling.company.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.kobling.advisory.AdvisoryWorld;
import no.kobling.advisory.application.ActivityCommand;
import no.kobling.advisory.application.ActivityService;
import no.kobling.advisory.domain.Visibility;
import no.kobling.company.CompanyTestData;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.FacetValue;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Facet counts of text-free searches are cached per index generation (issue 18 point 4): the same search twice is
 * answered from the cache, and a company added through the service, changed, or written by an import (JDBC, then
 * indexed) shows in the very next search's counts and total. Searches with text are cached the same way, and an
 * activity logged for a company leaves the cache as it is (no company document changes). Expected counts are the
 * test's own: before + 1.
 */
@Tag("search")
@IntegrationTest
class FacetCountsStayCurrentTest {

    private static final CompanyQuery NORWAY = new CompanyQuery(null, "NO", null, null, null, null, null, null, null);

    @Autowired
    CompanySearch search;
    @Autowired
    CompanyService companies;
    @Autowired
    Geography geography;
    @Autowired
    FacetCache cache;
    @Autowired
    CompanyIndexer indexer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    ApplicationContext context;

    @Test
    void aCompanyAddedChangedOrImportedCountsInTheNextSearch() {
        CompanyTestData data = new CompanyTestData(companies, geography);
        long giske = data.municipality("NO", "1532");
        CompanyQuery inGiske = new CompanyQuery(null, "NO", null, giske, null, null, null, null, null);
        CompanySearchResult before = find(NORWAY);
        CompanySearchResult giskeBefore = find(inGiske);

        long cacheHits = cache.hits();
        CompanySearchResult again = find(NORWAY);
        assertThat(again.facets()).isEqualTo(before.facets());
        assertThat(again.page().getTotalElements()).isEqualTo(before.page().getTotalElements());
        if (lucene()) {
            assertThat(cache.hits()).as("the second identical search reuses the counts").isGreaterThan(cacheHits);
        }

        String tag = "Fc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "k");
        CompanyView added = data.create("Fasettbuffer " + tag + " AS", "1532", "62.01", 3, null, Set.of("YOUTH"));
        CompanySearchResult afterAdd = find(NORWAY);
        assertThat(afterAdd.page().getTotalElements()).isEqualTo(before.page().getTotalElements() + 1);
        assertThat(count(afterAdd.facets().country(), "NO")).isEqualTo(count(before.facets().country(), "NO") + 1);
        assertThat(count(afterAdd.facets().sizeBand(), "MICRO")).isEqualTo(count(before.facets().sizeBand(), "MICRO") + 1);
        assertThat(count(afterAdd.facets().naceSection(), "J")).isEqualTo(count(before.facets().naceSection(), "J") + 1);
        assertThat(count(afterAdd.facets().targetGroup(), "YOUTH"))
                .isEqualTo(count(before.facets().targetGroup(), "YOUTH") + 1);
        CompanySearchResult giskeAfter = find(inGiske);
        assertThat(giskeAfter.page().getTotalElements()).isEqualTo(giskeBefore.page().getTotalElements() + 1);
        assertThat(count(giskeAfter.facets().sizeBand(), "MICRO"))
                .isEqualTo(count(giskeBefore.facets().sizeBand(), "MICRO") + 1);

        SystemAccess.run(() -> companies.update(added.id(), added.version(), new CompanyCommand("NO",
                added.orgNumber(), added.name(), CompanyTestData.facts(60, null), "62.01", added.municipalityId(),
                Set.of("YOUTH"))));
        CompanySearchResult afterChange = find(NORWAY);
        assertThat(afterChange.page().getTotalElements()).isEqualTo(afterAdd.page().getTotalElements());
        assertThat(count(afterChange.facets().sizeBand(), "MICRO")).isEqualTo(count(before.facets().sizeBand(), "MICRO"));
        assertThat(count(afterChange.facets().sizeBand(), "MEDIUM"))
                .isEqualTo(count(before.facets().sizeBand(), "MEDIUM") + 1);

        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        jdbc.update("insert into company_company (country_code, org_number, name, status, source, employees, "
                + "created_at, updated_at, index_pending) values ('NO', ?, ?, 'ACTIVE', 'BRREG', 7, ?, ?, "
                + "true)", CompanyTestData.norwegianNumber(), tag + " Importert AS", now, now);
        indexer.indexPending();
        CompanySearchResult afterImport = find(NORWAY);
        assertThat(afterImport.page().getTotalElements()).isEqualTo(afterAdd.page().getTotalElements() + 1);
        assertThat(count(afterImport.facets().country(), "NO")).isEqualTo(count(before.facets().country(), "NO") + 2);
        assertThat(count(afterImport.facets().sizeBand(), "SMALL_MICRO"))
                .isEqualTo(count(before.facets().sizeBand(), "SMALL_MICRO") + 1);
    }

    @Test
    void aTextSearchReusesItsCountsUntilAMatchingCompanyIsAddedButNotAfterAnActivity() {
        AdvisoryWorld world = new AdvisoryWorld(context);
        String tag = "Tf" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "q");
        long first = world.company("Tekstfasett " + tag + " AS", "1532", Set.of("YOUTH"));
        CompanyQuery text = new CompanyQuery(tag, null, null, null, null, null, null, null, null);
        CompanySearchResult before = find(text);
        assertThat(before.page().getContent()).extracting(h -> h.id()).contains(first);

        long cacheHits = cache.hits();
        CompanySearchResult again = SystemAccess.run(() -> search.search(text, PageRequest.of(0, 20,
                org.springframework.data.domain.Sort.by(CompanySearch.SORT_NAME))));
        assertThat(again.facets()).isEqualTo(before.facets());
        assertThat(again.page().getTotalElements()).isEqualTo(before.page().getTotalElements());
        if (lucene()) {
            assertThat(cache.hits()).as("the same text and filters in another order reuse the counts")
                    .isGreaterThan(cacheHits);
        }

        // an activity for the company writes no company document: the index, and so the cached counts, stay
        ActivityService activities = context.getBean(ActivityService.class);
        world.users.actingAs(world.advisorA, () -> activities.log(new ActivityCommand(null, "STARTUP_ADVISORY",
                LocalDate.now(context.getBean(java.time.Clock.class).withZone(ZoneOffset.UTC)), BigDecimal.ONE,
                world.companies.municipality("NO", "1532"), null, "Facet cache check", Visibility.ORGANISATION, null, null, Set.of(first), Set.of(), null,
                null)));
        long afterActivity = cache.hits();
        assertThat(find(text).facets()).isEqualTo(before.facets());
        if (lucene()) {
            assertThat(cache.hits()).as("counts still served after an activity was logged")
                    .isGreaterThan(afterActivity);
        }

        // a second matching company: the next search with the same text counts it
        world.company("Tekstfasett " + tag + " Holding AS", "1532", Set.of("YOUTH"));
        CompanySearchResult after = find(text);
        assertThat(after.page().getTotalElements()).isEqualTo(before.page().getTotalElements() + 1);
        assertThat(count(after.facets().country(), "NO")).isEqualTo(count(before.facets().country(), "NO") + 1);
        assertThat(count(after.facets().targetGroup(), "YOUTH"))
                .isEqualTo(count(before.facets().targetGroup(), "YOUTH") + 1);
        CompanySearchResult secondPage = SystemAccess.run(() -> search.search(text, PageRequest.of(1, 1)));
        assertThat(secondPage.page().getTotalElements()).isEqualTo(after.page().getTotalElements());
        assertThat(secondPage.facets()).isEqualTo(after.facets());
    }

    @Test
    void theTotalOfATextFreeSearchIsExactBeyondTheFirstPage() {
        // enough companies of the test's own for a second page of two, whatever else this context has indexed
        CompanyTestData data = new CompanyTestData(companies, geography);
        for (String n : List.of("Ett", "To", "Tre", "Fire", "Fem")) {
            data.create("Sideteller " + n + " AS", "1532", "62.01", 3, null, Set.of());
        }
        CompanySearchResult first = find(NORWAY);
        CompanySearchResult small = SystemAccess.run(() -> search.search(NORWAY, PageRequest.of(1, 2)));
        // counted in this context's own index: on PostgreSQL the test contexts share one database but each has its
        // own index, so a count of the table would include other contexts' companies
        long norwegian;
        jakarta.persistence.EntityManager em = emf.createEntityManager();
        try {
            norwegian = Search.session(em).search(no.kobling.company.domain.Company.class)
                    .where(f -> f.bool().must(f.match().field("countryCode").matching("NO"))
                            .mustNot(f.exists().field("mergedIntoId")))
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
        assertThat(small.page().getTotalElements()).isEqualTo(norwegian);
        assertThat(first.page().getTotalElements()).isEqualTo(norwegian);
        assertThat(small.page().getContent()).hasSize(2);
    }

    private CompanySearchResult find(CompanyQuery query) {
        return SystemAccess.run(() -> search.search(query, PageRequest.of(0, 20)));
    }

    private static long count(List<FacetValue> values, String value) {
        Map<String, Long> counts = values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
        return counts.getOrDefault(value, 0L);
    }

    private boolean lucene() {
        return Search.mapping(emf).backend() instanceof LuceneBackend;
    }
}
