#!/usr/bin/env bash
# bench/search-nordic.sh [count] [queries] : search at Nordic scale in one command (issue 18 point 4): imports count
# Norwegian companies (bench/import.sh), count Finnish and count *stored* Swedish ones (bench/import-nordic.sh; the
# Swedish file holds the sole traders the importer refuses on top of count), so the database holds 3 x count
# companies, then bench/search.sh queries NO,SE,FI. With BENCH_KEEP=1 and a database that already holds them, the
# imports are skipped. Results: target/bench/import-*.txt, import-nordic-<n>.txt, search-<q>-NO-SE-FI.txt
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
Q="${2:-1000}"
HAVE=$(psql -h "$PGHOST" -U postgres -d "$DB" -tAc "select count(*) from company_company" 2>/dev/null || echo 0)
if [ "${BENCH_KEEP:-0}" = 1 ] && [ "$HAVE" -ge $((3 * N)) ]; then
  echo "bench: $DB already holds $HAVE companies; imports skipped (BENCH_KEEP=1)"
else
  bash bench/import.sh "$N" brreg-json
  bash bench/import-nordic.sh "$N"
fi
bash bench/search.sh "$Q" NO,SE,FI
