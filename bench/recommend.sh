#!/usr/bin/env bash
# bench/recommend.sh [sizes] [planted-pairs]
# Partner recommendations: synthetic profile sets (planted complementary pairs in different Nordic languages and
# English, offer-offer and same-industry distractors, Zipf background) indexed in memory by the application's matcher;
# nDCG@10, reciprocal success@10, the cross-language drop, and single-threaded top-10 latency. No database needed.
source "$(dirname "$0")/common.sh"
SIZES="${1:-100000,1000000}"
PAIRS="${2:-2000}"
bench_classpath
RESULT="$OUT/recommend-${SIZES//,/-}.txt"
java -Xmx8g -Xss4m -cp "$CP" no.kobling.bench.RecommendBench --sizes "$SIZES" --pairs "$PAIRS" --seed "$SEED" \
  --cross-language 0.7 | tee "$OUT/recommend-stdout.txt"
{
  echo "date: $(date -Iseconds)"
  echo "nproc: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD)"
  echo "command: bench/recommend.sh $SIZES $PAIRS"
  grep RESULT "$OUT/recommend-stdout.txt" | sed 's/^RESULT //'
} | tee "$RESULT"
