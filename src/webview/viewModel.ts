// The panel's view model: report(s) → rows → filtered, sorted, grouped view with totals, under the
// "what-if" toggle and the volume multiplier. Pure (no DOM), so it is unit-tested and stays fast on
// thousands of calls; the DOM layer (main.ts) only renders what this returns.
import type { Suggestion, WorkspaceReport } from '../protocol';
import { formatModelMix, modelLabel, plural, SUGGESTION_KIND_LABEL, unpricedNote, unpricedSentence, volumeSourceLabel } from '../shared/format';

export type SortKey =
  | 'location' | 'provider' | 'vendor' | 'model' | 'inputTokens' | 'outputTokens'
  | 'costPerCall' | 'callsPerMonth' | 'monthly' | 'saving';
export type SortDir = 'asc' | 'desc';
export type GroupBy = 'none' | 'model' | 'vendor' | 'provider' | 'file' | 'folder';

export const SORT_KEYS: readonly SortKey[] = ['location', 'provider', 'vendor', 'model', 'inputTokens', 'outputTokens', 'costPerCall', 'callsPerMonth', 'monthly', 'saving'];
export const GROUP_BYS: readonly GroupBy[] = ['none', 'model', 'vendor', 'provider', 'file', 'folder'];
export const MULTIPLIER_MIN = 0.1;
export const MULTIPLIER_MAX = 100;

export interface ViewOptions {
  filter: string;
  sortKey: SortKey;
  sortDir: SortDir;
  groupBy: GroupBy;
  /** Price every call as if its suggestion had been applied. */
  whatIf: boolean;
  /** Scales every call's volume (the slider), 1 = as configured. */
  multiplier: number;
}

export function defaultViewOptions(): ViewOptions {
  return { filter: '', sortKey: 'monthly', sortDir: 'desc', groupBy: 'none', whatIf: false, multiplier: 1 };
}

/** Options restored from webview state may be stale or hand-edited: keep only valid values. */
export function sanitizeViewOptions(value: unknown): ViewOptions {
  const d = defaultViewOptions();
  if (typeof value !== 'object' || value === null) return d;
  const v = value as Record<string, unknown>;
  return {
    filter: typeof v.filter === 'string' ? v.filter : d.filter,
    sortKey: SORT_KEYS.includes(v.sortKey as SortKey) ? (v.sortKey as SortKey) : d.sortKey,
    sortDir: v.sortDir === 'asc' || v.sortDir === 'desc' ? v.sortDir : d.sortDir,
    groupBy: GROUP_BYS.includes(v.groupBy as GroupBy) ? (v.groupBy as GroupBy) : d.groupBy,
    whatIf: typeof v.whatIf === 'boolean' ? v.whatIf : d.whatIf,
    multiplier: clampMultiplier(typeof v.multiplier === 'number' ? v.multiplier : d.multiplier),
  };
}

export function clampMultiplier(m: number): number {
  if (!Number.isFinite(m)) return 1;
  return Math.min(MULTIPLIER_MAX, Math.max(MULTIPLIER_MIN, m));
}

/** One call site as the panel shows it (a flattened, display-oriented PricedCall). */
export interface Row {
  /** Unique across folders: root + file + position. */
  id: string;
  root: string;
  file: string;
  line: number;
  column: number;
  /** The file's folder (`.` for the workspace root). */
  folder: string;
  /** The SDK or framework the code calls (openai, langchain, vercel-ai…). */
  provider: string;
  /** Whose prices apply (openai, anthropic, gemini, azure…): the policy's vendor, `unknown` when it cannot tell. */
  vendor: string;
  api: string;
  functionName: string | null;
  /** The model id as written, or `unknown` when it cannot be known statically. */
  model: string;
  /** The code does not show the model: it is assumed (`.spendlens/config.json`, the setting). */
  modelAssumed: boolean;
  /** Where the model comes from (literal, constant, assumed, observed…: the JSON report's modelSource). */
  modelSource: string;
  /** What the panel adds after a model the code does not show: ` (assumed)`, ` (observed)`, ` +1 (observed mix)`, or ''. */
  modelTag: string;
  /** Where an assumed or observed model comes from, for the cell's tooltip. */
  modelFrom: string | null;
  /** Why the Cheaper column is empty (no suggestion), in a few words. */
  noSuggestion: string | null;
  inputTokens: number;
  inputTokensExact: boolean;
  outputTokens: number;
  /** USD per call; null when the model or its price is unknown. */
  costPerCall: number | null;
  callsPerMonth: number;
  callsPerMonthSource: string;
  /** Where the volume came from, short: default · comment · usage.json · observed · observed (spread). */
  volumeSource: string;
  /** Real usage matched to the call (spendlens calibrate), next to the static estimate it replaced. */
  observed: {
    calls: number;
    days: number | null;
    matchedBy: string;
    inputTokensMean: number | null;
    outputTokensMean: number | null;
    estimatedInputTokens: number;
    estimatedOutputTokens: number;
    estimatedCostPerCall: number | null;
  } | null;
  suggestion: {
    kind: Suggestion['kind']; model: string; costPerCall: number; savingsPct: number; reason: string;
    complexity: 'simple' | 'moderate' | 'complex'; evidence: string[]; serviceTier?: 'batch' | 'flex';
  } | null;
  /** The model is written as a literal and the suggestion is another model, so "Apply" can edit it. */
  canApply: boolean;
}

export const UNKNOWN_MODEL = 'unknown';
export const UNKNOWN_VENDOR = 'unknown';

export function rowsFromReports(reports: readonly WorkspaceReport[]): Row[] {
  const rows: Row[] = [];
  for (const report of reports) {
    for (const c of report.calls) {
      const slash = c.file.lastIndexOf('/');
      rows.push({
        id: `${report.root}\u0000${c.file}:${c.line}:${c.column}`,
        root: report.root,
        file: c.file,
        line: c.line,
        column: c.column,
        folder: slash < 0 ? '.' : c.file.slice(0, slash),
        provider: c.provider,
        vendor: c.vendor ?? UNKNOWN_VENDOR,
        api: c.api,
        functionName: c.functionName,
        model: c.model ?? UNKNOWN_MODEL,
        modelAssumed: c.modelSource === 'assumed',
        modelSource: c.modelSource,
        modelTag: c.model === null ? '' : modelLabel(c).slice(c.model.length),
        modelFrom: c.modelSource === 'assumed' ? `assumed: ${c.modelAssumedFrom ?? 'not in the code'}`
          : c.modelSource === 'observed' ? `model from observed usage: ${c.observedModels && c.observedModels.length > 1 ? `${formatModelMix(c.observedModels)}; ` : ''}${c.modelObservedFrom ?? 'observed.json'}`
            : null,
        noSuggestion: c.suggestion ? null : c.noSuggestion ?? null,
        inputTokens: c.inputTokens,
        inputTokensExact: c.inputTokensExact,
        outputTokens: c.outputTokens,
        costPerCall: c.costPerCall,
        callsPerMonth: c.callsPerMonth,
        callsPerMonthSource: c.callsPerMonthSource,
        volumeSource: volumeSourceLabel(c.callsPerMonthSource),
        observed: c.observed
          ? {
            calls: c.observed.calls, days: c.observed.days, matchedBy: c.observed.matchedBy,
            inputTokensMean: c.observed.inputTokensMean, outputTokensMean: c.observed.outputTokensMean,
            estimatedInputTokens: c.observed.estimated.inputTokens, estimatedOutputTokens: c.observed.estimated.outputTokens,
            estimatedCostPerCall: c.observed.estimated.costPerCall,
          }
          : null,
        suggestion: c.suggestion
          ? {
            kind: c.suggestion.kind, model: c.suggestion.model, costPerCall: c.suggestion.costPerCall, savingsPct: c.suggestion.savingsPct,
            reason: c.suggestion.reason, complexity: c.suggestion.complexity, evidence: c.suggestion.evidence ?? [],
            ...(c.suggestion.serviceTier ? { serviceTier: c.suggestion.serviceTier } : {}),
          }
          : null,
        canApply: c.suggestion !== null && c.suggestion.kind !== 'service-tier' && c.modelDefinedAt !== null,
      });
    }
  }
  return rows;
}

/** The suggestion as the panel shows it on hover: kind, the hypothesis, then each piece of evidence. */
export function suggestionTooltip(s: NonNullable<Row['suggestion']>): string {
  return [`${SUGGESTION_KIND_LABEL[s.kind]}: ${s.reason}`, ...s.evidence.map(e => `• ${e}`)].join('\n');
}

/** Observed $/call against the static estimate: `+12%`, `−40%`; empty without observed usage or a price. */
export function observedVsEstimate(row: Row): string {
  const est = row.observed?.estimatedCostPerCall;
  if (!row.observed || est === null || est === undefined || est <= 0 || row.costPerCall === null) return '';
  const pct = Math.round((row.costPerCall / est - 1) * 100);
  return pct === 0 ? '±0%' : pct > 0 ? `+${pct}%` : `−${-pct}%`;
}

/** A row's numbers under the current options. */
export interface Priced {
  /** The model priced: the suggestion's under what-if, else the row's own. */
  model: string;
  costPerCall: number | null;
  callsPerMonth: number;
  monthly: number | null;
  /** USD per month the suggestion saves (realised under what-if, possible otherwise); 0 without one. */
  saving: number;
  /** What-if replaced the model of this row. */
  switched: boolean;
}

export function priceRow(row: Row, options: Pick<ViewOptions, 'whatIf' | 'multiplier'>): Priced {
  const callsPerMonth = row.callsPerMonth * options.multiplier;
  const s = row.suggestion;
  const saving = s && row.costPerCall !== null ? Math.max(0, row.costPerCall - s.costPerCall) * callsPerMonth : 0;
  const switched = options.whatIf && s !== null;
  const costPerCall = switched ? s!.costPerCall : row.costPerCall;
  return {
    model: switched ? s!.model : row.model,
    costPerCall,
    callsPerMonth,
    monthly: costPerCall === null ? null : costPerCall * callsPerMonth,
    saving,
    switched,
  };
}

export interface Totals {
  calls: number;
  /** USD per month under the current options (unknown prices count as 0). */
  monthly: number;
  /** USD per month with every call on its own model (what-if off), same multiplier. */
  baselineMonthly: number;
  /** USD per month the suggestions save (or would save). */
  savings: number;
  /** Calls whose price is unknown. */
  unknown: number;
  /** Those calls as `file:line`, in view order: the totals name what they leave out. */
  unpricedSites: string[];
}

export function totalsOf(rows: readonly Row[], options: Pick<ViewOptions, 'whatIf' | 'multiplier'>): Totals {
  const t: Totals = { calls: rows.length, monthly: 0, baselineMonthly: 0, savings: 0, unknown: 0, unpricedSites: [] };
  for (const row of rows) {
    const p = priceRow(row, options);
    if (row.costPerCall === null) { t.unknown++; t.unpricedSites.push(`${row.file}:${row.line}`); }
    else t.baselineMonthly += row.costPerCall * p.callsPerMonth;
    t.monthly += p.monthly ?? 0;
    t.savings += p.saving;
  }
  return t;
}

/** The footer's first cell: the call count and, when some have no price, how many (text) and which (tooltip). */
export function totalsLabel(t: Totals): { text: string; title: string | null } {
  return {
    text: `Total (${plural(t.calls, 'call')}${t.unknown ? ` · ${unpricedNote(t.unknown)}` : ''})`,
    title: t.unknown ? `${unpricedSentence(t.unpricedSites, 10)} — their model is unknown, not resolved or self-hosted (—)` : null,
  };
}

/** Every whitespace-separated word of the filter must appear (case-insensitive) in one of the row's texts. */
export function matchesFilter(row: Row, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = [row.file, `${row.file}:${row.line}`, row.provider, row.vendor, row.api, row.model, row.functionName ?? '', row.suggestion?.model ?? '']
    .join('\n').toLowerCase();
  return words.every(w => hay.includes(w));
}

function sortValue(row: Row, key: SortKey, p: Priced): string | number | null {
  switch (key) {
    case 'location': return null; // handled by the tie-break alone
    case 'provider': return row.provider.toLowerCase();
    case 'vendor': return row.vendor.toLowerCase();
    case 'model': return p.model.toLowerCase();
    case 'inputTokens': return row.inputTokens;
    case 'outputTokens': return row.outputTokens;
    case 'costPerCall': return p.costPerCall;
    case 'callsPerMonth': return p.callsPerMonth;
    case 'monthly': return p.monthly;
    case 'saving': return p.saving;
  }
}

function compareLocation(a: Row, b: Row): number {
  return cmp(a.root, b.root) || cmp(a.file, b.file) || a.line - b.line || a.column - b.column;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by `key` in `dir`; unknown values (null) always go last; ties fall back to file and line. */
export function sortRows(rows: readonly Row[], options: Pick<ViewOptions, 'sortKey' | 'sortDir' | 'whatIf' | 'multiplier'>): Row[] {
  const sign = options.sortDir === 'asc' ? 1 : -1;
  // Decorate once: pricing inside the comparator would run O(n log n) times.
  const decorated = rows.map(row => ({ row, v: sortValue(row, options.sortKey, priceRow(row, options)) }));
  decorated.sort((a, b) => {
    if (a.v !== b.v) {
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const d = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : cmp(String(a.v), String(b.v));
      if (d !== 0) return sign * d;
    }
    const loc = compareLocation(a.row, b.row);
    return options.sortKey === 'location' ? sign * loc : loc;
  });
  return decorated.map(d => d.row);
}

export interface Group {
  /** Stable id of the group (for collapsing); '' when not grouped. */
  key: string;
  label: string;
  rows: Row[];
  totals: Totals;
}

export interface View {
  groups: Group[];
  totals: Totals;
  /** Rows after filtering / rows in the report(s). */
  shown: number;
  total: number;
}

export function groupKeyOf(row: Row, by: GroupBy, options: Pick<ViewOptions, 'whatIf' | 'multiplier'>): string {
  switch (by) {
    case 'none': return '';
    case 'model': return priceRow(row, options).model;
    case 'provider': return row.provider;
    case 'vendor': return row.vendor;
    case 'file': return row.file;
    case 'folder': return row.folder;
  }
}

/** Filter → sort → group. Groups are ordered by their monthly cost, highest first, then by name. */
export function buildView(rows: readonly Row[], options: ViewOptions): View {
  const filtered = rows.filter(r => matchesFilter(r, options.filter));
  const sorted = sortRows(filtered, options);
  const byKey = new Map<string, Row[]>();
  for (const row of sorted) {
    const key = groupKeyOf(row, options.groupBy, options);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  const groups: Group[] = [...byKey].map(([key, list]) => ({ key, label: key, rows: list, totals: totalsOf(list, options) }));
  groups.sort((a, b) => b.totals.monthly - a.totals.monthly || cmp(a.label, b.label));
  return { groups, totals: totalsOf(filtered, options), shown: filtered.length, total: rows.length };
}

/** What the table renders, top to bottom: group headers (when grouped) and rows of open groups. */
export type Item = { kind: 'group'; group: Group; collapsed: boolean } | { kind: 'row'; row: Row };

export function flatten(view: View, groupBy: GroupBy, collapsed: ReadonlySet<string>): Item[] {
  const items: Item[] = [];
  for (const group of view.groups) {
    const isCollapsed = groupBy !== 'none' && collapsed.has(group.key);
    if (groupBy !== 'none') items.push({ kind: 'group', group, collapsed: isCollapsed });
    if (!isCollapsed) for (const row of group.rows) items.push({ kind: 'row', row });
  }
  return items;
}

/** The slice of fixed-height items to put in the DOM for a scroll position (virtual scrolling). */
export function visibleWindow(count: number, scrollTop: number, viewport: number, itemHeight: number, overscan = 10):
  { start: number; end: number; padTop: number; padBottom: number } {
  const first = Math.floor(Math.max(0, scrollTop) / itemHeight);
  const start = Math.max(0, Math.min(count, first - overscan));
  const end = Math.min(count, first + Math.ceil(Math.max(0, viewport) / itemHeight) + overscan);
  return { start, end: Math.max(start, end), padTop: start * itemHeight, padBottom: (count - Math.max(start, end)) * itemHeight };
}

export interface Slice { label: string; value: number }

/** Monthly cost by model or by file, largest first; past `limit` the rest is summed as `other (N)`. */
export function costBreakdown(rows: readonly Row[], by: 'model' | 'file', options: Pick<ViewOptions, 'whatIf' | 'multiplier'>, limit = 8): Slice[] {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const p = priceRow(row, options);
    const label = by === 'model' ? p.model : row.file;
    sums.set(label, (sums.get(label) ?? 0) + (p.monthly ?? 0));
  }
  const slices = [...sums].map(([label, value]) => ({ label, value })).filter(s => s.value > 0)
    .sort((a, b) => b.value - a.value || cmp(a.label, b.label));
  if (slices.length <= limit) return slices;
  const rest = slices.slice(limit - 1);
  return [...slices.slice(0, limit - 1), { label: `other (${rest.length})`, value: rest.reduce((s, x) => s + x.value, 0) }];
}

/** A calls-per-month value typed by the user: `1200`, `1,200`, `1_200`, `2k`, `1.5m`. null if not a volume. */
export function parseCallsPerMonth(text: string): number | null {
  const m = /^\s*(\d[\d,_]*(?:\.\d+)?)\s*([km]?)\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1].replace(/[,_]/g, ''));
  if (!Number.isFinite(n)) return null;
  const scale = m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(n * scale);
}
