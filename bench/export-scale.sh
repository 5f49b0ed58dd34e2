#!/usr/bin/env bash
# Export scale check (issue: exports stream): builds a synthetic graph of one million
# relationships in a scratch store, then exports it in every format with the heap capped at
# 512 MB, printing wall time, output size and peak RSS for each. Not part of `mvn verify`.
# Usage: bench/export-scale.sh [STORE_DIR]   (default: target/scale-store)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-target/scale-store}
out=target/scale-export
mkdir -p "$out"
if [ ! -d "$store" ]; then
  echo "building the synthetic graph in $store ..."
  ./netagraph query --store "$store" --write -f bench/make-big-graph.cypher >/dev/null
fi
./netagraph query --store "$store" "MATCH ()-[r]->() RETURN count(r) AS relationships"
for f in json graphml cypher dot csv; do
  target="$out/graph.$f"; [ "$f" = csv ] && target="$out/csv"
  rm -rf "$target"
  start=$(date +%s.%N)
  NETAGRAPH_JAVA_OPTS="-Xmx512m" /usr/bin/time -f "%M" -o "$out/rss.$f" ./netagraph export --store "$store" --format "$f" -o "$target" >/dev/null 2>"$out/err.$f" \
    || { echo "$f: FAILED"; cat "$out/err.$f"; exit 1; }
  end=$(date +%s.%N)
  size=$(du -sh "$target" | cut -f1)
  printf '%-8s %7.1f s  %6s  peak RSS %s MB  (-Xmx512m)\n' "$f" "$(echo "$end - $start" | bc)" "$size" "$(( $(cat "$out/rss.$f") / 1024 ))"
done
