#!/usr/bin/env bash
# Test prerequisites that are real servers, not npm packages, installed once by
# `npm test` (pretest):
# - the rollout tests run a real Prometheus (and its promtool to load
#   deterministic series): on Debian/Ubuntu the distribution's `prometheus`
#   package; elsewhere it says what to install.
# - validate-data's SQL engine tests run a throw-away PostgreSQL cluster: the
#   server binaries of Debian's `postgresql` package (PostgreSQL 15 on bookworm).
# - and a two-shard ClickHouse: Debian's `clickhouse-server` (18.16 on bookworm).
# - the registry tests run a real MLflow 2.12.2 server on Debian's Python
#   packages: the packages below, and the server's Python source unpacked from
#   MLFLOW_SERVER_ARCHIVE (default ../shared/mlflow/mlflow-2.12.2-server.tar.gz
#   beside the repository) into node_modules/.cache/mlship/mlflow-2.12.2, where
#   packages/registry/src/testing/mlflow-process.js looks for it. Without the
#   archive (a clone elsewhere, GitHub's runners) it pip-installs mlflow==2.12.2
#   into a venv at node_modules/.cache/mlship/venv, the ordinary path where PyPI
#   is reachable; an MLflow 2.12.2 already pip-installed for /usr/bin/python3 is used as is.
# Idempotent: what is present is only reported.
set -u

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
have() { command -v "$1" >/dev/null 2>&1; }
fail() {
  echo "setup-test-servers: $1" >&2
  echo "setup-test-servers: $2" >&2
  exit 1
}
PROM_HINT="the rollout tests need a real Prometheus; install prometheus and promtool (2.x; Debian/Ubuntu: apt-get install prometheus, macOS: brew install prometheus) and re-run npm test."
MLFLOW_DEBS="python3-flask python3-sqlalchemy python3-alembic python3-protobuf python3-yaml python3-click python3-cloudpickle python3-requests python3-packaging python3-sqlparse python3-entrypoints python3-git python3-tz python3-importlib-metadata python3-numpy python3-six python3-gunicorn"
MLFLOW_HINT="the registry tests need a real MLflow 2.12.2 server: the server archive (set MLFLOW_SERVER_ARCHIVE to mlflow-2.12.2-server.tar.gz) on the Debian packages ($MLFLOW_DEBS), or PyPI reachable for pip (python3-venv), or 'pip install mlflow==2.12.2' for /usr/bin/python3; then re-run npm test."

SUDO=""
# apt-get install as root (or with passwordless sudo); refreshes the package lists once when a package cannot be found.
apt_install() { # hint, what is missing ("prometheus/promtool are"), packages…
  local hint="$1" what="$2"; shift 2
  have apt-get || fail "$what missing and this machine has no apt-get to install them." "$hint"
  if [ "$(id -u)" != "0" ]; then
    have sudo && sudo -n true 2>/dev/null || fail "$what missing and installing them needs root (run: sudo apt-get install -y --no-install-recommends $*)." "$hint"
    SUDO="sudo -n"
  fi
  local log
  log="$(mktemp)"
  install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >"$log" 2>&1; }
  if ! install "$@"; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update >>"$log" 2>&1 || fail "apt-get update failed (no network?): $(tail -n1 "$log")" "$hint"
    install "$@" || fail "apt-get install $* failed: $(tail -n1 "$log")" "$hint"
  fi
  rm -f "$log"
}

# --- Prometheus -------------------------------------------------------------
if ! { have prometheus && have promtool; }; then
  echo "setup-test-servers: installing the Debian prometheus package (one-time, about 15 s)…"
  apt_install "$PROM_HINT" "prometheus/promtool are" prometheus
  # The package enables a system service; tests start their own servers on free ports, so stop it if init started one.
  if have systemctl && systemctl is-active --quiet prometheus 2>/dev/null; then $SUDO systemctl stop prometheus >/dev/null 2>&1 || true; fi
  have prometheus && have promtool || fail "the prometheus package installed but prometheus/promtool are not on PATH." "$PROM_HINT"
fi
echo "setup-test-servers: $(prometheus --version 2>&1 | head -n1)"

# --- PostgreSQL -------------------------------------------------------------
# validate-data's SQL engine tests start a throw-away cluster (initdb in a temp dir,
# a free loopback port; packages/data/src/sql/testing/postgres-process.js). Before
# MLflow, whose section ends the script.
PG_HINT="the validate-data engine tests need PostgreSQL 15+ server binaries (initdb, postgres; Debian/Ubuntu: apt-get install postgresql, or set MLSHIP_POSTGRES_BIN to the directory holding them) and re-run npm test."
pg_bin() {
  for d in "${MLSHIP_POSTGRES_BIN:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/16/bin /usr/lib/postgresql/17/bin; do
    if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  return 1
}
if ! pg_bin >/dev/null; then
  echo "setup-test-servers: installing the Debian postgresql package (one-time, about 20 s)…"
  apt_install "$PG_HINT" "initdb/postgres are" postgresql
  # The package starts a system cluster on port 5432; the tests start their own on a free port.
  if have systemctl && systemctl is-active --quiet postgresql 2>/dev/null; then $SUDO systemctl stop postgresql >/dev/null 2>&1 || true; fi
  pg_bin >/dev/null || fail "the postgresql package installed but there is no initdb under /usr/lib/postgresql/*/bin." "$PG_HINT"
fi
echo "setup-test-servers: $("$(pg_bin)/postgres" --version)"

# --- ClickHouse -------------------------------------------------------------
# validate-data's engine tests start two clickhouse-server processes (two shards on
# free loopback ports, a Distributed table over them; packages/data/src/sql/testing/
# clickhouse-process.js). Before MLflow, whose section ends the script.
CH_HINT="the validate-data engine tests need clickhouse-server (Debian/Ubuntu: apt-get install clickhouse-server, or set MLSHIP_CLICKHOUSE_BIN to the server binary) and re-run npm test."
ch_bin() {
  for f in "${MLSHIP_CLICKHOUSE_BIN:-}" /usr/bin/clickhouse-server /usr/sbin/clickhouse-server /usr/bin/clickhouse; do
    if [ -n "$f" ] && [ -x "$f" ]; then echo "$f"; return 0; fi
  done
  return 1
}
if ! ch_bin >/dev/null; then
  echo "setup-test-servers: installing the Debian clickhouse-server package (one-time, about 20 s)…"
  apt_install "$CH_HINT" "clickhouse-server is" clickhouse-server
  # The package may start a system server on ports 8123/9000; the tests start their own on free ports.
  if have systemctl && systemctl is-active --quiet clickhouse-server 2>/dev/null; then $SUDO systemctl stop clickhouse-server >/dev/null 2>&1 || true; fi
  ch_bin >/dev/null || fail "the clickhouse-server package installed but there is no clickhouse-server binary." "$CH_HINT"
fi
echo "setup-test-servers: ClickHouse $(dpkg-query -W -f='${Version}' clickhouse-server 2>/dev/null || echo "at $(ch_bin)")"

# --- MLflow -----------------------------------------------------------------
PY=/usr/bin/python3
MLFLOW_DIR="$ROOT/node_modules/.cache/mlship/mlflow-2.12.2"
VENV="$ROOT/node_modules/.cache/mlship/venv"
mlflow_version() { "$1" -c 'import mlflow; print(mlflow.__version__)' 2>/dev/null; }
if [ -x "$PY" ] && [ "$(mlflow_version "$PY")" = "2.12.2" ]; then
  echo "setup-test-servers: MLflow 2.12.2 (pip-installed for $PY)"
  exit 0
fi
if [ -x "$VENV/bin/python" ] && [ "$(mlflow_version "$VENV/bin/python")" = "2.12.2" ]; then
  echo "setup-test-servers: MLflow 2.12.2 (pip-installed in $VENV)"
  exit 0
fi
ARCHIVE="${MLFLOW_SERVER_ARCHIVE:-$ROOT/../shared/mlflow/mlflow-2.12.2-server.tar.gz}"
if [ ! -f "$MLFLOW_DIR/2.12.2/src/mlflow/__init__.py" ] && [ ! -f "$ARCHIVE" ]; then
  echo "setup-test-servers: no MLflow server archive at $ARCHIVE; installing mlflow==2.12.2 from PyPI into $VENV (one-time, a few minutes)…"
  log="$(mktemp)"
  rm -rf "$VENV"
  if "$PY" -m venv "$VENV" >"$log" 2>&1 && "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check mlflow==2.12.2 >>"$log" 2>&1 && [ "$(mlflow_version "$VENV/bin/python")" = "2.12.2" ]; then
    rm -f "$log"
    echo "setup-test-servers: MLflow 2.12.2 (pip-installed in $VENV)"
    exit 0
  fi
  why="$(tail -n1 "$log")"
  rm -rf "$VENV" "$log"
  fail "no MLflow server archive at $ARCHIVE, and pip could not install mlflow==2.12.2: $why" "$MLFLOW_HINT"
fi
if [ ! -f "$MLFLOW_DIR/2.12.2/src/mlflow/__init__.py" ]; then
  rm -rf "$MLFLOW_DIR" && mkdir -p "$MLFLOW_DIR" || fail "cannot create $MLFLOW_DIR." "$MLFLOW_HINT"
  tar xzf "$ARCHIVE" -C "$MLFLOW_DIR" || { rm -rf "$MLFLOW_DIR"; fail "cannot unpack $ARCHIVE." "$MLFLOW_HINT"; }
fi
missing=""
for p in $MLFLOW_DEBS; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed' || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "setup-test-servers: installing the Debian packages MLflow runs on (one-time, about a minute):$missing"
  # shellcheck disable=SC2086 # one word per package
  apt_install "$MLFLOW_HINT" "the Debian packages MLflow runs on are" $missing
fi
PYTHONPATH="$MLFLOW_DIR/2.12.2/src:$MLFLOW_DIR/2.12.2/deps" "$PY" -c 'import mlflow.server' 2>/dev/null \
  || fail "MLflow from $MLFLOW_DIR does not import with $PY: $(PYTHONPATH="$MLFLOW_DIR/2.12.2/src:$MLFLOW_DIR/2.12.2/deps" "$PY" -c 'import mlflow.server' 2>&1 | tail -n1)" "$MLFLOW_HINT"
echo "setup-test-servers: MLflow 2.12.2 (from $ARCHIVE, on $PY $("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])'))"
