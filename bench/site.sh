#!/usr/bin/env bash
# The dashboards stage alone (issue 15's "dashboards stage at SF 10 ≤ 10 s"): reads the gold of a lake a night
# wrote (through the lake's read side) and writes the whole site three times in one JVM, printing the seconds to
# read gold and to write the site, each part's seconds, and the site's files and megabytes. The first run is what a
# night pays (a fresh JVM); the others show how much of it is warm-up.
#
#   bench/site.sh LAKE [AS_OF] [RUNS]   e.g. bench/site.sh /tmp/dangjian-bench-night-XXXX/lake 2026-11-01
#                                   (bench/night.sh prints its run directory; the lake is under it)
# DJ_BENCH_KEEP_SITE=DIR writes the site into DIR and keeps it (to measure its pages: bench/pages.sh DIR).
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LAKE=${1:?usage: bench/site.sh LAKE [AS_OF] [RUNS]}
if [ -n "${DJ_BENCH_KEEP_SITE:-}" ]; then
  SITE=$DJ_BENCH_KEEP_SITE
  mkdir -p "$SITE"
else
  SITE=$(mktemp -d /tmp/dangjian-bench-site-XXXX)
  trap 'rm -rf "$SITE"' EXIT
fi
echo "[bench] site from $LAKE into $SITE (${DANGJIAN_JAVA_OPTS:=-Xmx8g})"
export DANGJIAN_JAVA_OPTS
DANGJIAN_MAIN=com.dangjian.bench.SiteBenchmark ./dangjian "$LAKE" "$SITE" "${2:-$AS_OF}" "${3:-3}"
