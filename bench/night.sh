#!/usr/bin/env bash
# The night benchmark (issue 7, "6. Benchmark"): a full night and then one incremental night on generated data, per stage rows
# in/out, wall seconds, rows per second and peak resident memory, next to the floors measured in the same run on
# the same data: (a) reading every source once, (b) Spark writing the same gold rows with no logic,
# (c) clickhouse-client inserting the same rows as TSV. Writes bench/results/night-sf<SF>.json and .md.
#
#   bench/night.sh [SF] [SEED] [MONTHS]   default SF 1, seed 20240101, 36 months (SF 1: about 6 minutes; SF 10: about 25)
#   bench/night.sh 20 20240101 60          the province at five years (full night 27.5 min, then floors and the incremental night; bench/night.md)
#   DJ_BENCH_SPARK_MASTER=spark://127.0.0.1:17077 bench/night.sh 1   the transform on scripts/spark-cluster.sh's cluster
#     (DJ_BENCH_EXECUTOR_MEMORY=3g sets spark.executor.memory; the workers must offer it: DJ_SPARK_WORKER_MEMORY)
#
# Also measures the published site's pages (bench/pages.sh → bench/results/pages-sf<SF>.md).
#
# Generated data is cached by scale and seed in bench/data/night-sf<SF>-seed<SEED> (registry in H2) and copied
# for each run, so the incremental night's generation never touches the cache. Heap: -Xmx4g up to SF 1, -Xmx8g
# above (DANGJIAN_JAVA_OPTS overrides). ClickHouse from scripts/servers.sh (started if needed).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
NEXT=2026-11-01
MONTHS=${3:-36}
SUFFIX=$([ "$MONTHS" = 36 ] || echo "-m$MONTHS")        # 36 months keeps the names of the earlier runs
CACHE="bench/data/night-sf${SF}-seed${SEED}${SUFFIX}"
SPARK_MASTER=${DJ_BENCH_SPARK_MASTER:-local[2]}
if awk "BEGIN{exit !($SF <= 1)}"; then HEAP=4g; else HEAP=8g; fi
export DANGJIAN_JAVA_OPTS="${DANGJIAN_JAVA_OPTS:--Xmx$HEAP}"

scripts/servers.sh start >/dev/null
eval "$(scripts/servers.sh env)"
TCP_PORT=$(grep -oP '<tcp_port>\K[0-9]+' "$DJ_CH_DIR/config.xml" 2>/dev/null || echo 19000)

if [ ! -f "$CACHE/generation-summary.json" ]; then
  echo "[bench] generating SF $SF (seed $SEED) into $CACHE (cached for later runs)"
  rm -rf "$CACHE"
  ./dangjian generate --scale "$SF" --seed "$SEED" --months "$MONTHS" --as-of "$AS_OF" --out "$CACHE" >/dev/null 2>"$CACHE.log"
fi
RUN=$(mktemp -d /tmp/dangjian-bench-night-XXXX)
cp -r "$CACHE" "$RUN/data"
REGISTRY="jdbc:h2:file:$RUN/data/registry/registry;MODE=PostgreSQL"
DB="dangjian_bench_night"
curl -sS "$DJ_CH_URL/" --data-binary "DROP DATABASE IF EXISTS $DB" >/dev/null
cat > "$RUN/dangjian.yaml" <<YAML
registry:
  url: "$REGISTRY"
  user: sa
  password: ""
inbox: "$RUN/data/inbox"
lake: "$RUN/lake"
site: "$RUN/site"
clickhouse:
  url: "$DJ_CH_URL"
  database: $DB
spark:
  master: "$SPARK_MASTER"
  driver.host: 127.0.0.1
$([ -n "${DJ_BENCH_EXECUTOR_MEMORY:-}" ] && echo "  executor.memory: $DJ_BENCH_EXECUTOR_MEMORY")
YAML

echo "[bench] full night as of $AS_OF, SF $SF, $MONTHS months, Spark $SPARK_MASTER, $DANGJIAN_JAVA_OPTS (run in $RUN)"
/usr/bin/time -v ./dangjian night --as-of "$AS_OF" --config "$RUN/dangjian.yaml" > "$RUN/full.out" 2> "$RUN/full.time" \
  || { echo "[bench] the full night failed:"; tail -20 "$RUN/full.out"; exit 1; }
grep -E "^(ingest|transform|warehouse|dashboards) |^transform (full|incremental)" "$RUN/full.out"

echo "[bench] floors on the same data"
DANGJIAN_MAIN=com.dangjian.bench.NightFloors ./dangjian "$RUN/data/inbox" "$REGISTRY" sa "$RUN/lake" \
  "$DJ_CH_URL" "$TCP_PORT" "$RUN/floors.json" > "$RUN/floors.out" 2> "$RUN/floors.err" \
  || { echo "[bench] floors failed:"; tail -20 "$RUN/floors.err"; exit 1; }

echo "[bench] generating the next night ($NEXT) and running it"
./dangjian generate --next-night --out "$RUN/data" >/dev/null 2>"$RUN/next-night.log"
/usr/bin/time -v ./dangjian night --as-of "$NEXT" --config "$RUN/dangjian.yaml" > "$RUN/incremental.out" 2> "$RUN/incremental.time" \
  || { echo "[bench] the incremental night failed:"; tail -20 "$RUN/incremental.out"; exit 1; }
grep -E "^(ingest|transform|warehouse|dashboards) |^transform (full|incremental)" "$RUN/incremental.out"

DANGJIAN_MAIN=com.dangjian.bench.NightBenchTable ./dangjian "$SF" \
  "$RUN/site/reports/night-$AS_OF.json" "$RUN/full.time" "$RUN/site/reports/night-$NEXT.json" "$RUN/incremental.time" \
  "$RUN/floors.json" "bench/results/night-sf$SF$SUFFIX.json" "bench/results/night-sf$SF$SUFFIX.md" 2>/dev/null
echo "[bench] result: bench/results/night-sf$SF$SUFFIX.json, bench/results/night-sf$SF$SUFFIX.md (run directory $RUN)"

# The site the incremental night published: each page's size and Chromium's load time (bench/pages.sh).
bench/pages.sh "$RUN/site" "SF $SF, after the incremental night ($NEXT)" > "bench/results/pages-sf$SF$SUFFIX.md" \
  && echo "[bench] pages: bench/results/pages-sf$SF$SUFFIX.md" || echo "[bench] pages: not measured (see bench/pages.sh)"
