#!/usr/bin/env bash
# bench/import-nordic.sh [count] : after bench/import.sh [count] brreg-json (Norway), adds the same number of Finnish
# (PRH v3 JSON) and Swedish (SCB bulk) companies to the bench database with the CLI import, so the search benchmark
# can run at 3 x count companies: bench/search.sh 1000 NO,SE,FI. Results: target/bench/import-nordic-<n>.txt
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
bench_classpath
JAR="$(ls "$ROOT"/target/kobling-*.jar | grep -v original | head -1)"
generate prh-json "$N" "$OUT/prh-$N.json"
generate scb "$N" "$OUT/scb-$N.txt"
export KOBLING_DB_URL="$DB_URL"
APP=(-Dspring.profiles.active=postgres "-Dkobling.data-dir=$OUT/data" -Dlogging.level.root=WARN)
RESULT="$OUT/import-nordic-$N.txt"
{
  machine
  echo "command: bench/import-nordic.sh $N"
} > "$RESULT"
for spec in "prh-json:$OUT/prh-$N.json" "scb:$OUT/scb-$N.txt"; do
  fmt="${spec%%:*}"; file="${spec#*:}"
  t0=$(date +%s.%N)
  java -Xmx1g "-Xlog:gc:file=$OUT/import-$fmt-gc.log" "${APP[@]}" -jar "$JAR" import --format "$fmt" "$file" \
    | tee "$OUT/import-$fmt-stdout.txt" | tail -3
  t1=$(date +%s.%N)
  S=$(echo "$t1 - $t0" | bc)
  printf 'import %s (CLI, wall, rows + index update): %.1f s = %.0f companies/s, peak heap %s MiB\n' "$fmt" "$S" \
    "$(echo "$N / $S" | bc -l)" "$(peak_heap_mb "$OUT/import-$fmt-gc.log")" >> "$RESULT"
done
psql -h "$PGHOST" -U postgres -d "$DB" -tAc "select country_code, count(*) from company_company group by 1 order by 1" \
  | sed 's/^/companies: /' >> "$RESULT"
cat "$RESULT"
