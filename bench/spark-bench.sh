#!/usr/bin/env bash
# Spark job figures (issue #17). On N synthetic articles (bench --write-corpus), one run measures:
#   1. `netagraph load --uri bolt://...` into a Neo4j server (`netagraph serve`, own JVM), with the
#      time of the writer's transactions (-Dnetagraph.writer.timings=true) to separate the Bolt writer;
#   2. the Spark job on local[2] into the same server (database wiped before each job);
#   3. the job submitted with SparkSubmit (what spark-submit runs) to a standalone master with two
#      workers of one core, each a process of its own: once with one executor, once with two;
#   4. the job in bulk mode on local[2] (import files), then neo4j-admin import of them (the app's
#      AdminTool, own JVM) into a new store;
# and prints wall times, write-stage times, relationships/s of both writers, and the ratios.
# Usage: bench/spark-bench.sh N     Needs: mvn -B -DskipTests package (app and spark built).
# Env: SPARK_BENCH_DIR (default target/spark-bench). Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/spark-bench.sh N}
root=$(realpath -m "${SPARK_BENCH_DIR:-target/spark-bench}")
mkdir -p "$root"
corpus="$root/articles-$n"
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  ./netagraph bench --write-corpus "$corpus" --articles "$n" >/dev/null
  touch "$corpus/.complete"
fi
logs="$root/logs"
rm -rf "$logs" "$root/store" "$root/bulk-out" "$root/bulk-store" "$root/spark-home" "$root/work"
mkdir -p "$logs"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $n articles; load before: $(uptime | sed 's/.*load average/load average/')"

export NEO4J_PASSWORD=spark-bench-password
bolt=${SPARK_BENCH_BOLT:-7697}
http=${SPARK_BENCH_HTTP:-7484}
uri="bolt://127.0.0.1:$bolt"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
NETAGRAPH_JAVA_OPTS=-Xmx3g ./netagraph serve --store "$root/store" --bolt-port "$bolt" --http-port "$http" >"$logs/serve.log" 2>&1 &
pids+=($!)
until grep -q " ready in " "$logs/serve.log"; do
  kill -0 "${pids[0]}" 2>/dev/null || { echo "serve failed: $logs/serve.log"; exit 1; }
  sleep 1
done
wipe() { ./netagraph query --uri "$uri" --write "MATCH (n) DETACH DELETE n" >/dev/null; }
rels() { ./netagraph query --uri "$uri" --format csv "MATCH ()-[r]->() RETURN count(r) AS n" | tail -1; }
now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
# the sum of a job's write-stage times, all stages or the relationship stages (ms)
stages() { python3 -c '
import re, sys
m = re.search(r"write stages \(ms\): \{([^}]*)\}", open(sys.argv[1]).read())
d = {k.strip(): int(v) for k, v in (x.split("=") for x in m.group(1).split(","))}
rel = ("offices", "mentions-persons", "mentions-states", "mentions-parties", "holds", "met")
print(sum(d.values()) if sys.argv[2] == "all" else sum(v for k, v in d.items() if k in rel))' "$1" "$2"; }

# 1. load, with the writer's own time
t0=$(now)
NETAGRAPH_JAVA_OPTS="-Xmx3g -Dnetagraph.writer.timings=true" ./netagraph load --plain --uri "$uri" "$corpus" >"$logs/load.log" 2>&1
load_s=$(secs "$t0" "$(now)"); r_load=$(rels)
writer_ms=$(grep -o 'writer transactions took [0-9]*' "$logs/load.log" | awk '{print $4}')
echo "load: ${load_s}s, $r_load relationships; writer transactions ${writer_ms} ms"

opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
cp="spark/target/netagraph-spark.jar:$(cat spark/target/local-classpath.txt)"

# 2. the job on local[2]
wipe
t0=$(now)
java -Xmx3g -XX:+UseParallelGC -Dfile.encoding=UTF-8 $opens -cp "$cp" org.netagraph.spark.SparkJob \
  --master "local[2]" --partitions 2 --input "$corpus" --uri "$uri" >"$logs/job-local2.log" 2>"$logs/job-local2.err"
local2_s=$(secs "$t0" "$(now)"); r_job=$(rels)
local2_all=$(stages "$logs/job-local2.log" all); local2_rel=$(stages "$logs/job-local2.log" rel)
echo "job local[2]: ${local2_s}s, $r_job relationships; write stages ${local2_all} ms (relationship stages ${local2_rel} ms)"

# 3. a standalone cluster of processes: Spark's jars in a stand-in SPARK_HOME (the job's own come by --jars)
home="$root/spark-home"
mkdir -p "$home/jars"
tr ':' '\n' <spark/target/local-classpath.txt | grep '\.jar$' | grep -v -e /org/neo4j/ -e /edu/stanford/nlp/ -e /netagraph- |
  while read -r j; do ln -sf "$j" "$home/jars/"; done
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
# java itself in the background (not a function's subshell), so that $! is the JVM the trap stops
spark_java=(java $opens -cp "$home/jars/*")
mport=${SPARK_BENCH_MASTER:-7177}
if (exec 3<>"/dev/tcp/127.0.0.1/$mport") 2>/dev/null; then
  echo "port $mport is taken (a master left running?): set SPARK_BENCH_MASTER"; exit 1
fi
"${spark_java[@]}" -Xmx512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$mport" --webui-port 0 >"$logs/master.log" 2>&1 &
pids+=($!)
until grep -q "elected leader" "$logs/master.log"; do sleep 1; done
for w in 1 2; do
  "${spark_java[@]}" -Xmx512m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 2560m \
    --work-dir "$root/work/worker-$w" --webui-port 0 "spark://127.0.0.1:$mport" >"$logs/worker-$w.log" 2>&1 &
  pids+=($!)
  until grep -q "Successfully registered" "$logs/worker-$w.log"; do sleep 1; done
done
for k in 1 2; do
  wipe
  t0=$(now)
  "${spark_java[@]}" -Xmx2g org.apache.spark.deploy.SparkSubmit --master "spark://127.0.0.1:$mport" \
    --class org.netagraph.spark.SparkJob --total-executor-cores "$k" --executor-cores 1 --executor-memory 2g \
    --conf spark.ui.enabled=false --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
    --jars "$(cat spark/target/jars.txt)" spark/target/netagraph-spark.jar \
    --input "$corpus" --uri "$uri" --partitions "$k" >"$logs/job-cluster-$k.log" 2>"$logs/job-cluster-$k.err"
  s=$(secs "$t0" "$(now)")
  eval "cluster_s_$k=$s"
  echo "job standalone, $k executor(s) of one core: ${s}s, $(rels) relationships; $(grep -o 'pipelines built.*' "$logs/job-cluster-$k.log")"
done

# 4. bulk mode, then neo4j-admin import into a new store
t0=$(now)
java -Xmx3g -XX:+UseParallelGC -Dfile.encoding=UTF-8 $opens -cp "$cp" org.netagraph.spark.SparkJob \
  --master "local[2]" --partitions 2 --input "$corpus" --mode bulk --output "$root/bulk-out" >"$logs/job-bulk.log" 2>"$logs/job-bulk.err"
bulk_s=$(secs "$t0" "$(now)")
mapfile -t args <"$root/bulk-out/import.args"
mkdir -p "$root/bulk-store/conf"
t0=$(now)
NEO4J_HOME="$root/bulk-store" NEO4J_CONF="$root/bulk-store/conf" java -Xmx2g -cp "target/netagraph.jar:$(cat target/classpath.txt)" \
  org.neo4j.cli.AdminTool "${args[@]}" "--report-file=$root/bulk-store/import.report" >"$logs/import.log" 2>&1
import_s=$(secs "$t0" "$(now)")
echo "job bulk local[2]: ${bulk_s}s ($(grep -o 'graph: .*' "$logs/job-bulk.log")); import: ${import_s}s"
echo "load after: $(uptime | sed 's/.*load average/load average/')"

ratio() { printf '%.2f' "$(echo "$1" | bc -l)"; }
echo "wall time, job local[2] / load: $(ratio "$local2_s / $load_s")"
echo "Bolt writer: $r_load relationships / ${writer_ms} ms of write transactions = $(ratio "$r_load / $writer_ms * 1000") rel/s"
echo "connector sink, local[2]: $r_job relationships / ${local2_all} ms of write stages = $(ratio "$r_job / $local2_all * 1000") rel/s; / ${local2_rel} ms of relationship stages = $(ratio "$r_job / $local2_rel * 1000") rel/s"
echo "connector sink / Bolt writer (all write time): $(ratio "($r_job / $local2_all) / ($r_load / $writer_ms)")"
echo "scaling, standalone 1 -> 2 executors: $(ratio "$cluster_s_1 / $cluster_s_2")x"
echo "bulk (job + import) / incremental job, local[2]: $(ratio "($bulk_s + $import_s) / $local2_s")"
