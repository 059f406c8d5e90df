// The `--fail-on-increase` gate of `spendlens diff`: a rise in the projected monthly spend fails the check when it is
// above a percentage of the base, a dollar amount, or both (then both must be exceeded, so a $1 → $1.30 change does not
// fail a 20 % gate that also asks for $50). A base that costs nothing has no percentage: new spend is judged by its
// dollars alone.
import type { CostDiff } from './compare';
import { formatMoney } from '../../shared/format';

export interface IncreaseThreshold {
  /** Fail when the rise is more than this percentage of the base. */
  pct?: number;
  /** Fail when the rise is more than this many USD per month. */
  usd?: number;
}

export interface IncreaseVerdict {
  exceeded: boolean;
  /** One sentence: the rise and the threshold, or why the threshold does not apply. */
  text: string;
}

/**
 * Reads a threshold: `20%` or `20` (percent), `$50` (USD per month), or both separated by a comma (`20%,$50`).
 * Returns an error message for anything else.
 */
export function parseIncreaseThreshold(text: string): IncreaseThreshold | string {
  const t: IncreaseThreshold = {};
  const parts = text.split(/[,\s]+/).filter(Boolean);
  if (!parts.length) return 'expects a percentage (20%) or a dollar amount ($50)';
  for (const part of parts) {
    const m = /^(\$)?(\d+(?:\.\d+)?|\.\d+)(%)?$/.exec(part);
    if (!m || (m[1] && m[3])) return `expects a percentage (20%) or a dollar amount ($50), got "${part}"`;
    const key = m[1] ? 'usd' : 'pct';
    if (t[key] !== undefined) return `has two ${key === 'usd' ? 'dollar amounts' : 'percentages'} ("${text}")`;
    t[key] = Number(m[2]);
  }
  return t;
}

export function describeThreshold(t: IncreaseThreshold): string {
  return [t.pct !== undefined ? `${t.pct}%` : '', t.usd !== undefined ? `${formatMoney(t.usd)}/month` : ''].filter(Boolean).join(' and ');
}

/** Compares the diff's total monthly delta with the threshold. */
export function judgeIncrease(diff: CostDiff, t: IncreaseThreshold): IncreaseVerdict {
  const rise = diff.totalDelta;
  const change = `${formatMoney(diff.baseTotal)} → ${formatMoney(diff.headTotal)}/month`;
  const limit = describeThreshold(t);
  if (rise <= 1e-9) return { exceeded: false, text: `projected monthly spend does not rise (${change})` };
  const riseText = `+${formatMoney(rise)}/month${diff.totalDeltaPct !== null ? ` (+${diff.totalDeltaPct.toFixed(1)}%)` : ''}, ${change}`;
  const overUsd = t.usd === undefined ? null : rise > t.usd;
  if (diff.totalDeltaPct === null) {
    // Nothing to take a percentage of: the new spend is judged by its dollars.
    if (overUsd === null) return { exceeded: false, text: `new spend ${riseText}: the base costs $0, so the ${limit} threshold does not apply (add a dollar amount to gate new spend)` };
    return { exceeded: overUsd, text: `new spend ${riseText}, ${overUsd ? 'above' : 'within'} ${formatMoney(t.usd!)}/month` };
  }
  const overPct = t.pct === undefined ? null : diff.totalDeltaPct > t.pct;
  const exceeded = (overPct ?? true) && (overUsd ?? true);
  return { exceeded, text: `projected monthly spend rises ${riseText}, ${exceeded ? 'above' : 'within'} the threshold of ${limit}` };
}
