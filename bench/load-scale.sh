#!/usr/bin/env bash
# Load scale check (issue #7, "heap at most 2 GB while loading 100,000 articles"): writes N synthetic
# articles as files (bench --write-corpus, one at a time), then runs `load` into a fresh store with
# the heap capped at 2 GB and a GC log, and prints for each N: wall time, articles/s, the peak heap
# in use (before a collection), the largest heap still live after a collection, and peak RSS.
# If no stage holds the corpus, the live heap after collections stays flat as N grows.
# Usage: bench/load-scale.sh N [N ...]    (e.g. bench/load-scale.sh 5000 20000 100000)
# Env: LOAD_SCALE_XMX (default 2g), LOAD_SCALE_DIR (default target/load-scale). Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
xmx=${LOAD_SCALE_XMX:-2g}
root=${LOAD_SCALE_DIR:-target/load-scale}
mkdir -p "$root"
printf '%9s %9s %11s %15s %17s %12s\n' articles seconds articles/s "peak heap MB" "max live heap MB" "peak RSS MB"
for n in "$@"; do
  corpus="$root/articles-$n"
  store="$root/store-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    ./netagraph bench --write-corpus "$corpus" --articles "$n" >/dev/null
    touch "$corpus/.complete"
  fi
  rm -rf "$store"
  gc="$root/gc-$n.log"
  start=$(date +%s.%N)
  NETAGRAPH_JAVA_OPTS="-Xmx$xmx -Xlog:gc:file=$gc" /usr/bin/time -f "%M" -o "$root/rss-$n" \
    ./netagraph load --plain --store "$store" "$corpus" >"$root/load-$n.txt" 2>"$root/load-$n.err" \
    || { echo "load of $n articles FAILED (see $root/load-$n.err)"; tail -5 "$root/load-$n.err"; exit 1; }
  end=$(date +%s.%N)
  # GC lines look like: GC(12) Pause Young (Allocation Failure) 700M->120M(1964M) 15.2ms
  read -r peak live < <(grep -oE '[0-9]+M->[0-9]+M' "$gc" | awk -F'->' '{b=$1+0; a=$2+0; if (b>p) p=b; if (a>l) l=a} END {print p, l}')
  secs=$(echo "$end - $start" | bc)
  printf '%9d %9.0f %11.1f %15s %17s %12d\n' "$n" "$secs" "$(echo "$n / $secs" | bc -l)" "$peak" "$live" "$(( $(cat "$root/rss-$n") / 1024 ))"
done
