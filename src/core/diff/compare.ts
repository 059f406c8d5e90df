// The cost difference between two workspace reports (a base revision and the head): calls added, removed
// and changed, with their monthly deltas. Pure: both reports must have been priced with the same catalog
// so that a delta reflects the code, not the prices.
import type { PricedCall } from '../model';
import type { WorkspaceReport } from '../model';
import { matchCalls } from './match';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** What changed in a matched call. */
export type ChangeReason = 'model' | 'inputTokens' | 'outputTokens' | 'callsPerMonth' | 'price' | 'moved';

/** The figures of a call on one side of the diff. */
export interface CallSide {
  file: string;
  line: number;
  column: number;
  model: string | null;
  catalogModel: string | null;
  inputTokens: number;
  outputTokens: number;
  costPerCall: number | null;
  callsPerMonth: number;
  monthlyCost: number | null;
  /** The advisor's cheaper model for this side, with what it would save per month. */
  suggestion?: { model: string; savingsPct: number; monthlySavings: number };
}

export interface CallDelta {
  change: ChangeKind;
  /** Where the call is now (head), or was (base) for a removed call. */
  file: string;
  line: number;
  functionName: string | null;
  provider: string;
  api: string;
  changes: ChangeReason[];
  base: CallSide | null;
  head: CallSide | null;
  /** USD per month, head − base; a side without a price counts as 0 (see `unpriced`). */
  monthlyDelta: number;
  /** USD per call, head − base; null when either side has no price. */
  costPerCallDelta: number | null;
  /** A side of this call has no price, so its delta is incomplete. */
  unpriced: boolean;
}

export interface CostDiff {
  tool: 'spendlens';
  version: string;
  /** Labels of the two sides, e.g. the git revision and "working tree". */
  baseRef: string;
  headRef: string;
  /** Projected USD per month on each side (priced calls only). */
  baseTotal: number;
  headTotal: number;
  /** headTotal − baseTotal: negative when the head is cheaper. */
  totalDelta: number;
  /** totalDelta as a percentage of baseTotal; null when the base costs nothing. */
  totalDeltaPct: number | null;
  counts: { added: number; removed: number; changed: number; unchanged: number; base: number; head: number };
  /** Calls added, removed or changed, the biggest monthly deltas first (unchanged calls are left out). */
  calls: CallDelta[];
  warnings: string[];
}

export interface DiffOptions { baseRef?: string; headRef?: string }

function side(c: PricedCall): CallSide {
  const s: CallSide = {
    file: c.file, line: c.line, column: c.column, model: c.model, catalogModel: c.catalogModel,
    inputTokens: c.inputTokens, outputTokens: c.outputTokens, costPerCall: c.costPerCall,
    callsPerMonth: c.callsPerMonth, monthlyCost: c.monthlyCost,
  };
  if (c.suggestion && c.costPerCall !== null) {
    s.suggestion = { model: c.suggestion.model, savingsPct: c.suggestion.savingsPct, monthlySavings: (c.costPerCall - c.suggestion.costPerCall) * c.callsPerMonth };
  }
  return s;
}

/** Costs are compared to a millionth of a cent so floating noise is not a change. */
const differs = (a: number | null, b: number | null) => (a === null || b === null ? a !== b : Math.abs(a - b) > 1e-8);

function reasons(b: PricedCall, h: PricedCall): ChangeReason[] {
  const out: ChangeReason[] = [];
  if (b.model !== h.model || b.catalogModel !== h.catalogModel) out.push('model');
  if (b.inputTokens !== h.inputTokens) out.push('inputTokens');
  if (b.outputTokens !== h.outputTokens) out.push('outputTokens');
  if (b.callsPerMonth !== h.callsPerMonth) out.push('callsPerMonth');
  if (!out.length && differs(b.costPerCall, h.costPerCall)) out.push('price');
  if (b.file !== h.file) out.push('moved');
  return out;
}

function deltaOf(base: PricedCall | null, head: PricedCall | null): CallDelta {
  const anchor = (head ?? base)!;
  const changes = base && head ? reasons(base, head) : [];
  const costChanged = changes.some(r => r !== 'moved');
  const change: ChangeKind = !base ? 'added' : !head ? 'removed' : costChanged ? 'changed' : 'unchanged';
  const bm = base?.monthlyCost ?? 0, hm = head?.monthlyCost ?? 0;
  const unpriced = (base !== null && base.costPerCall === null) || (head !== null && head.costPerCall === null);
  return {
    change, file: anchor.file, line: anchor.line, functionName: anchor.functionName, provider: anchor.provider, api: anchor.api,
    changes, base: base ? side(base) : null, head: head ? side(head) : null,
    monthlyDelta: hm - bm,
    costPerCallDelta: base && head && base.costPerCall !== null && head.costPerCall !== null ? head.costPerCall - base.costPerCall : null,
    unpriced,
  };
}

const ORDER: Record<ChangeKind, number> = { added: 0, changed: 1, removed: 2, unchanged: 3 };

export function diffReports(base: WorkspaceReport, head: WorkspaceReport, opts: DiffOptions = {}): CostDiff {
  const deltas = matchCalls(base.calls, head.calls).map(p => deltaOf(p.base, p.head));
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0, base: base.calls.length, head: head.calls.length };
  for (const d of deltas) counts[d.change]++;
  const baseTotal = base.totals.monthly, headTotal = head.totals.monthly;
  const totalDelta = headTotal - baseTotal;
  const warnings: string[] = [];
  const unpriced = deltas.filter(d => d.unpriced && d.change !== 'unchanged').length;
  if (unpriced) warnings.push(`${unpriced} changed call(s) have no price on one side; their delta counts that side as $0.`);
  return {
    tool: 'spendlens',
    version: head.version,
    baseRef: opts.baseRef ?? 'base',
    headRef: opts.headRef ?? 'head',
    baseTotal, headTotal, totalDelta,
    totalDeltaPct: baseTotal > 0 ? (totalDelta / baseTotal) * 100 : null,
    counts,
    calls: deltas.filter(d => d.change !== 'unchanged')
      .sort((a, b) => Math.abs(b.monthlyDelta) - Math.abs(a.monthlyDelta) || ORDER[a.change] - ORDER[b.change] || a.file.localeCompare(b.file) || a.line - b.line),
    warnings,
  };
}
