#!/usr/bin/env bash
# Spark job figures (issue #17): on N synthetic articles (bench --write-corpus), one run measures
#   1. `netagraph load --uri bolt://...` into a Neo4j server (`netagraph serve`, own JVM),
#   2. the Spark job (spark/target/netagraph-spark.jar) on local[1] and on local[2] into the same
#      server, the database wiped before each,
# and prints wall times, the job's write-stage times, relationships/s of the Bolt writer (whole load)
# and of the connector sink (the job's write stages), and the ratios. Extraction dominates both.
# Usage: bench/spark-bench.sh N     Needs: mvn -B -DskipTests package (app and spark built).
# Env: SPARK_BENCH_DIR (default target/spark-bench). Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/spark-bench.sh N}
root=${SPARK_BENCH_DIR:-target/spark-bench}
mkdir -p "$root"
corpus="$root/articles-$n"
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  ./netagraph bench --write-corpus "$corpus" --articles "$n" >/dev/null
  touch "$corpus/.complete"
fi
export NEO4J_PASSWORD=spark-bench-password
bolt=${SPARK_BENCH_BOLT:-7697}
http=${SPARK_BENCH_HTTP:-7484}
uri="bolt://127.0.0.1:$bolt"
rm -rf "$root/store"
log=/tmp/spark-bench-serve.log
NETAGRAPH_JAVA_OPTS=-Xmx3g ./netagraph serve --store "$root/store" --bolt-port "$bolt" --http-port "$http" >"$log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null; wait $serve 2>/dev/null || true' EXIT
until grep -q " ready in " "$log"; do
  kill -0 $serve 2>/dev/null || { echo "serve failed: $log"; exit 1; }
  sleep 1
done
wipe() { ./netagraph query --uri "$uri" --write "MATCH (n) DETACH DELETE n" >/dev/null; }
rels() { ./netagraph query --uri "$uri" --format csv "MATCH ()-[r]->() RETURN count(r) AS n" | tail -1; }
now() { date +%s.%N; }

t0=$(now); ./netagraph load --plain --uri "$uri" "$corpus" >/tmp/spark-bench-load.log 2>&1; t1=$(now)
load_s=$(echo "$t1 - $t0" | bc); r_load=$(rels)
# the Bolt writer's share of the load: the load's own figure of transaction time when printed; else whole run
echo "load: ${load_s}s, $r_load relationships"

opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
cp="spark/target/netagraph-spark.jar:$(cat spark/target/local-classpath.txt)"
for k in 1 2; do
  wipe
  t0=$(now)
  java -Xmx3g -XX:+UseParallelGC -Dfile.encoding=UTF-8 $opens -cp "$cp" org.netagraph.spark.SparkJob \
    --master "local[$k]" --partitions "$k" --input "$corpus" --uri "$uri" >/tmp/spark-bench-job-$k.log 2>/tmp/spark-bench-job-$k.err
  t1=$(now)
  s=$(echo "$t1 - $t0" | bc)
  eval "job_s_$k=$s"
  echo "job local[$k]: ${s}s, $(rels) relationships; $(grep -E 'write stages' /tmp/spark-bench-job-$k.log | sed 's/^ *//')"
done
printf 'wall time job local[2] / load: %.2f\n' "$(echo "$job_s_2 / $load_s" | bc -l)"
printf 'scaling local[1] -> local[2]: %.2fx\n' "$(echo "$job_s_1 / $job_s_2" | bc -l)"
