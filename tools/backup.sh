#!/bin/sh
# Backup and restore of the embedded default installation (docs/operations.md). Stop Kobling first.
#   tools/backup.sh backup  <backup folder> [data folder, default ./data]
#   tools/backup.sh restore <backup folder> [empty data folder, default ./data]
set -eu
if [ $# -lt 2 ]; then
  echo "usage: $0 backup|restore <backup folder> [data folder]" >&2
  exit 2
fi
JAR=${KOBLING_JAR:-$(ls target/kobling-*.jar 2>/dev/null | grep -v original | head -n 1)}
if [ -z "$JAR" ]; then
  echo "no kobling jar: build it with ./mvnw package, or set KOBLING_JAR" >&2
  exit 2
fi
exec java -jar "$JAR" "$1" "$2" "--data-dir=${3:-./data}"
