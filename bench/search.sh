#!/usr/bin/env bash
# bench/search.sh [queries] [countries]
# Search latency: the application in-process (postgres profile) against the database and index left by
# bench/import.sh (and bench/import-nordic.sh for NO,SE,FI), single-threaded over loopback HTTP after warm-up.
# BENCH_JAVA_OPTS adds JVM options, e.g. "-Dkobling.search.facet-cache=false" (every text-free search counts its facets,
# as the first search after an index write does); BENCH_TAG is appended to the result file's name.
source "$(dirname "$0")/common.sh"
Q="${1:-1000}"
COUNTRIES="${2:-NO}"
bench_classpath
./mvnw -q -B -ntp compile
RESULT="$OUT/search-$Q-${COUNTRIES//,/-}${BENCH_TAG:+-$BENCH_TAG}.txt"
BEFORE="$(uptime)"
# shellcheck disable=SC2086
java -Xmx1g ${BENCH_JAVA_OPTS:-} "-Xlog:gc:file=$OUT/search-gc.log" "-XX:StartFlightRecording=filename=$OUT/search.jfr,settings=profile" \
  -Dspring.profiles.active=postgres "-Dspring.datasource.url=$DB_URL" "-Dkobling.data-dir=$OUT/data" \
  -Dlogging.level.root=WARN -cp "$CP" no.kobling.bench.SearchBench --queries "$Q" --warmup 1000 \
  --countries "$COUNTRIES" | tee "$OUT/search-stdout.txt"
{
  machine
  echo "command: ${BENCH_JAVA_OPTS:+BENCH_JAVA_OPTS=\"$BENCH_JAVA_OPTS\" }bench/search.sh $Q $COUNTRIES"
  echo "load average before: $BEFORE"
  echo "load average after: $(uptime)"
  grep RESULT "$OUT/search-stdout.txt" | sed 's/^RESULT //'
  echo "peak heap from GC log: $(peak_heap_mb "$OUT/search-gc.log") MiB"
} | tee "$RESULT"
