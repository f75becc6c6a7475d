#!/usr/bin/env bash
# dvc pull with the local cache as fallback, then a checksum check of the .dvc files that
# track the targets.
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

# The checksums are checked on the .dvc files that track the targets, never on dvc.yaml
# stages: `dvc status` of a stage also compares its dependencies, so a code change to
# src/train.py would read as corrupt data. A .dvc file of `dvc add` has outputs only.
dvc_file_of() {
  local path="${1%/}"
  case "$path" in *.dvc) [ -f "$path" ] && printf '%s\n' "$path"; return ;; esac
  # A file inside a tracked directory is tracked by the directory's .dvc file.
  while [ -n "$path" ] && [ "$path" != . ] && [ "$path" != / ]; do
    if [ -f "$path.dvc" ]; then
      printf '%s\n' "$path.dvc"
      return
    fi
    path=$(dirname "$path")
  done
}
dvc_files=()
if [ "${#targets[@]}" -eq 0 ]; then
  # What dvc pull fetched without targets: every .dvc file of the repository.
  while IFS= read -r -d '' file; do dvc_files+=("${file#./}"); done \
    < <(find . \( -name .git -o -name .dvc \) -prune -o -type f -name '*.dvc' -print0 | sort -z)
else
  for target in "${targets[@]}"; do
    file=$(dvc_file_of "$target")
    if [ -n "$file" ]; then
      case " ${dvc_files[*]} " in *" $file "*) ;; *) dvc_files+=("$file") ;; esac
    else
      echo "::warning title=Checksums not verified::$target is not tracked by a .dvc file (a dvc.yaml stage or its output?): its data was pulled but not checked, since dvc status of a stage also compares its code and parameters."
    fi
  done
fi

if [ "${#dvc_files[@]}" -eq 0 ]; then
  echo "No .dvc file tracks ${TARGETS:-any output}: nothing to verify."
else
  # `dvc status --quiet` exits 1 when a workspace file differs from the checksum its .dvc
  # file records (data that is missing, partly written or changed is refused here), and
  # 255 when DVC itself fails.
  dvc status --quiet "${dvc_files[@]}" >/dev/null 2>&1
  status=$?
  if [ "$status" -ne 0 ]; then
    dvc status "${dvc_files[@]}" 2>&1 | tee -a "$log"
    if [ "$status" -eq 1 ]; then
      echo "::error title=Data checksum mismatch::the data does not match the checksums recorded in its .dvc files (listed above): refusing to use it."
    else
      echo "::error title=DVC status failed::dvc status could not check ${dvc_files[*]} (exit $status; its output is above), so the data is not verified."
    fi
    exit 1
  fi
  echo "Data verified against the checksums in ${dvc_files[*]} (from the $source)."
fi
echo "source=$source" >> "$GITHUB_OUTPUT"
