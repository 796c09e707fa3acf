package no.kobling.company.importing.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.kobling.company.importing.domain.ValidCompany;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one batch of validated companies, in the caller's transaction, the way the database does it best: on
 * PostgreSQL {@link PostgresCopyWrite} ({@code COPY} into a staging table, then one set-based upsert), elsewhere (the
 * embedded H2) {@link JdbcBatchWrite} (batched JDBC). Both insert new companies, update the provided columns of changed
 * ones, leave unchanged ones untouched, and write former names and change history. Companies whose index document can
 * be built from the imported values alone come back as {@link Written} (the importer indexes them from memory); the
 * others (updated companies with local enrichments) are flagged {@code index_pending} for the search indexer.
 */
@Component
public class CompanyUpserter {

    /** Counts of one written batch and the companies to index from memory. */
    public record Outcome(int inserted, int updated, int unchanged, List<Written> toIndex) {
    }

    /**
     * A written company whose document is made of its imported values only (no description, groups or merge);
     * {@code created} when the batch inserted it (a new id, which no document can have yet).
     */
    public record Written(long id, ValidCompany company, boolean created) {
    }

    /** One way to write a batch. */
    interface Strategy {
        Outcome write(List<ValidCompany> batch, String source, long runId, String actor, Instant now);
    }

    private final JdbcTemplate jdbc;
    private volatile Strategy strategy;
    private int batchesWritten;

    CompanyUpserter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Outcome write(List<ValidCompany> batch, String source, long runId, String actor, Instant now) {
        refreshStatisticsWhileGrowing();
        if (batch.isEmpty()) {
            return new Outcome(0, 0, 0, List.of());
        }
        return strategy().write(batch, source, runId, actor, now);
    }

    /** Whether the database is PostgreSQL (the COPY way). */
    public boolean postgres() {
        return strategy() instanceof PostgresCopyWrite;
    }

    private Strategy strategy() {
        if (strategy == null) {
            boolean pg = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                    .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
            strategy = pg ? new PostgresCopyWrite(jdbc) : new JdbcBatchWrite(jdbc);
        }
        return strategy;
    }

    /**
     * A register that starts empty grows by orders of magnitude during its first import; PostgreSQL would keep planning
     * the lookups with the statistics of an empty table (and cache a sequential-scan plan). Analyse the table after
     * batches 1, 8, 64, 512 and 4096 of this process, so plans follow the table's real size.
     */
    private synchronized void refreshStatisticsWhileGrowing() {
        int n = batchesWritten++;
        if (n == 1 || n == 8 || n == 64 || n == 512 || n == 4096) {
            jdbc.execute(postgres() ? "analyze company_company" : "analyze table company_company");
        }
    }
}
