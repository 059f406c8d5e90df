// A call in a loop over a collection in a script (not a request handler, not streamed) could go
// through the provider's Batch API at its batch prices.
import type { CallFact } from '../../model';
import type { Rule } from './rule';
import { formatMoney as usd, formatSavingsPct as savingPct } from '../../../shared/format';

interface Data { model: string; costPerCall: number; batchCostPerCall: number; pct: number }

/** Paths and function names that read as offline scripts / jobs. */
const SCRIPT_PATH = /(^|\/)(scripts?|jobs?|batch(es)?|etl|backfills?|cron|pipelines?|notebooks?|tasks|workers?|tools|bin)\//i;
const SCRIPT_FUNCTION = /^(main|run|cli)$|(^|_)(backfill|batch|bulk|migrate|reindex|all)(_|$)|^(backfill|batch|bulk|process_?all|label_?all|classify_?all|embed_?all)/i;

export function looksLikeScript(fact: CallFact): boolean {
  return fact.functionName === null || SCRIPT_FUNCTION.test(fact.functionName) || SCRIPT_PATH.test(fact.file) || /__main__/.test(fact.file);
}

/** The call may go through the Batch API: a loop in an offline script, not streamed, no tools or history. */
export function batchAllowed(fact: CallFact): boolean {
  // A loop that feeds each answer into the next turn (history, tool calls) is an agent, not a batch.
  return fact.inLoop && !fact.streaming && !fact.features.history && !fact.features.tools && looksLikeScript(fact);
}

export const batchApi: Rule<Data> = {
  code: 'batch-api',
  severity: 'hint',
  description: "A loop over a collection in a script could use the provider's Batch API at batch prices.",
  check({ fact, call, current }) {
    if (!current || call.costPerCall === null || call.costPerCall <= 0 || current.batchInput === undefined || !batchAllowed(fact)) return null;
    const batchIn = current.batchInput;
    const batchOut = current.batchOutput ?? current.output;
    const batch = (call.inputTokens * batchIn + call.outputTokens * batchOut) / 1_000_000;
    if (batch >= call.costPerCall) return null;
    return { model: current.id, costPerCall: call.costPerCall, batchCostPerCall: batch, pct: (1 - batch / call.costPerCall) * 100 };
  },
  message: d => `Loop in a script: the Batch API would cost ${usd(d.batchCostPerCall)} instead of ${usd(d.costPerCall)} per call (${savingPct(d.pct)}, results within 24 h).`,
  savings: d => d.costPerCall - d.batchCostPerCall,
};
