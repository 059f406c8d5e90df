#!/usr/bin/env bash
# The action's last step: fails the job when a gate failed (exit 1) or a command could not run (exit 2).
set -u
status=0
case "${SPENDLENS_DIFF_EXIT:-0}" in
  0) ;;
  1) echo "::error::Spendlens: the projected monthly LLM spend rises above the threshold (fail-on-increase / min-delta)"; status=1 ;;
  *) echo "::error::Spendlens: the cost report could not be made (exit ${SPENDLENS_DIFF_EXIT}); see the report step's log"; status=1 ;;
esac
case "${SPENDLENS_SCAN_EXIT:-0}" in
  0) ;;
  1) echo "::error::Spendlens: the projected monthly LLM spend is over a budget (the budget input or .spendlens/config.json budgets)"; status=1 ;;
  *) echo "::error::Spendlens: the scan could not run (exit ${SPENDLENS_SCAN_EXIT}); see the report step's log"; status=1 ;;
esac
exit "$status"
