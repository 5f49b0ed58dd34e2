#!/usr/bin/env bash
# Cold `netagraph query` on the embedded store: wall seconds from the shell until the command
# exits, each run a new JVM that starts the engine, answers and shuts it down. Runs the same
# query with the class-data archive (the launcher's default) and without it (NETAGRAPH_NO_CDS=1),
# alternating, and prints the medians and their ratio.
# usage: bench/cold-query.sh [RUNS]   (default 5; loads examples/ into a scratch store first)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
store="$(mktemp -d)/store"
"$here/netagraph" load --plain --store "$store" "$here/examples" >/dev/null 2>&1
q='MATCH (p:Person)-[:HOLDS]->(o:Office) RETURN o.title, count(p) ORDER BY count(p) DESC LIMIT 5'
time_one() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}' 
}
with=(); without=()
for _ in $(seq "$runs"); do
  with+=("$(time_one "$here/netagraph" query --store "$store" "$q")")
  without+=("$(NETAGRAPH_NO_CDS=1 time_one "$here/netagraph" query --store "$store" "$q")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}")
printf 'cold query, %d runs each (median wall seconds)\n' "$runs"
printf '  with class-data archive:    %.2f s   (runs: %s)\n' "$mw" "${with[*]}"
printf '  without (NETAGRAPH_NO_CDS): %.2f s   (runs: %s)\n' "$mo" "${without[*]}"
printf '  speed-up: %.2fx; target: at most 8 s\n' "$(awk -v a="$mo" -v b="$mw" 'BEGIN {print a / b}')"
rm -rf "$(dirname "$store")"
