#!/usr/bin/env bash
# bench/schedule.sh [seconds]
# Meeting scheduler (issue 6, point 7): generates the instance suite (no.kobling.bench.ScheduleBench.SUITE), then per
# instance runs the packaged command line twice -- `schedule --first-fit` (the organisers' quick schedule) and
# `schedule --seconds N` (Timefold, default 30) -- each in a fresh JVM, checks both outputs with the test suite's
# independent validator and prints one row: upper bound of the format file, scheduled (% of the bound), weighted,
# participants left without meetings, idle slots, seconds (wall clock including JVM start; solver seconds in
# brackets). Result: target/bench/schedule-<seconds>.md. Needs no database.
source "$(dirname "$0")/common.sh"
LIMIT="${1:-30}"
bench_classpath
./mvnw -q -B -ntp package -DskipTests
JAR="$(ls target/kobling-*.jar | grep -v original | head -1)"
DIR="$OUT/schedule"
rm -rf "$DIR" && mkdir -p "$DIR/out"
java -cp "$CP" no.kobling.bench.ScheduleBench generate --out "$DIR"
RESULT="$OUT/schedule-$LIMIT.md"
now() { date +%s.%N; }
{
  echo "date: $(date -Iseconds)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: bench/schedule.sh $LIMIT"
  echo
  java -cp "$CP" no.kobling.bench.ScheduleBench header
} | tee "$RESULT"
for instance in "$DIR"/*.json; do
  name="$(basename "$instance" .json)"
  t0=$(now)
  java -Xmx2g -jar "$JAR" schedule --input "$instance" --output "$DIR/out/$name.first-fit.json" --first-fit \
    2>"$DIR/out/$name.first-fit.log"
  t1=$(now)
  java -Xmx2g -jar "$JAR" schedule --input "$instance" --output "$DIR/out/$name.timefold.json" --seconds "$LIMIT" \
    2>"$DIR/out/$name.timefold.log"
  t2=$(now)
  java -cp "$CP" no.kobling.bench.ScheduleBench evaluate --instance "$instance" \
    --first-fit "$DIR/out/$name.first-fit.json" --ff-seconds "$(echo "$t1 - $t0" | bc)" \
    --timefold "$DIR/out/$name.timefold.json" --tf-seconds "$(echo "$t2 - $t1" | bc)" | tee -a "$RESULT"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULT"
