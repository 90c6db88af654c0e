#!/usr/bin/env bash
# The analysts' notebooks (notebooks/*.ipynb) with the project's Java kernel.
#   scripts/notebooks.sh install   Jupyter from Debian's packages (apt) + the kernel "dangjian-java" for this user
#   scripts/notebooks.sh kernel    the kernel alone (into $JUPYTER_DATA_DIR when set: the tests use their own)
#   scripts/notebooks.sh start     install if needed, build if needed, open Jupyter on notebooks/ (http://127.0.0.1:8888)
#   scripts/notebooks.sh strip     remove outputs and execution counts from notebooks/*.ipynb (before a commit)
# The notebooks read the configuration in $DANGJIAN_CONFIG (default demo/dangjian.yaml: run ./dangjian demo first).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KERNEL=dangjian-java
export PYDEVD_DISABLE_FILE_VALIDATION=1   # quiets a debugger notice Debian's Python 3.11 prints for every jupyter command

install_jupyter() {
  local need=()
  for pkg in jupyter-nbconvert jupyter-client python3-ipykernel python3-nbformat jupyter-notebook; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if ((${#need[@]})); then
    echo "[notebooks] installing ${need[*]} (apt)"
    local SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

install_kernel() {
  local spec
  spec="$(mktemp -d)/$KERNEL"
  mkdir -p "$spec"
  # argv names the launcher in this checkout; the connection file is Jupyter's.
  cat > "$spec/kernel.json" <<JSON
{
  "argv": ["$HERE/notebooks/kernel/dangjian-kernel", "{connection_file}"],
  "display_name": "Java (党建数据分析)",
  "language": "java",
  "interrupt_mode": "message"
}
JSON
  /usr/bin/jupyter kernelspec install --user --replace --name "$KERNEL" "$spec" >/dev/null
  rm -rf "$(dirname "$spec")"
  echo "[notebooks] kernel $KERNEL installed: $(/usr/bin/jupyter kernelspec list | grep "$KERNEL" | awk '{print $2}')"
}

build_if_needed() {
  if [ ! -f "$HERE/notebooks/target/dangjian-notebooks.jar" ]; then
    echo "[notebooks] building the notebooks distribution (mvn package, a few minutes the first time)"
    (cd "$HERE" && mvn -q -B -DskipTests package)
  fi
}

strip_outputs() {
  python3 - "$HERE"/notebooks/*.ipynb <<'PY'
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell.get("metadata", {}).pop("execution", None)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(nb, f, ensure_ascii=False, indent=1)
        f.write("\n")
PY
  echo "[notebooks] outputs stripped"
}

case "${1:-}" in
  install) install_jupyter; install_kernel ;;
  kernel) install_kernel ;;
  start)
    install_jupyter; install_kernel; build_if_needed
    cd "$HERE/notebooks"
    root=(); [ "$(id -u)" -eq 0 ] && root=(--allow-root)
    exec /usr/bin/jupyter notebook --no-browser --ip=127.0.0.1 --port="${PORT:-8888}" "${root[@]}" ;;
  strip) strip_outputs ;;
  *) echo "usage: scripts/notebooks.sh install|kernel|start|strip" >&2; exit 2 ;;
esac
