#!/usr/bin/env bash
# Backup drill (docs/deployment.md): dumps a Kobling database with pg_dump (custom format), restores the dump into a
# fresh database with pg_restore, and checks that every table has the same number of rows in both, and that the
# restored Flyway history has the same latest version. Exit 0 only when all match.
#   tools/restore-test.sh [source-db] [restored-db]     (defaults: kobling, <source>_restore_test)
# Connection: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD as usual for psql.
set -euo pipefail
SRC="${1:-kobling}"
DST="${2:-${SRC}_restore_test}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
for tool in pg_dump pg_restore psql; do
  command -v "$tool" >/dev/null || { echo "restore-test: $tool is missing (Debian: apt-get install postgresql-client)" >&2; exit 2; }
done
DUMP="$(mktemp -d)/$SRC.dump"
trap 'rm -rf "$(dirname "$DUMP")"' EXIT

counts() { # db -> "table rows" lines, sorted
  local tables
  tables=$(psql -d "$1" -v ON_ERROR_STOP=1 -tAc "select quote_ident(schemaname) || '.' || quote_ident(tablename)
    from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1")
  for t in $tables; do
    echo "$t $(psql -d "$1" -v ON_ERROR_STOP=1 -tAc "select count(*) from $t")"
  done
}

start=$(date +%s)
pg_dump -d "$SRC" -Fc -f "$DUMP"
echo "dumped $SRC: $(du -h "$DUMP" | cut -f1) in $(( $(date +%s) - start )) s"
psql -d postgres -v ON_ERROR_STOP=1 -qc "drop database if exists \"$DST\" with (force)" -c "create database \"$DST\""
start=$(date +%s)
pg_restore -d "$DST" --no-owner --exit-on-error "$DUMP"
echo "restored into $DST in $(( $(date +%s) - start )) s"

diff <(counts "$SRC") <(counts "$DST") > "$(dirname "$DUMP")/diff" || {
  echo "restore-test: row counts differ (< $SRC, > $DST):" >&2; cat "$(dirname "$DUMP")/diff" >&2; exit 1; }
tables=$(counts "$DST" | wc -l)
rows=$(counts "$DST" | awk '{s += $2} END {print s + 0}')
v1=$(psql -d "$SRC" -tAc "select max(version) from flyway_schema_history where success" 2>/dev/null || true)
v2=$(psql -d "$DST" -tAc "select max(version) from flyway_schema_history where success" 2>/dev/null || true)
[ "$v1" = "$v2" ] || { echo "restore-test: Flyway versions differ: $v1 vs $v2" >&2; exit 1; }
echo "OK: $tables tables, $rows rows, the same in $SRC and $DST; Flyway version ${v2:-none}"
