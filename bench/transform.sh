#!/usr/bin/env bash
# Transform benchmark: one embedded night (Spark local[2], no ClickHouse) on cached generated data, printing
# each stage's rows and seconds; the transform stage's wall time is the figure. Data from bench/ingestion.sh's
# cache (generated on first use).
#
#   bench/transform.sh [SF] [SEED]        default SF 1, seed 20240101
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_generated_data
eval "$(scripts/servers.sh env)"
RUN=$(mktemp -d /tmp/dangjian-bench-XXXX)
cat > "$RUN/dangjian.yaml" <<YAML
registry:
  url: "${DJ_PG_URL}dangjian_registry?currentSchema=${SCHEMA}"
  user: postgres
inbox: "$HERE/$DATA/inbox"
lake: lake
site: site
spark:
  master: "local[2]"
YAML
echo "[bench] night on SF $SF, Spark local[2] (lake in $RUN)"
/usr/bin/time -v ./dangjian night --as-of "$AS_OF" --config "$RUN/dangjian.yaml" > "$RUN/out.txt" 2> "$RUN/time.txt" || true
grep -E "^(transform|dashboards|ingest:study|stale)" "$RUN/out.txt"
grep -E "Elapsed|Maximum resident" "$RUN/time.txt"
