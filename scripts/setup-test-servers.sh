#!/usr/bin/env bash
# Test prerequisites that are real servers, not npm packages: the rollout tests
# run a real Prometheus (and its promtool to load deterministic series), so
# `npm test` (pretest) makes sure both are on PATH. On Debian/Ubuntu it installs
# the distribution's `prometheus` package; elsewhere it says what to install.
# Idempotent: when both binaries are present it only prints their version.
set -u

have() { command -v "$1" >/dev/null 2>&1; }
fail() {
  echo "setup-test-servers: $1" >&2
  echo "setup-test-servers: the rollout tests need a real Prometheus; install prometheus and promtool (2.x; Debian/Ubuntu: apt-get install prometheus, macOS: brew install prometheus) and re-run npm test." >&2
  exit 1
}

if have prometheus && have promtool; then
  echo "setup-test-servers: $(prometheus --version 2>&1 | head -n1)"
  exit 0
fi

have apt-get || fail "prometheus/promtool are missing and this machine has no apt-get to install them."

SUDO=""
if [ "$(id -u)" != "0" ]; then
  have sudo && sudo -n true 2>/dev/null || fail "prometheus/promtool are missing and installing them needs root (run: sudo apt-get install -y prometheus)."
  SUDO="sudo -n"
fi

echo "setup-test-servers: installing the Debian prometheus package (one-time, about 15 s)…"
log="$(mktemp)"
install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus >"$log" 2>&1; }
# A fresh container has empty package lists: refresh them once, only if the install cannot find the package.
if ! install; then
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update >>"$log" 2>&1 || fail "apt-get update failed (no network?): $(tail -n1 "$log")"
  install || fail "apt-get install prometheus failed: $(tail -n1 "$log")"
fi
rm -f "$log"
# The package enables a system service; tests start their own servers on free ports, so stop it if init started one.
if have systemctl && systemctl is-active --quiet prometheus 2>/dev/null; then $SUDO systemctl stop prometheus >/dev/null 2>&1 || true; fi
have prometheus && have promtool || fail "the prometheus package installed but prometheus/promtool are not on PATH."
echo "setup-test-servers: $(prometheus --version 2>&1 | head -n1)"
