package no.kobling.company.importing.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ValidCompany;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL way of {@link CompanyUpserter}: the batch is {@code COPY}ed into a temporary staging table (one per
 * connection, emptied at commit), then one statement per set of provided columns (almost always one per batch) does
 * the rest set-based: {@code insert ... select ... on conflict (country_code, org_number) do update ... where
 * content_hash is distinct from excluded.content_hash} (unchanged rows untouched, only the provided columns updated),
 * the change history ({@code CREATED}; {@code IMPORTED} with the changed field names, compared with the row as it
 * was before the statement), and the former names (replaced when they changed). New companies, and updated ones
 * whose document the batch's values make completely (all indexed columns provided, no description, target groups or
 * merge), come back for the index write from memory; the other updated ones are flagged {@code index_pending}.
 */
class PostgresCopyWrite implements CompanyUpserter.Strategy {

    /** Separates former names in the staging column (stripped from the names themselves). */
    private static final char SEPARATOR = '\u001f';
    private static final String STAGE = "company_import_stage";

    /**
     * The imported columns the company document holds: an update that provides fewer keeps the others in the row,
     * so the document is not made from memory then (the row is flagged for the indexer instead).
     */
    private static final Set<Column> INDEXED = java.util.EnumSet.of(Column.NAME, Column.FORMER_NAMES,
            Column.INDUSTRY, Column.MUNICIPALITY, Column.EMPLOYEES, Column.STATUS);

    private final JdbcTemplate jdbc;
    private final Map<Set<Column>, String> upserts = new ConcurrentHashMap<>();

    PostgresCopyWrite(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CompanyUpserter.Outcome write(List<ValidCompany> batch, String source, long runId, String actor,
            Instant now) {
        jdbc.execute(STAGE_DDL);
        StringBuilder rows = new StringBuilder(batch.size() * 400);
        Map<Set<Column>, Integer> sizes = new LinkedHashMap<>();
        for (int rn = 0; rn < batch.size(); rn++) {
            ValidCompany c = batch.get(rn);
            sizes.merge(c.provided(), 1, Integer::sum);
            PgCopy.field(rows, rn, true);
            PgCopy.field(rows, c.countryCode(), false);
            PgCopy.field(rows, c.orgNumber(), false);
            for (DbColumn column : DbColumn.ALL) {
                PgCopy.field(rows, column.value().apply(c), false);
            }
            PgCopy.field(rows, mask(c.provided()), false);
            PgCopy.field(rows, c.contentHash(), false);
            PgCopy.field(rows, c.formerNames().stream().map(n -> n.replace(SEPARATOR, ' '))
                    .collect(Collectors.joining(String.valueOf(SEPARATOR))), false);
            rows.append('\n');
        }
        PgCopy.in(jdbc, STAGE, rows);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int inserted = 0;
        int updated = 0;
        List<CompanyUpserter.Written> toIndex = new ArrayList<>(batch.size());
        for (Map.Entry<Set<Column>, Integer> group : sizes.entrySet()) {
            String sql = upserts.computeIfAbsent(group.getKey(), PostgresCopyWrite::upsert);
            List<Object[]> written = jdbc.query(sql, (rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2),
                rs.getBoolean(3), rs.getBoolean(4)}, mask(group.getKey()), source, runId, at, at, at, actor, runId);
            for (Object[] w : written) {
                if ((Boolean) w[3]) {
                    inserted++;
                } else {
                    updated++;
                }
                if (!(Boolean) w[2]) {
                    toIndex.add(new CompanyUpserter.Written((Long) w[0], batch.get((Integer) w[1]), (Boolean) w[3]));
                }
            }
        }
        return new CompanyUpserter.Outcome(inserted, updated, batch.size() - inserted - updated, toIndex);
    }

    private static int mask(Set<Column> provided) {
        int m = 0;
        for (Column c : provided) {
            m |= 1 << c.ordinal();
        }
        return m;
    }

    private static final String STAGE_DDL = "create temp table if not exists " + STAGE + " (rn integer not null, "
            + "country_code text not null, org_number text not null, "
            + DbColumn.ALL.stream().map(c -> c.name() + " " + sqlType(c.sqlType())).collect(Collectors.joining(", "))
            + ", provided integer not null, content_hash text, former_names text not null) on commit delete rows";

    private static String sqlType(int type) {
        return switch (type) {
            case Types.BIGINT -> "bigint";
            case Types.INTEGER -> "integer";
            case Types.DATE -> "date";
            default -> "text";
        };
    }

    /**
     * The statement for the companies of one set of provided columns. Parameters: provided mask, source, run id,
     * created at, updated at, change time, actor, run id. Result: id, staging row number, index pending, created.
     */
    private static String upsert(Set<Column> provided) {
        List<DbColumn> written = DbColumn.ALL.stream().filter(c -> provided.contains(c.group())).toList();
        String all = DbColumn.ALL.stream().map(DbColumn::name).collect(Collectors.joining(", "));
        String fromStage = DbColumn.ALL.stream().map(c -> "s." + c.name()).collect(Collectors.joining(", "));
        String sep = "E'\\x1f'";
        StringBuilder fields = new StringBuilder("concat_ws(','");
        for (DbColumn c : written) {
            fields.append(", case when o.").append(c.name()).append(" is distinct from s.").append(c.name())
                    .append(" then '").append(c.field()).append("' end");
        }
        boolean former = provided.contains(Column.FORMER_NAMES);
        String formerChanged = "o.former is distinct from string_to_array(s.former_names, " + sep + ")";
        if (former) {
            fields.append(", case when ").append(formerChanged).append(" then 'formerNames' end");
        }
        fields.append(")");
        return "with s as materialized (select * from " + STAGE + " where provided = ?), "
                + "up as (insert into company_company as c (country_code, org_number, " + all
                + ", source, content_hash, last_import_run_id, created_at, updated_at, version, index_pending) "
                + "select s.country_code, s.org_number, " + fromStage + ", ?, s.content_hash, ?, ?, ?, 0, false "
                + "from s order by s.rn "
                + "on conflict (country_code, org_number) do update set "
                + written.stream().map(c -> c.name() + " = excluded." + c.name() + ", ").collect(Collectors.joining())
                + "source = excluded.source, content_hash = excluded.content_hash, "
                + "last_import_run_id = excluded.last_import_run_id, updated_at = excluded.updated_at, "
                + "version = c.version + 1, index_pending = "
                + (provided.containsAll(INDEXED) ? "(c.description is not null or c.merged_into_id is not null "
                        + "or exists (select 1 from company_company_target_group g where g.company_id = c.id)) "
                        : "true ")
                + "where c.content_hash is distinct from excluded.content_hash "
                // inserted: by this statement (xmax 0), not merely unseen before it: a row another transaction
                // inserted meanwhile is updated here, and its id may already have a document
                + "returning c.id, c.org_number, c.country_code, c.index_pending, (c.xmax = 0) as inserted), "
                // the rows as they were before the statement, read by id for the updated ones only: every part of
                // the statement reads the same snapshot, so "up"'s own changes are not seen here (a batch of new
                // companies makes no look-up at all)
                + "old as materialized (select c.id, "
                + written.stream().map(c -> "c." + c.name() + ", ").collect(Collectors.joining())
                + "array(select f.name::text from company_former_name f where f.company_id = c.id order by f.id) as former "
                + "from up join company_company c on c.id = up.id where not up.inserted), "
                + "res as materialized (select up.id, s.rn, up.index_pending, up.inserted as created, s.former_names, "
                + fields + " as fields, (up.inserted" + (former ? " or " + formerChanged : "") + ") as former_changed "
                + "from up join s on s.country_code = up.country_code and s.org_number = up.org_number "
                + "left join old o on o.id = up.id), "
                + "chg as (insert into company_change (company_id, occurred_at, actor, kind, import_run_id, "
                + "changed_fields) select id, ?, ?, case when created then 'CREATED' else 'IMPORTED' end, ?, "
                + "case when created then null else nullif(left(fields, 2000), '') end from res order by rn), "
                + "fdel as (delete from company_former_name f using res where f.company_id = res.id "
                + "and not res.created and res.former_changed), "
                + "fins as (insert into company_former_name (company_id, name) select res.id, n.name from res "
                + "cross join lateral unnest(string_to_array(res.former_names, " + sep + ")) with ordinality "
                + "as n(name, pos) where res.former_changed order by res.rn, n.pos) "
                + "select id, rn, index_pending, created from res";
    }
}
