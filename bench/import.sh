#!/usr/bin/env bash
# bench/import.sh [count] [format]
# Import benchmark: fresh PostgreSQL database, CLI import of the generated Enhetsregisteret file with a 1 GiB heap
# (the import writes the search index in its own batches, so its wall clock is the end-to-end time, index included),
# then a plain COPY of the same rows for comparison. BENCH_REINDEX=1 also times a full index rebuild afterwards.
# Results: target/bench/import-*.txt
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
FORMAT="${2:-brreg-json}"
case "$FORMAT" in
  brreg-json) FILE="$OUT/enheter-$N.json.gz" ;;
  brreg-csv) FILE="$OUT/enheter-$N.csv" ;;
  *) echo "format brreg-json or brreg-csv"; exit 2 ;;
esac
RESULT="$OUT/import-$N-$FORMAT.txt"

bench_classpath
./mvnw -q -B -ntp package -DskipTests
JAR="$(ls "$ROOT"/target/kobling-*.jar | grep -v original | head -1)"
generate "$FORMAT" "$N" "$FILE"
fresh_database
rm -rf "$OUT/data"

export KOBLING_DB_URL="$DB_URL"
# Spring settings as system properties, so the commands see only their own arguments
APP=(-Dspring.profiles.active=postgres "-Dkobling.data-dir=$OUT/data" -Dlogging.level.root=WARN)
# BENCH_JAVA_OPTS: more JVM options for the timed import (e.g. -XX:+UseParallelGC), for experiments
JVM=(-Xmx1g ${BENCH_JAVA_OPTS:-} "-Xlog:gc:file=$OUT/import-gc.log")

# The command runs as docs/deployment.md ("Commands: import and reindex") deploys it: the jar extracted
# (java -Djarmode=tools ... extract) and a class-data-sharing archive of the application's classes, written by a first
# run (-XX:ArchiveClassesAtExit). That halves the JVM's start. BENCH_FATJAR=1 runs java -jar on the fat jar instead.
# A profile (JFR) is recorded in the fat-jar way only: on JDK 17.0.15 JFR and a dynamic CDS archive together crash
# the JVM at start (SIGSEGV in KlassFactory::check_shared_class_file_load_hook; JDK 25 runs both).
if [ "${BENCH_FATJAR:-0}" = 1 ]; then
  RUN_JAR="$JAR"; CDS_RUN=(); CDS_TRAIN=(); LAYOUT="fat jar (java -jar), with a JFR profile"
  JVM+=("-XX:StartFlightRecording=filename=$OUT/import.jfr,settings=profile")
else
  rm -rf "$OUT/app" "$OUT/app.jsa"
  java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
  RUN_JAR="$OUT/app/$(basename "$JAR")"
  CDS_TRAIN=("-XX:ArchiveClassesAtExit=$OUT/app.jsa"); CDS_RUN=("-XX:SharedArchiveFile=$OUT/app.jsa")
  LAYOUT="extracted jar + CDS archive (docs/deployment.md)"
fi

# 1) schema (Flyway) once, so the import time does not include migrations: start and stop with the reindex command
#    (also the run that writes the CDS archive)
java -Xmx1g "${CDS_TRAIN[@]}" "${APP[@]}" -jar "$RUN_JAR" reindex >/dev/null 2>&1 || true

# 2) the import itself (parse, validate, upsert, index writes of each batch; the index is committed before it exits)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# busy CPU of the whole machine (user + nice + system + irq + softirq, in 1/100 s): with the JVM's own CPU it shows what
# PostgreSQL (and anything else running) used during the import
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
BUSY0=$(busy)
t0=$(date +%s.%N)
# bash's time: the CPU seconds (user + system) of the import JVM, a measure the other load on the machine moves less
TIMEFORMAT='%U %S'
{ time java "${JVM[@]}" "${CDS_RUN[@]}" "${APP[@]}" -jar "$RUN_JAR" import --format "$FORMAT" "$FILE" | tee "$OUT/import-stdout.txt" ; } \
  2> "$OUT/import-stderr.txt"
t1=$(date +%s.%N)
BUSY1=$(busy)
head -n -1 "$OUT/import-stderr.txt" >&2 || true
IMPORT_CPU=$(tail -1 "$OUT/import-stderr.txt" | awk '{printf "%.1f s (user %.1f, system %.1f)", $1 + $2, $1, $2}')
SEGMENTS=$(ls "$OUT"/data/index/company_v2/*.si 2>/dev/null | wc -l)
IMPORT_S=$(echo "$t1 - $t0" | bc)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
IMPORT_HEAP=$(peak_heap_mb "$OUT/import-gc.log")

# 3) optional: the full index build (mass indexer) over the imported rows, for comparison
INDEX_S=""
if [ "${BENCH_REINDEX:-0}" = 1 ]; then
  t2=$(date +%s.%N)
  java -Xmx1g "-Xlog:gc:file=$OUT/reindex-gc.log" "${APP[@]}" -jar "$JAR" reindex | tee "$OUT/reindex-stdout.txt"
  t3=$(date +%s.%N)
  INDEX_S=$(echo "$t3 - $t2" | bc)
  INDEX_HEAP=$(peak_heap_mb "$OUT/reindex-gc.log")
fi
ROWS=$(psql -h "$PGHOST" -U postgres -d "$DB" -tAc "select count(*) from company_company")

# 4) the baseline: COPY of the same generated companies into a copy of company_company
java -Xmx1g -cp "$CP" no.kobling.bench.CopyBaseline --db "$DB_URL" --count "$N" --seed "$SEED" 2>/dev/null \
  | tee "$OUT/copy-stdout.txt"
COPY_S=$(grep -oE 'copy_seconds=[0-9.]+' "$OUT/copy-stdout.txt" | cut -d= -f2)

{
  machine
  echo "command: bench/import.sh $N $FORMAT"
  echo "the command runs from: $LAYOUT"
  echo "load before / after the import: $LOAD_BEFORE / $LOAD_AFTER"
  echo "file: $FILE ($(stat -c %s "$FILE") bytes)"
  echo "rows in company_company: $ROWS"
  printf 'import (CLI, wall): %.1f s = %.0f companies/s, peak heap %s MiB (-Xmx1g)\n' "$IMPORT_S" "$(echo "$N / $IMPORT_S" | bc -l)" "$IMPORT_HEAP"
  printf 'end to end (the import, index included): %.1f s = %.0f companies/s\n' "$IMPORT_S" "$(echo "$N / $IMPORT_S" | bc -l)"
  RUN_S=$(grep -oE 'COMPLETED in [0-9.]+' "$OUT/import-stdout.txt" | grep -oE '[0-9.]+$' || true)
  if [ -n "$RUN_S" ]; then
    printf 'of which the run itself (first record read to index committed, "COMPLETED in"): %.1f s = %.0f companies/s; JVM start and stop: %.1f s\n' \
      "$RUN_S" "$(echo "$N / $RUN_S" | bc -l)" "$(echo "$IMPORT_S - $RUN_S" | bc -l)"
  fi
  echo "CPU of the import JVM: $IMPORT_CPU; company index segments after the import: $SEGMENTS"
  printf 'CPU of the whole machine while the import ran: %.1f s of %.1f available (%d cores); the rest of it is PostgreSQL and anything else running\n' \
    "$(echo "($BUSY1 - $BUSY0) / 100" | bc -l)" "$(echo "$IMPORT_S * $(nproc)" | bc -l)" "$(nproc)"
  if [ -n "$INDEX_S" ]; then
    printf 'full reindex afterwards, for comparison (CLI, wall): %.1f s, peak heap %s MiB\n' "$INDEX_S" "$INDEX_HEAP"
  fi
  printf 'COPY baseline: %s s; import / COPY = %.1f x\n' "$COPY_S" "$(echo "$IMPORT_S / $COPY_S" | bc -l)"
  if [ "${BENCH_FATJAR:-0}" = 1 ]; then echo "profile: bench/top-frames.sh $OUT/import.jfr"; fi
} | tee "$RESULT"
