package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A company's references (country, NACE code, municipality, last import run) and a change row's import run can never
 * point nowhere, on either database: H2 checks them with foreign keys, PostgreSQL with statement triggers that check
 * each statement's rows as a set (issue 18.3, fifth round; {@code docs/imports.md}). Every rule is attacked from both
 * sides: writing a row that points at nothing, and deleting (or re-keying) what a row points at.
 */
@IntegrationTest
class CompanyReferenceIntegrityTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    long municipality;
    String nace;
    long run;

    @BeforeEach
    void referenceData() {
        municipality = jdbc.queryForObject("select min(id) from geo_municipality", Long.class);
        nace = jdbc.queryForObject("select min(code) from geo_nace where length(code) = 5", String.class);
        run = newRun();
    }

    long newRun() {
        jdbc.update("insert into company_import_run (format, file_name, started_by, started_at, status) "
                + "values ('BRREG_CSV', 'refs.csv', 'test', ?, 'COMPLETED')", Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from company_import_run", Long.class);
    }

    long company(String country, Long municipalityId, String naceCode, Long runId) {
        String org = TestNumbers.norway();
        jdbc.update("insert into company_company (country_code, org_number, name, status, source, created_at, "
                + "updated_at, municipality_id, nace_code, last_import_run_id) values (?, ?, 'Referanse AS', 'ACTIVE', "
                + "'test', ?, ?, ?, ?, ?)", country, org, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
                municipalityId, naceCode, runId);
        return jdbc.queryForObject("select id from company_company where country_code = ? and org_number = ?",
                Long.class, country, org);
    }

    boolean postgres() throws SQLException {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** The refusal is the foreign key's: SQLSTATE 23503 and its constraint name on PostgreSQL. */
    void refused(Runnable write, String constraint) throws SQLException {
        assertThatThrownBy(write::run).isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> {
                    if (postgres()) {
                        SQLException sql = (SQLException) ((DataIntegrityViolationException) e).getMostSpecificCause();
                        assertThat(sql.getSQLState()).isEqualTo("23503");
                        assertThat(sql.getMessage()).contains(constraint);
                    }
                });
    }

    @Test
    void aCompanyWithValidReferencesIsStoredAndOneWithAnUnknownReferenceIsRefused() throws SQLException {
        long ok = company("NO", municipality, nace, run);
        assertThat(jdbc.queryForObject("select municipality_id from company_company where id = ?", Long.class, ok))
                .isEqualTo(municipality);
        int before = jdbc.queryForObject("select count(*) from company_company", Integer.class);

        refused(() -> company("XX", municipality, nace, run), "company_company_country_code_fkey");
        refused(() -> company("NO", -4711L, nace, run), "company_company_municipality_id_fkey");
        refused(() -> company("NO", municipality, "99.999", run), "company_company_nace_code_fkey");
        refused(() -> company("NO", municipality, nace, -4711L), "company_company_last_import_run_id_fkey");
        // nothing of a refused statement stays
        assertThat(jdbc.queryForObject("select count(*) from company_company", Integer.class)).isEqualTo(before);
        // unset references are allowed, as with a foreign key
        assertThat(company("NO", null, null, null)).isPositive();
    }

    @Test
    void oneBadRowRefusesTheWholeSetBasedStatement() throws SQLException {
        long a = company("NO", municipality, nace, run);
        long b = company("NO", municipality, nace, run);
        refused(() -> jdbc.update("update company_company set municipality_id = case when id = ? then -4711 "
                + "else municipality_id end, name = 'Endret AS' where id in (?, ?)", b, a, b),
                "company_company_municipality_id_fkey");
        assertThat(jdbc.queryForList("select name from company_company where id in (?, ?)", String.class, a, b))
                .containsOnly("Referanse AS");
        // an update that keeps valid references goes through
        jdbc.update("update company_company set name = 'Endret AS' where id in (?, ?)", a, b);
        assertThat(jdbc.queryForList("select name from company_company where id in (?, ?)", String.class, a, b))
                .containsOnly("Endret AS");
    }

    @Test
    void aChangeRowMustNameAnExistingImportRun() throws SQLException {
        long company = company("NO", municipality, nace, run);
        refused(() -> jdbc.update("insert into company_change (company_id, occurred_at, actor, kind, import_run_id) "
                + "values (?, ?, 'test', 'IMPORTED', -4711)", company, Timestamp.from(Instant.now())),
                "company_change_import_run_id_fkey");
        jdbc.update("insert into company_change (company_id, occurred_at, actor, kind, import_run_id) "
                + "values (?, ?, 'test', 'IMPORTED', ?)", company, Timestamp.from(Instant.now()), run);
        assertThat(jdbc.queryForObject("select count(*) from company_change where company_id = ?", Integer.class,
                company)).isEqualTo(1);
    }

    @Test
    void whatACompanyOrChangePointsAtCannotBeDeletedOrReKeyed() throws SQLException {
        // reference rows of this test's own, which nothing else points at (countries and municipalities have other
        // tables' foreign keys too); removed at the end, so no other test sees them
        long region = jdbc.queryForObject("select min(id) from geo_region", Long.class);
        long place = jdbc.queryForObject("select max(id) + 1000 from geo_municipality", Long.class);
        jdbc.update("insert into geo_country (code, sort_order) values ('XQ', 9999)");
        jdbc.update("insert into geo_nace (code, sort_order, nace_level, section_code, title_en) "
                + "values ('XQ.01', 99999, 4, 'A', 'Reference test')");
        jdbc.update("insert into geo_municipality (id, region_id, country_code, code, name) "
                + "values (?, ?, 'NO', 'XQ01', 'Referanse')", place, region);
        long referencedRun = newRun();
        long changeRun = newRun();
        long company = company("XQ", place, "XQ.01", referencedRun);
        try {
            jdbc.update("insert into company_change (company_id, occurred_at, actor, kind, import_run_id) "
                    + "values (?, ?, 'test', 'IMPORTED', ?)", company, Timestamp.from(Instant.now()), changeRun);

            refused(() -> jdbc.update("delete from company_import_run where id = ?", referencedRun),
                    "company_company_last_import_run_id_fkey");
            refused(() -> jdbc.update("delete from company_import_run where id = ?", changeRun),
                    "company_change_import_run_id_fkey");
            refused(() -> jdbc.update("update company_import_run set id = -4711 where id = ?", referencedRun),
                    "company_company_last_import_run_id_fkey");
            refused(() -> jdbc.update("delete from geo_municipality where id = ?", place),
                    "company_company_municipality_id_fkey");
            refused(() -> jdbc.update("delete from geo_nace where code = 'XQ.01'"), "company_company_nace_code_fkey");
            refused(() -> jdbc.update("delete from geo_country where code = 'XQ'"),
                    "company_company_country_code_fkey");
            assertThat(jdbc.queryForObject("select count(*) from company_import_run where id in (?, ?)",
                    Integer.class, referencedRun, changeRun)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from geo_municipality where id = ?", Integer.class,
                    place)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from geo_country where code = 'XQ'", Integer.class))
                    .isEqualTo(1);

            // a run nothing points at can go (an upload that was refused before the run started), and other updates
            // of a referenced row are no change of its key
            long unused = newRun();
            jdbc.update("delete from company_import_run where id = ?", unused);
            jdbc.update("update company_import_run set file_name = 'renamed.csv' where id = ?", referencedRun);
            assertThat(jdbc.queryForObject("select count(*) from company_import_run where id = ?", Integer.class,
                    unused)).isZero();
        } finally {
            jdbc.update("delete from company_change where company_id = ?", company);
            jdbc.update("delete from company_company where id = ?", company);
            jdbc.update("delete from geo_municipality where id = ?", place);
            jdbc.update("delete from geo_nace where code = 'XQ.01'");
            jdbc.update("delete from geo_country where code = 'XQ'");
        }
        // with nothing pointing at them any more, they could go
        assertThat(jdbc.queryForObject("select count(*) from geo_country where code = 'XQ'", Integer.class)).isZero();
    }

    /**
     * As with a foreign key, the referenced row is locked (FOR KEY SHARE) by the writing transaction: a delete of
     * the municipality waits for it, then fails, instead of leaving a company that points nowhere.
     */
    @Test
    void aDeleteRacingAnUncommittedWriteWaitsAndThenFails() throws Exception {
        Assumptions.assumeTrue(postgres(), "the lock of the statement triggers (H2 has the foreign key itself)");
        long region = jdbc.queryForObject("select min(id) from geo_region", Long.class);
        long spare = jdbc.queryForObject("select max(id) + 2000 from geo_municipality", Long.class);
        jdbc.update("insert into geo_municipality (id, region_id, country_code, code, name) "
                + "values (?, ?, 'NO', 'XQ02', 'Kappløp')", spare, region);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        CompletableFuture<Void> written = new CompletableFuture<>();
        CompletableFuture<Void> commit = new CompletableFuture<>();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            company("NO", spare, nace, run);
            written.complete(null);
            commit.join();
        }));
        written.get(30, TimeUnit.SECONDS);
        AtomicReference<Throwable> deleteFailure = new AtomicReference<>();
        CompletableFuture<Void> delete = CompletableFuture.runAsync(() -> {
            try {
                tx.executeWithoutResult(s -> jdbc.update("delete from geo_municipality where id = ?", spare));
            } catch (RuntimeException e) {
                deleteFailure.set(e);
            }
        });
        Thread.sleep(500);
        assertThat(delete).as("the delete waits for the writing transaction").isNotDone();
        commit.complete(null);
        writer.get(30, TimeUnit.SECONDS);
        delete.get(30, TimeUnit.SECONDS);
        assertThat(deleteFailure.get()).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("company_company_municipality_id_fkey");
        assertThat(jdbc.queryForObject("select count(*) from geo_municipality where id = ?", Integer.class, spare))
                .isEqualTo(1);
        jdbc.update("delete from company_company where municipality_id = ?", spare);
        jdbc.update("delete from geo_municipality where id = ?", spare);
    }
}
