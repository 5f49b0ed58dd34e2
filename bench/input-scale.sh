#!/usr/bin/env bash
# Input streaming check (issue #18, "a 2 GB JSON lines file or WARC streams with the heap capped at
# 512 MB"): writes a JSON lines file and a gzipped WARC of SIZE MB each (support/BigInputs: short
# stories in a lot of bytes that are no story: a scraper's raw_html field, a page's scripts), then
# runs `load` on each into a fresh store with the heap capped (default 512m) and a GC log, and prints
# the input size, records, wall time, the peak heap in use, the live heap after full collections
# (what stays held: the models, a window of records, a batch) and peak RSS. Not part of mvn verify;
# StreamingMemoryIT does the same on 600 MB with extract.
# Usage: bench/input-scale.sh [SIZE_MB]   (default 2048)
# Env: INPUT_SCALE_XMX (default 512m), INPUT_SCALE_DIR (default target/input-scale).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-2048}
xmx=${INPUT_SCALE_XMX:-512m}
root=${INPUT_SCALE_DIR:-target/input-scale}
mkdir -p "$root"
mvn -B -q -o -DskipTests test-compile package >/dev/null
cp="target/test-classes:target/classes:$(cat target/classpath.txt)"
printf '%-14s %8s %8s %8s %14s %16s %12s\n' input MB records seconds "peak heap MB" "live heap MB" "peak RSS MB"
for kind in jsonl warc; do
  file="$root/big-$mb.$kind"; [ "$kind" = warc ] && file="$file.gz"
  if [ ! -f "$file.records" ]; then
    java -cp "$cp" org.netagraph.support.BigInputs "$kind" "$file" "$mb"
  fi
  store="$root/store-$kind"; rm -rf "$store"
  gc="$root/gc-$kind.log"
  start=$(date +%s.%N)
  NETAGRAPH_NO_CDS=1 NETAGRAPH_JAVA_OPTS="-Xmx$xmx -Xlog:gc:file=$gc" /usr/bin/time -f "%M" -o "$root/rss-$kind" \
    ./netagraph load --plain --store "$store" "$file" >"$root/load-$kind.txt" 2>"$root/load-$kind.err" \
    || { echo "load of $file FAILED (see $root/load-$kind.err)"; tail -5 "$root/load-$kind.err"; exit 1; }
  end=$(date +%s.%N)
  # the live heap is what a full collection leaves; young collections leave old garbage behind
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$gc" | awk -F'->' '{b=$1+0; if (b>p) p=b} END {print p}')
  live=$(grep 'Pause Full' "$gc" | grep -oE '[0-9]+M->[0-9]+M' | awk -F'->' '{a=$2+0; if (a>l) l=a} END {print l+0}')
  printf '%-14s %8d %8d %8.0f %14s %16s %12d\n' "$kind" "$(( $(stat -c %s "$file") / 1048576 ))" \
    "$(cat "$file.records")" "$(echo "$end - $start" | bc)" "$peak" "$live" "$(( $(cat "$root/rss-$kind") / 1024 ))"
  grep -E '^loaded' "$root/load-$kind.txt"
done
