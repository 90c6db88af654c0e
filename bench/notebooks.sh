#!/usr/bin/env bash
# Notebook benchmark: wall seconds of `jupyter nbconvert --execute` for each notebook of notebooks/ against each
# configuration given (a night's dangjian.yaml: ClickHouse when it has a clickhouse block, else its Parquet lake),
# next to a notebook of one trivial cell (Jupyter + the kernel's JVM starting: the floor every notebook pays).
# The kernel must be installed (scripts/notebooks.sh install) and the notebooks distribution built.
#
#   bench/notebooks.sh CONFIG [CONFIG...]      prints a Markdown table; also written to bench/results/notebooks.md
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
[ $# -ge 1 ] || { echo "usage: bench/notebooks.sh CONFIG [CONFIG...]" >&2; exit 2; }
[ -f notebooks/target/dangjian-notebooks.jar ] || mvn -q -B -o package -DskipTests
export PYDEVD_DISABLE_FILE_VALIDATION=1
OUT=$(mktemp -d /tmp/dangjian-bench-notebooks-XXXX)
cat > "$OUT/00-kernel-start.ipynb" <<'JSON'
{"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "outputs": [], "source": ["1 + 1"]}],
 "metadata": {"kernelspec": {"name": "dangjian-java", "display_name": "Java", "language": "java"}}, "nbformat": 4, "nbformat_minor": 5}
JSON
seconds() { # config notebook
  local s e
  s=$(date +%s%3N)
  DANGJIAN_CONFIG="$1" /usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=1200 \
    --output-dir "$OUT/run" "$2" >"$OUT/last.log" 2>&1 || { cat "$OUT/last.log" >&2; exit 1; }
  e=$(date +%s%3N)
  awk -v ms=$((e - s)) 'BEGIN { printf "%.1f", ms / 1000 }'
}
header="| notebook |"; rule="|---|"
for c in "$@"; do
  src=$(grep -q '^clickhouse:' "$c" && echo ClickHouse || echo "Parquet lake")
  header="$header $c ($src) s |"; rule="$rule---:|"
done
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; wall seconds of jupyter nbconvert --execute (kernel start included)."
  echo
  echo "$header"; echo "$rule"
  for nb in "$OUT/00-kernel-start.ipynb" notebooks/*.ipynb; do
    line="| $(basename "$nb" .ipynb) |"
    for c in "$@"; do line="$line $(seconds "$c" "$nb") |"; done
    echo "$line"
  done
} | tee bench/results/notebooks.md
rm -rf "$OUT"
