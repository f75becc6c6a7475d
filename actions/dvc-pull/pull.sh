#!/usr/bin/env bash
# dvc pull with the local cache as fallback, then a checksum check of every target.
# Environment: TARGETS (space separated, may be empty), DVC_EXTRAS, LOG_FILE,
# RUNNER_TEMP, GITHUB_OUTPUT. Exit 1 with one ::error:: line when no verified data
# can be had.
set -uo pipefail

read -ra targets <<< "${TARGETS:-}"
log="${LOG_FILE:-${RUNNER_TEMP:-/tmp}/dvc-pull.log}"
mkdir -p "$(dirname "$log")"
: > "$log"
echo "log-path=$(cd "$(dirname "$log")" && pwd)/$(basename "$log")" >> "$GITHUB_OUTPUT"

if ! command -v dvc >/dev/null 2>&1; then
  echo "dvc is not installed: pip install \"dvc[${DVC_EXTRAS:-s3}]\""
  if ! pip install --quiet "dvc[${DVC_EXTRAS:-s3}]" 2>&1 | tee -a "$log"; then
    echo "::error title=DVC missing::dvc is not on the PATH and pip could not install dvc[${DVC_EXTRAS:-s3}]: install DVC on the runner or fix the extras input."
    exit 1
  fi
fi

source=remote
if ! dvc pull "${targets[@]}" 2>&1 | tee -a "$log"; then
  if [ ! -d .dvc/cache ] || [ -z "$(ls -A .dvc/cache 2>/dev/null)" ]; then
    echo "::error title=No data::dvc pull failed and there is no local DVC cache to fall back on: check the remote's credentials and URL in the log above."
    exit 1
  fi
  echo "::warning title=DVC pull failed::the remote failed (see the log); checking the data out of the local DVC cache instead"
  source=cache
  if ! dvc checkout "${targets[@]}" 2>&1 | tee -a "$log"; then
    echo "::error title=No data::dvc pull failed and the local DVC cache does not hold every target either: check the remote (log above) or warm the cache."
    exit 1
  fi
fi

# `dvc status --quiet` exits 1 when a workspace file differs from the checksum its .dvc file
# (or dvc.lock) records: data that is missing, partly written or changed is refused here.
if ! dvc status --quiet "${targets[@]}" >/dev/null 2>&1; then
  dvc status "${targets[@]}" 2>&1 | tee -a "$log"
  echo "::error title=Data checksum mismatch::the data does not match the checksums recorded in its .dvc files (listed above): refusing to use it."
  exit 1
fi
echo "source=$source" >> "$GITHUB_OUTPUT"
echo "Data verified against its recorded checksums (from the $source): ${TARGETS:-every tracked output}"
