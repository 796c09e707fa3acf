#!/usr/bin/env bash
# bench/top-frames.sh <file.jfr> [n]: the most frequent top frames (self time) and the most frequent application
# frames (no.kobling.*) among the execution samples of a JFR recording.
set -euo pipefail
N="${2:-25}"
TMP=$(mktemp)
jfr print --events jdk.ExecutionSample "$1" > "$TMP"
echo "== top frames (self)"
awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$TMP" | sort | uniq -c | sort -rn | head -"$N"
echo "== first no.kobling frame of each sample"
awk '/stackTrace = \[/ {inside=1; found=0; next} inside && /no\.kobling\./ && !found {l=$0; sub(/^[ \t]+/, "", l); sub(/line:.*/, "", l); print l; found=1} /^\s*\]/ {inside=0}' "$TMP" | sort | uniq -c | sort -rn | head -"$N"
rm -f "$TMP"
