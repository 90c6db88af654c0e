#!/usr/bin/env bash
# The dashboards' page benchmark (issue 15): for every top-level page of a generated site and for the largest
# organisation pages, the bytes a browser loads for it (the HTML, its own page script and the rule scripts
# the matrix loads on demand counted apart; the shared assets — ECharts, site.css, page.js — once) and the
# milliseconds Debian's headless Chromium takes from navigation to the end of the page's load event (its
# scripts run, its charts set up; `data-load-ms`, real time, median of three), on this machine.
#
#   bench/pages.sh SITE_DIR [LABEL]      e.g. bench/pages.sh /tmp/dangjian-bench-night-XXXX/site "SF 1"
#
# Prints a Markdown table (append it to bench/results/… or bench/night.md).
set -euo pipefail
SITE=${1:?usage: bench/pages.sh SITE_DIR [LABEL]}
LABEL=${2:-$SITE}
SITE=$(cd "$SITE" && pwd)
command -v chromium >/dev/null || { echo "[pages] chromium is needed (apt-get install chromium)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/dangjian-bench-pages-XXXX)
trap 'rm -rf "$WORK"' EXIT

load_ms() { # the page's data-load-ms, median of three runs
  local url=$1 runs=()
  for i in 1 2 3; do
    runs+=("$(timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$WORK/profile-$i" --window-size=1440,1000 --dump-dom "$url" \
      2>/dev/null | grep -oP 'data-load-ms="\K[0-9]+' || echo NA)")
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}
kb() { awk "BEGIN{printf \"%.0f\", $1/1024}"; }
size() { [ -f "$1" ] && stat -c %s "$1" || echo 0; }

pages=(index.html rankings.html compliance.html trends.html alarms.html data.html methodology.html print.html)
# The three largest organisation pages (committees: their tables of the organisations below).
while read -r f; do pages+=("org/$f"); done < <(ls -S "$SITE/org" | grep -E '^[^.]+\.html$' | head -3)

shared=$(( $(size "$SITE/assets/echarts.min.js") + $(size "$SITE/assets/site.css") + $(size "$SITE/assets/page.js") ))
matrix=$(cat "$SITE"/assets/matrix-*.js 2>/dev/null | wc -c)
largest_rule=$(ls -S "$SITE"/assets/matrix-*.js 2>/dev/null | head -1)
echo "### Pages — $LABEL"
echo
echo "Shared assets (ECharts, site.css, page.js), loaded once and cached: $(kb "$shared") KB. Organisations: $(ls "$SITE/org" | grep -cE '^[^.]+\.html$')."
[ -n "$largest_rule" ] && echo "Rule matrices loaded on demand: $(ls "$SITE"/assets/matrix-*.js | wc -l) scripts, $(kb "$matrix") KB in all, the largest $(kb "$(size "$largest_rule")") KB."
echo
echo "| page | HTML KB | page script KB | page total KB (without shared) | load ms (median of 3) |"
echo "|---|---:|---:|---:|---:|"
for p in "${pages[@]}"; do
  html=$(size "$SITE/$p")
  if [[ $p == org/* ]]; then script=$(size "$SITE/${p%.html}.js"); else script=$(size "$SITE/assets/pages/${p%.html}.js"); fi
  echo "| $p | $(kb "$html") | $(kb "$script") | $(kb $((html + script))) | $(load_ms "file://$SITE/$p") |"
done
