#!/usr/bin/env bash
# Runs every test: unit tests (Surefire) and integration tests (Failsafe) against real servers.
# Installs what is missing (apt: PostgreSQL, ClickHouse, slapd, Chromium, CJK fonts, Jupyter for the notebooks), starts the servers on private
# ports (scripts/servers.sh), runs `mvn verify`, and stops the servers it started.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"

need=()
for pkg in chromium fonts-noto-cjk jupyter-nbconvert jupyter-client python3-ipykernel python3-nbformat jupyter-notebook; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if ((${#need[@]})); then
  echo "[test] installing ${need[*]} (apt)"
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

started=0
# Read the status whole before looking at it: `status | grep -q` under pipefail fails whenever grep stops reading
# early (SIGPIPE to servers.sh), which left the servers unstarted and every integration test refused.
status=$(scripts/servers.sh status)
if grep -q " down" <<<"$status"; then
  scripts/servers.sh start
  started=1
fi
cleanup() { if [ "$started" = 1 ]; then scripts/servers.sh stop || true; fi; }
trap cleanup EXIT
# The tests find the servers where servers.sh put them (DJ_SCRATCH and the DJ_*_PORT overrides included).
eval "$(scripts/servers.sh env)"

mvn -B -ntp verify "$@"
