#!/usr/bin/env bash
# The action's report step (action.yml): on a pull request, `spendlens diff` against the base commit writes the
# Markdown comment and applies --fail-on-increase / --min-delta; in every run `spendlens scan` writes SARIF and applies
# --budget and the per-folder budgets of .spendlens/config.json. Exit codes are recorded as step outputs, not raised:
# the comment is posted first, and the action's last step fails the job.
# Inputs (environment): SPENDLENS_PATH, SPENDLENS_BASE (empty outside pull requests), SPENDLENS_BUDGET,
# SPENDLENS_FAIL_ON_INCREASE, SPENDLENS_MIN_DELTA, SPENDLENS_SARIF (true/false), SPENDLENS_SARIF_RESULTS.
set -uo pipefail
out="${RUNNER_TEMP:?}/spendlens"
mkdir -p "$out"
path="${SPENDLENS_PATH:-.}"
report="$out/report.md"
sarif="$out/spendlens.sarif"

diff_exit=0
if [ -n "${SPENDLENS_BASE:-}" ]; then
  args=(diff --base "$SPENDLENS_BASE" "$path" --format markdown --output "$report")
  [ -n "${SPENDLENS_FAIL_ON_INCREASE:-}" ] && args+=(--fail-on-increase "$SPENDLENS_FAIL_ON_INCREASE")
  [ -n "${SPENDLENS_MIN_DELTA:-}" ] && args+=(--min-delta "$SPENDLENS_MIN_DELTA")
  spendlens "${args[@]}"
  diff_exit=$?
else
  spendlens scan "$path" --format markdown --output "$report"
  diff_exit=$?
  # Outside a pull request the Markdown is a summary, not a gate.
  [ "$diff_exit" = 1 ] && diff_exit=0
fi

scan_args=(scan "$path")
if [ "${SPENDLENS_SARIF:-true}" = true ]; then
  scan_args+=(--format sarif --output "$sarif" --sarif-results "${SPENDLENS_SARIF_RESULTS:-findings}")
else
  scan_args+=(--format json --output "$out/report.json")
fi
[ -n "${SPENDLENS_BUDGET:-}" ] && scan_args+=(--budget "$SPENDLENS_BUDGET")
spendlens "${scan_args[@]}"
scan_exit=$?

[ -f "$report" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$report" >> "$GITHUB_STEP_SUMMARY"
{
  echo "diff-exit=$diff_exit"
  echo "scan-exit=$scan_exit"
  [ -f "$report" ] && echo "report=$report"
  [ -f "$sarif" ] && echo "sarif=$sarif"
} >> "${GITHUB_OUTPUT:?}"
exit 0
