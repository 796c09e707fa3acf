#!/usr/bin/env bash
# bench/load.sh [users] [seconds] [warmup-seconds] [think-ms]
# Load benchmark (issue 18 point 5): the application in-process against the bench database and index left by
# bench/import.sh (PostgreSQL, 1,000,000 companies) plus the demo organisations, advisors and partner profiles
# (profiles postgres,demo); [users] simulated advisors (default 50) log in through the form and for [seconds]
# (default 600) after a warm-up repeat: think (exponential, mean [think-ms], default 1000), then 60 % search (list page),
# 20 % company page, 10 % log an activity (JSON API), 10 % partner recommendations (JSON API).
# A smoke run: bench/load.sh 5 20 5. Results: target/bench/load-<users>-<seconds>.txt
source "$(dirname "$0")/common.sh"
USERS="${1:-50}"
SECONDS_MEASURED="${2:-600}"
WARMUP="${3:-60}"
THINK="${4:-1000}"
bench_classpath
./mvnw -q -B -ntp compile
RESULT="$OUT/load-$USERS-$SECONDS_MEASURED.txt"
BEFORE="$(uptime)"
set +e
java -Xmx1g "-Xlog:gc:file=$OUT/load-gc.log" -XX:FlightRecorderOptions:stackdepth=256 \
  "-XX:StartFlightRecording=filename=$OUT/load.jfr,settings=profile" \
  -Dspring.profiles.active=postgres,demo "-Dspring.datasource.url=$DB_URL" "-Dkobling.data-dir=$OUT/data" \
  -Dlogging.level.root=WARN -cp "$CP" no.kobling.bench.LoadBench --users "$USERS" --seconds "$SECONDS_MEASURED" \
  --warmup "$WARMUP" --think-ms "$THINK" | tee "$OUT/load-stdout.txt"
STATUS=${PIPESTATUS[0]}
set -e
{
  machine
  echo "command: bench/load.sh $USERS $SECONDS_MEASURED $WARMUP $THINK"
  echo "load average before: $BEFORE"
  echo "load average after: $(uptime)"
  grep -E '^(companies|RESULT|ERROR)' "$OUT/load-stdout.txt" | sed 's/^RESULT //'
  echo "peak heap from GC log: $(peak_heap_mb "$OUT/load-gc.log") MiB"
  echo "profile: bench/top-frames.sh $OUT/load.jfr"
} | tee "$RESULT"
exit "$STATUS"
