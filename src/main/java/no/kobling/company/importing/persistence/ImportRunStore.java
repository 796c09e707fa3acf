package no.kobling.company.importing.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.kobling.company.importing.ImportRunView;
import no.kobling.company.importing.RejectionView;
import no.kobling.company.importing.domain.SourceRecord;
import no.kobling.shared.PageResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** {@code company_import_run} and {@code company_import_rejection} with JDBC (runs are written from batch code). */
@Component
public class ImportRunStore {

    /** Counters of a run. */
    public record Counts(long recordsRead, long inserted, long updated, long unchanged, long rejected) {
    }

    private static final String COLUMNS = "id, format, file_name, started_by, started_at, finished_at, status, "
            + "records_read, inserted, updated, unchanged, rejected, failure";

    private final JdbcTemplate jdbc;

    ImportRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a run in {@code status} (RUNNING, or RECEIVING for an upload) owned by {@code node}; returns its id. */
    public long create(String format, String fileName, String startedBy, Instant startedAt, String status,
            String node) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into company_import_run (format, file_name, "
                    + "started_by, started_at, status, owner_node, heartbeat_at) values (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, format);
            ps.setString(2, truncate(fileName, 300));
            ps.setString(3, truncate(startedBy, 200));
            ps.setObject(4, utc(startedAt));
            ps.setString(5, status);
            ps.setString(6, truncate(node, 200));
            ps.setObject(7, utc(startedAt));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Writes the counters and renews the lease of {@code node}; false when the run is no longer this node's running
     * run (its lease ran out and it was marked FAILED): the caller must stop.
     */
    public boolean progress(long id, String node, Instant now, Counts c) {
        return jdbc.update("update company_import_run set records_read = ?, inserted = ?, updated = ?, unchanged = ?, "
                + "rejected = ?, heartbeat_at = ?, version = version + 1 where id = ? and owner_node = ? "
                + "and status in ('RUNNING', 'RECEIVING')", c.recordsRead(), c.inserted(), c.updated(), c.unchanged(),
                c.rejected(), utc(now), id, node) == 1;
    }

    /** Ends the run if {@code node} still holds it; false if its lease was lost meanwhile. */
    public boolean finish(long id, String node, String status, Instant at, Counts c, String failure) {
        return jdbc.update("update company_import_run set status = ?, finished_at = ?, heartbeat_at = ?, "
                + "records_read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?, failure = ?, "
                + "version = version + 1 where id = ? and owner_node = ? and status in ('RUNNING', 'RECEIVING')",
                status, utc(at), utc(at), c.recordsRead(), c.inserted(), c.updated(), c.unchanged(), c.rejected(),
                failure == null ? null : truncate(failure, 2000), id, node) == 1;
    }

    /** RECEIVING → QUEUED once the whole upload is stored. */
    public boolean queue(long id, String node, Instant now) {
        return jdbc.update("update company_import_run set status = 'QUEUED', owner_node = null, heartbeat_at = ?, "
                + "version = version + 1 where id = ? and owner_node = ? and status = 'RECEIVING'", utc(now), id,
                node) == 1;
    }

    /** Removes a run that never started (its upload was refused). */
    public void delete(long id) {
        jdbc.update("delete from company_import_run where id = ?", id);
    }

    /** Queued runs, oldest first. */
    public List<Long> queued() {
        return jdbc.queryForList("select id from company_import_run where status = 'QUEUED' order by id", Long.class);
    }

    /** Takes a queued run for {@code node}: true for exactly one claimer. */
    public boolean claim(long id, String node, Instant now) {
        return jdbc.update("update company_import_run set status = 'RUNNING', owner_node = ?, heartbeat_at = ?, "
                + "attempts = attempts + 1, version = version + 1 where id = ? and status = 'QUEUED'",
                truncate(node, 200), utc(now), id) == 1;
    }

    /**
     * The counters the run's committed batches hold: a run resumed on another node goes on after
     * {@code recordsRead} records (the counters are written in the same transaction as each batch's rows).
     */
    public Counts counts(long id) {
        return jdbc.queryForObject("select records_read, inserted, updated, unchanged, rejected from "
                + "company_import_run where id = ?", (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)), id);
    }

    /** How many times nodes have claimed the run. */
    public int attempts(long id) {
        Integer n = jdbc.queryForObject("select attempts from company_import_run where id = ?", Integer.class, id);
        return n == null ? 0 : n;
    }

    /** The run's format and file name (to import a claimed run). */
    public Optional<String[]> formatAndName(long id) {
        return jdbc.query("select format, file_name, started_by from company_import_run where id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, id).stream().findFirst();
    }

    /** Runs taken back from dead nodes: queued again (another node resumes them), or given up. */
    public record Abandoned(List<Long> requeued, List<Long> failed) {
    }

    /**
     * Takes back every receiving or running run whose owner last reported before {@code cutoff}. A running run whose
     * upload is still stored ({@code resumable}) and that was claimed fewer than {@code maxAttempts} times is queued
     * again (owner cleared, counters kept: the next node resumes after them); every other one is marked FAILED with
     * {@code companyimport.failure.abandoned} (a receiving upload, a command-line import of a local file) or
     * {@code companyimport.failure.abandoned-attempts} (given up after {@code maxAttempts} claims). Each is a
     * conditional update on the heartbeat read, so a run whose owner reported meanwhile is left alone. The rows the
     * run already wrote are flagged {@code index_pending} (their index writes may have died with the node).
     */
    public Abandoned takeBackAbandoned(Instant cutoff, Instant now, int maxAttempts,
            java.util.function.LongPredicate resumable) {
        List<Object[]> dead = jdbc.query("select id, owner_node, coalesce(heartbeat_at, started_at), records_read, "
                + "status, attempts from company_import_run where status in ('RUNNING', 'RECEIVING') "
                + "and coalesce(heartbeat_at, started_at) < ?", (rs, n) -> new Object[] {rs.getLong(1),
                    rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getLong(4), rs.getString(5),
                    rs.getInt(6)}, utc(cutoff));
        List<Long> requeued = new java.util.ArrayList<>();
        List<Long> failed = new java.util.ArrayList<>();
        for (Object[] d : dead) {
            long id = (Long) d[0];
            String last = "node " + d[1] + " last reported at " + ((OffsetDateTime) d[2]).toInstant();
            int attempts = (Integer) d[5];
            boolean running = "RUNNING".equals(d[4]);
            if (running && attempts < maxAttempts && resumable.test(id)) {
                if (jdbc.update("update company_import_run set status = 'QUEUED', owner_node = null, heartbeat_at = ?, "
                        + "version = version + 1 where id = ? and status = 'RUNNING' "
                        + "and coalesce(heartbeat_at, started_at) = ?", utc(now), id, d[2]) == 1) {
                    requeued.add(id);
                    flagRowsForIndex(id);
                }
                continue;
            }
            String failure = running && attempts >= maxAttempts && resumable.test(id)
                    ? "companyimport.failure.abandoned-attempts|" + d[3] + "|" + last + "; claimed " + attempts
                            + " times"
                    : "companyimport.failure.abandoned|" + d[3] + "|" + last;
            if (jdbc.update("update company_import_run set status = 'FAILED', finished_at = ?, failure = ?, "
                    + "version = version + 1 where id = ? and status in ('RUNNING', 'RECEIVING') "
                    + "and coalesce(heartbeat_at, started_at) = ?", utc(now), truncate(failure, 2000), id, d[2]) == 1) {
                failed.add(id);
                flagRowsForIndex(id);
            }
        }
        return new Abandoned(requeued, failed);
    }

    /** Flags every row the run last wrote for the search indexer (its in-memory index writes may be lost). */
    public void flagRowsForIndex(long runId) {
        jdbc.update("update company_company set index_pending = true where last_import_run_id = ? "
                + "and index_pending = false", runId);
    }

    /** Stores rejections: with {@code COPY} on PostgreSQL ({@code copy}), batched inserts elsewhere. */
    public void reject(long runId, List<SourceRecord.Rejected> rejections, boolean copy) {
        if (rejections.isEmpty()) {
            return;
        }
        if (copy) {
            StringBuilder rows = new StringBuilder(rejections.size() * 80);
            for (SourceRecord.Rejected r : rejections) {
                PgCopy.field(rows, runId, true);
                PgCopy.field(rows, r.recordNumber(), false);
                PgCopy.field(rows, truncate(r.orgNumber(), 40), false);
                PgCopy.field(rows, r.reason(), false);
                PgCopy.field(rows, truncate(r.detail(), 1000), false);
                rows.append('\n');
            }
            PgCopy.in(jdbc, "company_import_rejection (import_run_id, record_number, org_number, reason_code, detail)",
                    rows);
            return;
        }
        jdbc.batchUpdate("insert into company_import_rejection (import_run_id, record_number, org_number, "
                + "reason_code, detail) values (?, ?, ?, ?, ?)", rejections, rejections.size(), (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, r.recordNumber());
                    setString(ps, 3, truncate(r.orgNumber(), 40));
                    ps.setString(4, r.reason());
                    setString(ps, 5, truncate(r.detail(), 1000));
                });
    }

    public Optional<ImportRunView> find(long id) {
        return jdbc.query("select " + COLUMNS + " from company_import_run where id = ?", this::run, id).stream()
                .findFirst();
    }

    public PageResult<ImportRunView> list(int page, int size) {
        long total = jdbc.queryForObject("select count(*) from company_import_run", Long.class);
        List<ImportRunView> runs = jdbc.query("select " + COLUMNS + " from company_import_run order by id desc "
                + "offset ? rows fetch next ? rows only", this::run, (long) page * size, size);
        return new PageResult<>(runs, page, size, total, (int) ((total + size - 1) / size));
    }

    public PageResult<RejectionView> rejections(long runId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from company_import_rejection where import_run_id = ?",
                Long.class, runId);
        List<RejectionView> rows = jdbc.query("select record_number, org_number, reason_code, detail from "
                + "company_import_rejection where import_run_id = ? order by record_number, id "
                + "offset ? rows fetch next ? rows only", (rs, n) -> new RejectionView(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), runId, (long) page * size, size);
        return new PageResult<>(rows, page, size, total, (int) ((total + size - 1) / size));
    }

    private ImportRunView run(ResultSet rs, int n) throws SQLException {
        String failure = rs.getString("failure");
        String key = null;
        String detail = null;
        long record = 0;
        if (failure != null) {
            String[] parts = failure.split("\\|", 3);
            key = parts[0];
            record = parts.length > 1 && parts[1].matches("\\d{1,18}") ? Long.parseLong(parts[1]) : 0;
            detail = parts.length > 2 ? parts[2] : null;
        }
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportRunView(rs.getLong("id"), rs.getString("format"), rs.getString("file_name"),
                rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("status"), rs.getLong("records_read"),
                rs.getLong("inserted"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("rejected"), key,
                record, detail, 0, 0);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
