#!/usr/bin/env bash
# bench/generate.sh [count] : writes the benchmark files into target/bench/ (deterministic, seed BENCH_SEED=1)
#   enheter-<n>.json.gz (Enhetsregisteret bulk JSON), enheter-<n>.csv (CSV bulk, 54 columns),
#   prh-<n>.json (Finland, PRH v3), scb-<n>.txt (Sweden, SCB bulk, Latin-1)
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
bench_classpath
generate brreg-json "$N" "$OUT/enheter-$N.json.gz"
generate brreg-csv "$N" "$OUT/enheter-$N.csv"
if [ "${BENCH_NORDIC:-0}" = 1 ]; then
  generate prh-json "$N" "$OUT/prh-$N.json"
  generate scb "$N" "$OUT/scb-$N.txt"
fi
ls -la "$OUT"
