#!/usr/bin/env bash
# bench/match-quality.sh [pairs-file]
# Match quality on the hand-written set (issue 17 point 4): starts Kobling in this JVM with the demo data as background
# (H2 in a fresh temporary folder), creates the set's companies and partner profiles through the public API, asks
# for each A and B of every pair its partner recommendations (GET /api/v1/companies/{id}/partner-recommendations,
# limit 100) and reports success@1, success@10, MRR, nDCG@10, look-alike distractor above the true partner, and the
# cross-language drop. No PostgreSQL needed. Result: target/bench/match-quality.txt (+ per query and breakdown files).
# bench/match-quality.sh --in-memory [pairs-file]: the same set through the application's matcher without the
# application around it (no demo background, seconds instead of minutes; within a few thousandths of the API run);
# also writes target/bench/match-quality-misses.txt: every query whose partner is not first, with the top three and
# the concepts of both sides (for finding the class of a miss).
source "$(dirname "$0")/common.sh"
if [ "${1:-}" = "--in-memory" ]; then
  shift
  bench_classpath
  java -Xmx1g -cp "$CP" no.kobling.bench.MatchQualityInMemory --pairs "${1:-bench/matching/pairs.tsv}" --out "$OUT"
  exit
fi
PAIRS="${1:-bench/matching/pairs.tsv}"
bench_classpath
DATA="$(mktemp -d "${TMPDIR:-/tmp}/kobling-match-quality.XXXXXX")"
trap 'rm -rf "$DATA"' EXIT
RESULT="$OUT/match-quality.txt"
# the application's log goes to the file; the terminal shows progress, results and the breakdown
java -Xmx1g -Dkobling.data-dir="$DATA" -Dlogging.level.root=WARN -Dspring.main.banner-mode=off \
  -cp "$CP" no.kobling.bench.MatchQualityBench --pairs "$PAIRS" --out "$OUT" >"$OUT/match-quality-stdout.txt" 2>&1 &
PID=$!
tail -n +1 -f "$OUT/match-quality-stdout.txt" --pid=$PID | grep --line-buffered -E '^(PROGRESS|RESULT|group|lang |industry |per query)' || true
if ! wait $PID; then
  echo "match-quality run failed; the last lines of $OUT/match-quality-stdout.txt:" >&2
  tail -40 "$OUT/match-quality-stdout.txt" >&2
  exit 1
fi
{
  echo "date: $(date -Iseconds)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')"
  echo "command: bench/match-quality.sh $*"
  grep '^RESULT' "$OUT/match-quality-stdout.txt" | sed 's/^RESULT //'
} | tee "$RESULT"
