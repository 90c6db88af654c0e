#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: a master and two workers, each its own JVM, started from the
# Spark jars the build already resolved (jobs/target/lib), on private ports with everything under a scratch folder
# (like scripts/servers.sh), so tests and newcomers can run the night's transform on a cluster:
#
#   scripts/spark-cluster.sh start|stop|status|url
#
#   spark: {master: "spark://127.0.0.1:17077"}     # in the night's configuration (status prints the URL)
#
# `status` prints the master's URL and `workers: N`, the workers the master counts alive. The workers' executors
# read and write the lake where the driver does: on one machine every path is shared; on real clusters see
# docs/operations.md (Running the night on a cluster).
#
# Overrides: DJ_SPARK_SCRATCH, DJ_SPARK_PORT (master, 17077), DJ_SPARK_UI_PORT (master's UI and JSON, 18080; workers
# the next ports), DJ_SPARK_WORKERS (2), DJ_SPARK_WORKER_CORES (1), DJ_SPARK_WORKER_MEMORY (2g).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH=${DJ_SPARK_SCRATCH:-/tmp/dangjian-spark-cluster}
PORT=${DJ_SPARK_PORT:-17077}
UI_PORT=${DJ_SPARK_UI_PORT:-18080}
WORKERS=${DJ_SPARK_WORKERS:-2}
WORKER_CORES=${DJ_SPARK_WORKER_CORES:-1}
WORKER_MEMORY=${DJ_SPARK_WORKER_MEMORY:-2g}
LIB="$HERE/jobs/target/lib"
URL="spark://127.0.0.1:$PORT"

log() { echo "[spark-cluster] $*"; }

# The master's JSON (its UI's /json/): the workers it knows and the applications it ran.
master_json() { curl -sf "http://127.0.0.1:$UI_PORT/json/" 2>/dev/null; }
alive_workers() { master_json | python3 -c 'import json,sys; print(json.load(sys.stdin).get("aliveworkers", 0))' 2>/dev/null || echo 0; }

running() { [ -f "$SCRATCH/$1.pid" ] && kill -0 "$(cat "$SCRATCH/$1.pid")" 2>/dev/null; }

# Workers launch executors from SPARK_HOME/jars: a Spark "home" whose jars are the build's (a RELEASE file marks it
# as a distribution, not a source tree; SPARK_SCALA_VERSION spares the launcher looking for a source build).
spark_home() {
  mkdir -p "$SCRATCH/home"
  ln -sfn "$LIB" "$SCRATCH/home/jars"
  echo "Spark from the Dangjian build ($LIB)" > "$SCRATCH/home/RELEASE"
}

launch() { # name, class, arguments...
  local name=$1 class=$2; shift 2
  . "$HERE/scripts/spark-opens.sh"
  SPARK_HOME="$SCRATCH/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$SCRATCH/local" \
    nohup java -Xmx512m $SPARK_OPENS -cp "$LIB/*" "$class" "$@" > "$SCRATCH/$name.log" 2>&1 &
  echo $! > "$SCRATCH/$name.pid"
}

start() {
  if [ ! -d "$LIB" ]; then
    log "building the jobs distribution first (mvn package, a few minutes)"
    (cd "$HERE" && mvn -q -B -DskipTests package)
  fi
  mkdir -p "$SCRATCH/local"
  spark_home
  if running master; then
    log "master already running at $URL"
  else
    launch master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" --webui-port "$UI_PORT"
  fi
  for i in $(seq 1 "$WORKERS"); do
    if running "worker-$i"; then continue; fi
    mkdir -p "$SCRATCH/worker-$i"
    launch "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$WORKER_CORES" \
      --memory "$WORKER_MEMORY" --work-dir "$SCRATCH/worker-$i" --webui-port $((UI_PORT + i)) "$URL"
  done
  for _ in $(seq 1 120); do
    [ "$(alive_workers)" -ge "$WORKERS" ] && break
    sleep 0.5
  done
  if [ "$(alive_workers)" -lt "$WORKERS" ]; then
    log "the master counts $(alive_workers) of $WORKERS workers alive after 60 s: see $SCRATCH/*.log"
    exit 1
  fi
  log "master $URL (UI http://127.0.0.1:$UI_PORT), $WORKERS workers × $WORKER_CORES core, $WORKER_MEMORY (logs in $SCRATCH)"
}

stop() {
  local name
  for name in $(ls "$SCRATCH" 2>/dev/null | sed -n 's/^\(worker-[0-9]*\)\.pid$/\1/p') master; do
    if running "$name"; then
      kill "$(cat "$SCRATCH/$name.pid")" 2>/dev/null || true
      for _ in $(seq 1 40); do running "$name" || break; sleep 0.25; done
      running "$name" && kill -9 "$(cat "$SCRATCH/$name.pid")" 2>/dev/null || true
      log "$name stopped"
    fi
    rm -f "$SCRATCH/$name.pid"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if running master && master_json >/dev/null; then echo "master: $URL"; else echo "master: down"; fi
    echo "workers: $(alive_workers)" ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
