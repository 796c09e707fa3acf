# Shared by the bench scripts: paths, database, classpath of the test classes (generator and drivers).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${BENCH_OUT:-$ROOT/target/bench}"
DB="${BENCH_DB:-kobling_bench}"
PGHOST="${PGHOST:-127.0.0.1}"
DB_URL="jdbc:postgresql://$PGHOST:5432/$DB"
SEED="${BENCH_SEED:-1}"
mkdir -p "$OUT"

# a fresh machine (issue 18 point 6): say which tool is missing instead of failing half-way; Maven runs online
for tool in java psql awk; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install default-jdk-headless postgresql-client gawk)" >&2; exit 2; }
done
# bc is not on every fresh machine: the same arithmetic with awk (the scripts pipe expressions like "a / b" into bc -l)
if ! command -v bc >/dev/null; then
  bc() { local e; e=$(cat); awk "BEGIN { printf \"%.6f\\n\", ($e) }"; }
fi

# compile the generator/drivers (test scope) once and remember the test classpath
bench_classpath() {
  if [ ! -f "$OUT/classpath.txt" ] || [ pom.xml -nt "$OUT/classpath.txt" ]; then
    ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null
  fi
  ./mvnw -q -B -ntp test-compile
  CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/classpath.txt")"
}

fresh_database() {
  psql -h "$PGHOST" -U postgres -v ON_ERROR_STOP=1 -qc "drop database if exists $DB with (force)" -c "create database $DB"
}

# generate <format> <count> <file>: only if the file is missing (same seed and count = same bytes)
generate() {
  if [ ! -s "$3" ]; then
    java -Xmx512m -cp "$CP" no.kobling.bench.Generate --format "$1" --count "$2" --seed "$SEED" --out "$3"
  fi
}

# peak heap used (MiB) from a -Xlog:gc log: the largest "before" value of "123M->45M(1024M)"
peak_heap_mb() {
  grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" | sed 's/M->.*//' | sort -n | tail -1
}

machine() {
  echo "date: $(date -Iseconds)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "postgresql: $(psql -h "$PGHOST" -U postgres -tAc 'show server_version')"
  echo "commit: $(git rev-parse --short HEAD)"
}
