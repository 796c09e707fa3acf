#!/usr/bin/env bash
# bench/search.sh [queries] [countries]
# Search latency: the application in-process (postgres profile) against the database and index left by
# bench/import.sh (and bench/import-nordic.sh for NO,SE,FI), single-threaded over loopback HTTP after warm-up.
source "$(dirname "$0")/common.sh"
Q="${1:-1000}"
COUNTRIES="${2:-NO}"
bench_classpath
./mvnw -q -B -ntp compile
RESULT="$OUT/search-$Q-${COUNTRIES//,/-}.txt"
java -Xmx1g "-Xlog:gc:file=$OUT/search-gc.log" "-XX:StartFlightRecording=filename=$OUT/search.jfr,settings=profile" \
  -Dspring.profiles.active=postgres "-Dspring.datasource.url=$DB_URL" "-Dkobling.data-dir=$OUT/data" \
  -Dlogging.level.root=WARN -cp "$CP" no.kobling.bench.SearchBench --queries "$Q" --warmup 1000 \
  --countries "$COUNTRIES" | tee "$OUT/search-stdout.txt"
{
  machine
  echo "command: bench/search.sh $Q $COUNTRIES"
  grep RESULT "$OUT/search-stdout.txt" | sed 's/^RESULT //'
  echo "peak heap from GC log: $(peak_heap_mb "$OUT/search-gc.log") MiB"
} | tee "$RESULT"
