// The model is deprecated (or has a retirement date): name its successor and the price change.
import type { Severity } from '../../model';
import type { Rule } from './rule';
import { candidateCost, needsOf, outputSettingsOf } from '../candidates';
import { formatMoney as usd } from '../../../shared/format';
import { liveSuccessor } from '../../pricing/deprecation';

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
    const next = liveSuccessor(current, id => book.lookup(id, call.vendor)?.model, settings.now);
    let successorCost: number | null = null;
    if (next && call.costPerCall !== null) {
      successorCost = candidateCost(call, next, needsOf(fact, call), outputSettingsOf(settings));
    }
    const changePct = successorCost !== null && call.costPerCall ? Math.round((successorCost / call.costPerCall - 1) * 100) : null;
    return { model: current.id, retires, retired, successor: next?.id ?? null, successorCostPerCall: successorCost, costPerCall: call.costPerCall, changePct };
  },
  // A retired model's calls fail: that is an error, not a price note. One still to retire is a warning to plan for.
  severityOf: (d): Severity => (d.retired ? 'error' : 'warning'),
  message: d => {
    if (d.retired) {
      const since = d.retires ? ` since ${d.retires}` : '';
      return d.successor ? `${d.model} is retired: calls fail${since} → use ${d.successor}${change(d)}.` : `${d.model} is retired: calls fail${since}; no successor in the catalog.`;
    }
    const head = `${d.model} is deprecated${d.retires ? ` (retires ${d.retires})` : ''}`;
    return d.successor ? `${head} → ${d.successor}${change(d)}.` : `${head}; no successor in the catalog.`;
  },
  savings: d => (d.costPerCall !== null && d.successorCostPerCall !== null ? d.costPerCall - d.successorCostPerCall : undefined),
};

/** `: +12% per call ($0.01 → $0.011)`, or '' when either cost is unknown. */
function change(d: Data): string {
  if (d.changePct === null || d.successorCostPerCall === null || d.costPerCall === null) return '';
  const sign = d.changePct > 0 ? '+' : d.changePct < 0 ? '\u2212' : '±';
  return `: ${sign}${Math.abs(d.changePct)}% per call (${usd(d.costPerCall)} → ${usd(d.successorCostPerCall)})`;
}
