// The model is deprecated (or has a retirement date): name its successor and the price change.
import type { Severity } from '../../model';
import type { Rule } from './rule';
import { candidateCost } from '../candidates';
import { formatUsd as usd } from '../../../shared/format';

interface Data { model: string; retires: string | null; retired: boolean; successor: string | null; successorCostPerCall: number | null; costPerCall: number | null; changePct: number | null }

function retirementDate(deprecated: boolean | string): string | null {
  return typeof deprecated === 'string' && /^\d{4}-\d{2}-\d{2}/.test(deprecated) ? deprecated.slice(0, 10) : null;
}

export const deprecatedModel: Rule<Data> = {
  code: 'deprecated-model',
  severity: 'warning',
  description: 'The model is deprecated or retiring; its successor and the price change are given.',
  check({ fact, call, current, book, settings }) {
    if (!current?.deprecated) return null;
    const retires = retirementDate(current.deprecated);
    const retired = retires === null || retires <= settings.now.toISOString().slice(0, 10);
    const next = current.successor ? book.lookup(current.successor, call.vendor)?.model ?? null : null;
    let successorCost: number | null = null;
    if (next && call.costPerCall !== null) {
      successorCost = candidateCost(call, current, next, { tools: false, vision: false, jsonMode: false, inputTokens: call.inputTokens, outputTokens: call.outputTokens, completions: fact.features.completions?.value ?? 1 }, settings.reasoningAllowance);
    }
    const changePct = successorCost !== null && call.costPerCall ? Math.round((successorCost / call.costPerCall - 1) * 100) : null;
    return { model: current.id, retires, retired, successor: next?.id ?? current.successor ?? null, successorCostPerCall: successorCost, costPerCall: call.costPerCall, changePct };
  },
  severityOf: (d): Severity => (d.retired ? 'warning' : 'information'),
  message: d => {
    const when = d.retires ? (d.retired ? ` (retired ${d.retires})` : ` (retires ${d.retires})`) : '';
    const head = `${d.model} is deprecated${when}`;
    if (!d.successor) return `${head}; no successor in the catalog.`;
    if (d.changePct === null || d.successorCostPerCall === null || d.costPerCall === null) return `${head} → ${d.successor}.`;
    const sign = d.changePct > 0 ? '+' : d.changePct < 0 ? '\u2212' : '±';
    return `${head} → ${d.successor}: ${sign}${Math.abs(d.changePct)}% per call (${usd(d.costPerCall)} → ${usd(d.successorCostPerCall)}).`;
  },
  savings: d => (d.costPerCall !== null && d.successorCostPerCall !== null ? d.costPerCall - d.successorCostPerCall : undefined),
};
