#!/usr/bin/env bash
# bench/all.sh [count] : the whole register benchmark in one command (about 25 minutes for 1,000,000 on 2 cores):
# Norwegian import with the COPY baseline, search at count companies, Finnish and Swedish imports, search over all.
# Results: target/bench/import-<n>-brreg-json.txt, search-<q>-NO.txt, import-nordic-<n>.txt, search-<q>-NO,SE,FI.txt
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
Q="${BENCH_QUERIES:-1000}"
bash bench/import.sh "$N" brreg-json
bash bench/search.sh "$Q" NO
bash bench/import-nordic.sh "$N"
bash bench/search.sh "$Q" NO,SE,FI
