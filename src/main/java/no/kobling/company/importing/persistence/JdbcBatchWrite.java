package no.kobling.company.importing.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ValidCompany;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded (H2) way of {@link CompanyUpserter}: plain batched JDBC. One query for the existing hashes of the batch,
 * batched inserts of new companies, batched updates of the provided columns of changed ones (description, target
 * groups and yearly figures are never touched), nothing for unchanged ones; plus former names and
 * {@code company_change} rows (CREATED for new, IMPORTED with the changed field names for updated). New companies are
 * returned for the index write from memory ({@code index_pending = false}); updated ones get
 * {@code index_pending = true} in the same statement (their document also holds local enrichments, so the search
 * indexer reloads them). The caller owns the transaction.
 */
class JdbcBatchWrite implements CompanyUpserter.Strategy {

    private static final String INSERT;

    static {
        String columns = DbColumn.ALL.stream().map(DbColumn::name).collect(Collectors.joining(", "));
        INSERT = "insert into company_company (country_code, org_number, " + columns
                + ", source, content_hash, last_import_run_id, created_at, updated_at, version, index_pending) values (?, ?, "
                + "?, ".repeat(DbColumn.ALL.size()) + "?, ?, ?, ?, ?, 0, false)";
    }

    private final JdbcTemplate jdbc;
    private final Map<Set<Column>, String> updates = new ConcurrentHashMap<>();

    JdbcBatchWrite(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CompanyUpserter.Outcome write(List<ValidCompany> batch, String source, long runId, String actor,
            Instant now) {
        String country = batch.get(0).countryCode();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<String, long[]> ids = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        List<String> orgNumbers = batch.stream().map(ValidCompany::orgNumber).toList();
        forChunks(orgNumbers, chunk -> jdbc.query("select id, org_number, content_hash from company_company "
                + "where country_code = ? and org_number = any(?)", rs -> {
                    ids.put(rs.getString(2), new long[] {rs.getLong(1)});
                    hashes.put(rs.getString(2), rs.getString(3));
                }, country, chunk.toArray(String[]::new)));
        List<ValidCompany> inserts = new ArrayList<>();
        List<ValidCompany> changed = new ArrayList<>();
        int unchanged = 0;
        for (ValidCompany c : batch) {
            if (!ids.containsKey(c.orgNumber())) {
                inserts.add(c);
            } else if (!Objects.equals(hashes.get(c.orgNumber()), c.contentHash())) {
                changed.add(c);
            } else {
                unchanged++;
            }
        }
        List<CompanyUpserter.Written> written = insert(inserts, source, runId, actor, at);
        update(changed, ids, source, runId, actor, at);
        return new CompanyUpserter.Outcome(inserts.size(), changed.size(), unchanged, written);
    }

    private List<CompanyUpserter.Written> insert(List<ValidCompany> inserts, String source, long runId, String actor, OffsetDateTime at) {
        if (inserts.isEmpty()) {
            return List.of();
        }
        jdbc.batchUpdate(INSERT, inserts, inserts.size(), (ps, c) -> {
            int i = 1;
            ps.setString(i++, c.countryCode());
            ps.setString(i++, c.orgNumber());
            for (DbColumn column : DbColumn.ALL) {
                bind(ps, i++, column.value().apply(c), column.sqlType());
            }
            ps.setString(i++, source);
            ps.setString(i++, c.contentHash());
            ps.setLong(i++, runId);
            ps.setObject(i++, at);
            ps.setObject(i, at);
        });
        Map<String, Long> newIds = new HashMap<>();
        String country = inserts.get(0).countryCode();
        forChunks(inserts.stream().map(ValidCompany::orgNumber).toList(), chunk -> jdbc.query(
                "select id, org_number from company_company where country_code = ? and org_number = any(?)",
                rs -> {
                    newIds.put(rs.getString(2), rs.getLong(1));
                }, country, chunk.toArray(String[]::new)));
        List<Object[]> former = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        List<CompanyUpserter.Written> written = new ArrayList<>(inserts.size());
        for (ValidCompany c : inserts) {
            long id = newIds.get(c.orgNumber());
            c.formerNames().forEach(n -> former.add(new Object[] {id, n}));
            changes.add(new Object[] {id, at, actor, "CREATED", runId, null});
            written.add(new CompanyUpserter.Written(id, c, true));
        }
        insertFormerNames(former);
        insertChanges(changes);
        return written;
    }

    private void update(List<ValidCompany> changed, Map<String, long[]> ids, String source, long runId, String actor,
            OffsetDateTime at) {
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, Map<String, String>> old = new HashMap<>();
        Map<Long, List<String>> oldFormer = new HashMap<>();
        List<Long> changedIds = changed.stream().map(c -> ids.get(c.orgNumber())[0]).toList();
        String columns = DbColumn.ALL.stream().map(DbColumn::name).collect(Collectors.joining(", "));
        forChunks(changedIds, chunk -> jdbc.query("select id, " + columns + " from company_company where id = any(?)", rs -> {
                    Map<String, String> values = new HashMap<>();
                    for (DbColumn column : DbColumn.ALL) {
                        Object v = rs.getObject(column.name());
                        values.put(column.name(), v == null ? null : v.toString());
                    }
                    old.put(rs.getLong(1), values);
                }, (Object) chunk.toArray(Long[]::new)));
        forChunks(changedIds, chunk -> jdbc.query("select company_id, name from company_former_name where company_id "
                + "= any(?) order by id", rs -> {
                    oldFormer.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, (Object) chunk.toArray(Long[]::new)));
        Map<Set<Column>, List<ValidCompany>> byProvided = changed.stream()
                .collect(Collectors.groupingBy(ValidCompany::provided));
        for (Map.Entry<Set<Column>, List<ValidCompany>> group : byProvided.entrySet()) {
            List<DbColumn> written = DbColumn.ALL.stream().filter(c -> group.getKey().contains(c.group())).toList();
            String sql = updates.computeIfAbsent(group.getKey(), k -> "update company_company set "
                    + written.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                    + (written.isEmpty() ? "" : ", ")
                    + "source = ?, content_hash = ?, last_import_run_id = ?, updated_at = ?, version = version + 1, "
                    + "index_pending = true "
                    + "where id = ?");
            jdbc.batchUpdate(sql, group.getValue(), group.getValue().size(), (ps, c) -> {
                int i = 1;
                for (DbColumn column : written) {
                    bind(ps, i++, column.value().apply(c), column.sqlType());
                }
                ps.setString(i++, source);
                ps.setString(i++, c.contentHash());
                ps.setLong(i++, runId);
                ps.setObject(i++, at);
                ps.setLong(i, ids.get(c.orgNumber())[0]);
            });
        }
        List<Object[]> changes = new ArrayList<>();
        List<Long> replaceFormer = new ArrayList<>();
        List<Object[]> former = new ArrayList<>();
        for (ValidCompany c : changed) {
            long id = ids.get(c.orgNumber())[0];
            Map<String, String> before = old.getOrDefault(id, Map.of());
            Set<String> fields = new LinkedHashSet<>();
            for (DbColumn column : DbColumn.ALL) {
                Object v = column.value().apply(c);
                if (c.provided().contains(column.group())
                        && !Objects.equals(before.get(column.name()), v == null ? null : v.toString())) {
                    fields.add(column.field());
                }
            }
            if (c.provided().contains(Column.FORMER_NAMES)
                    && !oldFormer.getOrDefault(id, List.of()).equals(c.formerNames())) {
                fields.add("formerNames");
                replaceFormer.add(id);
                c.formerNames().forEach(n -> former.add(new Object[] {id, n}));
            }
            changes.add(new Object[] {id, at, actor, "IMPORTED", runId,
                fields.isEmpty() ? null : truncate(String.join(",", fields), 2000)});
        }
        forChunks(replaceFormer, chunk -> jdbc.update("delete from company_former_name where company_id = any(?)",
                (Object) chunk.toArray(Long[]::new)));
        insertFormerNames(former);
        insertChanges(changes);
    }

    private void insertFormerNames(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into company_former_name (company_id, name) values (?, ?)", rows,
                    new int[] {Types.BIGINT, Types.VARCHAR});
        }
    }

    private void insertChanges(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into company_change (company_id, occurred_at, actor, kind, import_run_id, "
                    + "changed_fields) values (?, ?, ?, ?, ?, ?)", rows, new int[] {Types.BIGINT,
                        Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR});
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value, sqlType);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** Array parameters of at most 1000 values. */
    private static <T> void forChunks(List<T> values, java.util.function.Consumer<List<T>> work) {
        for (int from = 0; from < values.size(); from += 1000) {
            work.accept(values.subList(from, Math.min(values.size(), from + 1000)));
        }
    }
}
