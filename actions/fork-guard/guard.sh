#!/usr/bin/env bash
# Decides whether this run may execute its code on the guarded jobs' runners.
# Environment: EVENT, REPOSITORY, PR_HEAD_REPO, RUN_HEAD_REPO, RUN_EVENT, RUNS_ON,
# PULL_REQUEST_RUNS. Exit 1 with one ::error:: line when it may not.
set -uo pipefail

refuse() {
  echo "::error title=Refused: code from a fork::$1"
  exit 1
}

case "${PULL_REQUEST_RUNS:-allow}" in
  allow | refuse) ;;
  *) refuse "pull-request-runs must be allow or refuse, not '${PULL_REQUEST_RUNS}'" ;;
esac

# GitHub-hosted images only: a fork's code then runs on a fresh VM GitHub throws away.
# Each label must be one of the images' exact names; a self-hosted runner or scale set
# can be called anything, "ubuntu-gpu" too.
hosted_labels="$(dirname "${BASH_SOURCE[0]}")/github-hosted-labels.txt"
if [ ! -r "$hosted_labels" ]; then
  echo "::error title=fork-guard incomplete::$hosted_labels is missing, so no runner can be told apart from a self-hosted one: use the whole actions/fork-guard directory."
  exit 1
fi
images=" $(grep -v '^#' "$hosted_labels" | tr '\n' ' ') "
hosted=false
read -ra labels <<< "$(printf '%s' "${RUNS_ON:-}" | tr -d '[]"' | tr ',' ' ')"
if [ "${#labels[@]}" -gt 0 ]; then
  hosted=true
  for label in "${labels[@]}"; do
    case "$images" in *" $label "*) ;; *) hosted=false ;; esac
  done
fi
if [ -z "${RUNS_ON:-}" ]; then
  on_runner="a self-hosted runner"
else
  on_runner="'$RUNS_ON' (not GitHub-hosted image labels only: those are matched by their exact names, e.g. ubuntu-latest)"
fi

case "$EVENT" in
  pull_request | pull_request_target | pull_request_review | pull_request_review_comment)
    # A deleted fork leaves the head repository empty: as unknown as a fork, and refused alike.
    head="${PR_HEAD_REPO:-}"
    if [ "$head" != "$REPOSITORY" ] && [ "$hosted" != true ]; then
      refuse "the $EVENT comes from ${head:-a deleted fork}, not $REPOSITORY, and these jobs run on $on_runner: self-hosted runners never run code from forks. Push the branch to $REPOSITORY (or let a maintainer dispatch the run) instead."
    fi
    ;;
  workflow_run)
    head="${RUN_HEAD_REPO:-}"
    if [ "$head" != "$REPOSITORY" ] && [ "$hosted" != true ]; then
      refuse "the triggering ${RUN_EVENT:-workflow} run comes from ${head:-a deleted fork}, not $REPOSITORY, and these jobs run on $on_runner: self-hosted runners never run code from forks."
    fi
    if [ "$PULL_REQUEST_RUNS" = refuse ] && { [ "$RUN_EVENT" = pull_request ] || [ "$RUN_EVENT" = pull_request_target ] || [ "$head" != "$REPOSITORY" ]; }; then
      refuse "the triggering run was started by a ${RUN_EVENT:-?} from ${head:-a deleted fork}: what it built is not merged, so it is not released. Run this workflow for pushes, schedules or dispatches of $REPOSITORY."
    fi
    ;;
  issue_comment)
    # The payload names the pull request but not where its head lives.
    if [ "$hosted" != true ]; then
      refuse "issue_comment events cannot prove where the pull request's code comes from: start jobs on $on_runner from pull_request, push, schedule or workflow_dispatch events."
    fi
    ;;
esac
if [ "$hosted" = true ]; then
  echo "Allowed: the jobs run on GitHub-hosted runners only (${RUNS_ON})."
else
  echo "Allowed: the ${EVENT} comes from ${REPOSITORY} itself."
fi
