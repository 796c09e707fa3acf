package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.search.CompanyIndexer;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 point 4: the register's free text finds companies by their municipality's name in any language, with or
 * without the Nordic letters. The companies' own names never contain the place, so only the place can match; each
 * query is combined with a random tag word that no other company carries (the tag alone would match all three, so
 * the test asserts by membership and exclusion).
 */
@Tag("search")
@IntegrationTest
class PlaceNameSearchTest {

    @Autowired
    CompanyService companies;
    @Autowired
    CompanySearch search;
    @Autowired
    Geography geography;
    @Autowired
    CompanyIndexer indexer;
    @Autowired
    JdbcTemplate jdbc;

    CompanyTestData data;

    @BeforeEach
    void setUp() {
        data = new CompanyTestData(companies, geography);
    }

    @Test
    void placeNamesInAnyLanguageWithOrWithoutNordicLettersFindTheCompaniesThere() {
        CompanyView alesund = data.create("Fjordkaffe " + tag() + " AS", "1508", null, 3, null, Set.of());
        CompanyView tromso = data.create("Nordlysverkstedet " + tag() + " AS", "5501", null, 3, null, Set.of());
        CompanyView oulu = finnish("Pohjoisen Paja " + tag() + " Oy", "564");
        CompanyView oslo = data.create("Hovedstadsbakeriet " + tag() + " AS", "0301", null, 3, null, Set.of());

        assertThat(ids("Ålesund")).contains(alesund.id()).doesNotContain(tromso.id(), oulu.id(), oslo.id());
        assertThat(ids("Alesund")).contains(alesund.id()).doesNotContain(tromso.id(), oulu.id(), oslo.id());
        assertThat(ids("Tromsø")).contains(tromso.id()).doesNotContain(alesund.id(), oulu.id(), oslo.id());
        assertThat(ids("Tromso")).contains(tromso.id()).doesNotContain(alesund.id(), oulu.id(), oslo.id());
        assertThat(ids("Oulu/Uleåborg")).contains(oulu.id()).doesNotContain(alesund.id(), tromso.id(), oslo.id());
        assertThat(ids("Uleåborg")).contains(oulu.id()).doesNotContain(alesund.id(), tromso.id(), oslo.id());
        assertThat(ids("Uleaborg")).contains(oulu.id());
        // negative: a place none of them is in finds none of them
        assertThat(ids("Trondheim")).doesNotContain(alesund.id(), tromso.id(), oulu.id(), oslo.id());
    }

    @Test
    void rowsQueuedForTheIndexAsTheUpgradeMigrationQueuesThemAreFoundByPlaceAfterTheDrain() {
        String name = "Metsakone " + tag() + " Oy";
        long municipality = data.municipality("FI", "564");
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T00:00:00Z"));
        // written behind Hibernate Search's back and flagged, as V202612090401 flags every existing row
        jdbc.update("insert into company_company (country_code, org_number, name, status, source, municipality_id, "
                + "created_at, updated_at, index_pending) values ('FI', ?, ?, 'ACTIVE', 'PRH', ?, ?, ?, true)",
                finnishNumber(), name, municipality, now, now);
        Long id = jdbc.queryForObject("select id from company_company where name = ?", Long.class, name);
        assertThat(ids("Uleåborg")).doesNotContain(id);
        assertThat(indexer.indexPending()).isPositive();
        assertThat(ids("Uleåborg")).contains(id);
        assertThat(ids("Oulu")).contains(id);
    }

    private List<Long> ids(String text) {
        return SystemAccess.run(() -> search.search(CompanyQuery.text(text), PageRequest.of(0, 10_000)).page()
                .getContent().stream().map(CompanyHit::id).toList());
    }

    private CompanyView finnish(String name, String municipalityCode) {
        long municipality = data.municipality("FI", municipalityCode);
        return SystemAccess.run(() -> companies.create(new CompanyCommand("FI", finnishNumber(), name,
                CompanyTestData.facts(4, null), null, municipality, Set.of())));
    }

    private static String tag() {
        return "Zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "k");
    }

    /** A valid, random Finnish business id (Y-tunnus). */
    static String finnishNumber() {
        return no.kobling.company.TestOrgNumbers.finland();
    }
}
