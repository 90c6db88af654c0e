#!/usr/bin/env bash
# Ingestion benchmark: rows per second of each source at a scale factor, the registry (S1) read over JDBC
# from a real PostgreSQL and the files (S2–S6) from the generated inbox. Prints a Markdown table and writes
# bench/results/ingestion-sf<SF>.json. Generated data is cached by scale and seed under bench/data/.
#
#   bench/ingestion.sh [SF] [SEED]        default SF 1, seed 20240101
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

scripts/servers.sh start >/dev/null
eval "$(scripts/servers.sh env)"
REGISTRY="${DJ_PG_URL}dangjian_registry?currentSchema=${SCHEMA}"

if [ ! -f "$DATA/generation-summary.json" ]; then
  echo "[bench] generating SF $SF (seed $SEED) into $DATA, registry in PostgreSQL schema $SCHEMA"
  rm -rf "$DATA"
  psql -h 127.0.0.1 -p "${DJ_PG_URL##*:}" -U postgres -d dangjian_registry -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA" 2>/dev/null \
    || runuser -u postgres -- psql -h 127.0.0.1 -p "$(echo "$DJ_PG_URL" | sed 's#.*:\([0-9]*\)/#\1#')" -d dangjian_registry -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA"
  ./dangjian generate --scale "$SF" --seed "$SEED" --as-of "$AS_OF" --out "$DATA" --registry "$REGISTRY" --registry-user postgres 2>/dev/null
fi

RUN=$(mktemp -d /tmp/dangjian-bench-XXXX)
cat > "$RUN/dangjian.yaml" <<YAML
registry:
  url: "$REGISTRY"
  user: postgres
inbox: "$HERE/$DATA/inbox"
lake: lake
site: site
YAML
echo "[bench] ingesting SF $SF (fresh lake in $RUN)"
/usr/bin/time -v ./dangjian ingest --as-of "$AS_OF" --config "$RUN/dangjian.yaml" > "$RUN/out.txt" 2> "$RUN/time.txt" || true
python3 - "$RUN" "$SF" <<'PY'
import json, re, sys
run, sf = sys.argv[1], sys.argv[2]
rows = []
for line in open(f"{run}/out.txt"):
    m = re.match(r"ingest:(\S+)\s+(\S+)\s+read=(\d+)\s+written=(\d+)\s+rejected=(\d+)\s+([\d.]+)s", line)
    if m:
        step, status, read, written, rejected, secs = m.groups()
        secs = float(secs)
        rows.append({"step": step, "status": status, "read": int(read), "loaded": int(written),
                     "rejected": int(rejected), "seconds": secs,
                     "rows_per_second": round(int(read) / secs) if secs > 0 else None})
time = open(f"{run}/time.txt").read()
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", time).group(1)) // 1024
wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", time).group(1)
result = {"scale": float(sf), "steps": rows, "peak_rss_mb": rss, "wall": wall}
json.dump(result, open(f"bench/results/ingestion-sf{sf}.json", "w"), indent=2)
print(f"\n| step (SF {sf}) | read | loaded | rejected | seconds | rows/s |")
print("|---|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['step']} | {r['read']:,} | {r['loaded']:,} | {r['rejected']:,} | {r['seconds']:.1f} | "
          + (f"{r['rows_per_second']:,}" if r['rows_per_second'] else "–") + " |")
total = sum(r["read"] for r in rows)
print(f"\nwhole ingestion: {total:,} rows, wall {wall} (JVM start included), peak RSS {rss} MB")
PY
