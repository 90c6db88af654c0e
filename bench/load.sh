#!/usr/bin/env bash
# Load benchmark: the night's ClickHouse loader against clickhouse-client inserting the same TSV bytes, on the
# gold tables of a generated night, in the same run. Runs an embedded night first when the gold lake for this
# scale and seed is not cached. Needs the servers (scripts/servers.sh start).
#
#   bench/load.sh [SF] [SEED]        default SF 1, seed 20240101; result in bench/results/load-sf<SF>.json
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LAKE="bench/data/lake-sf${SF}-seed${SEED}"
need_generated_data
eval "$(scripts/servers.sh env)"
if [ ! -d "$LAKE/gold" ]; then
  RUN=$(mktemp -d /tmp/dangjian-bench-XXXX)
  cat > "$RUN/dangjian.yaml" <<YAML
registry:
  url: "${DJ_PG_URL}dangjian_registry?currentSchema=${SCHEMA}"
  user: postgres
inbox: "$HERE/$DATA/inbox"
lake: "$HERE/$LAKE"
site: site
spark:
  master: "local[2]"
YAML
  echo "[bench] embedded night on SF $SF to build the gold lake ($LAKE)"
  ./dangjian night --as-of "$AS_OF" --config "$RUN/dangjian.yaml" > "$RUN/out.txt" || { cat "$RUN/out.txt"; exit 1; }
fi
TCP_PORT=$(grep -oP '<tcp_port>\K[0-9]+' "$DJ_CH_DIR/config.xml" 2>/dev/null || echo 19000)
echo "[bench] loading the gold tables of SF $SF: loader vs clickhouse-client (port $TCP_PORT)"
DANGJIAN_MAIN=com.dangjian.bench.LoadBenchmark ./dangjian \
  "$HERE/$LAKE" "$DJ_CH_URL" "$TCP_PORT" dangjian_bench_load "bench/results/load-sf${SF}.json" 2>"bench/results/load-sf${SF}.log"
