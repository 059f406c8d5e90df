// CSV and JSON of the panel's current view (filter, what-if and multiplier applied), as the table shows it.
// Pure; the host only writes the returned text to the file the user picks.
import { priceRow, type Totals, type View, type ViewOptions } from './viewModel';

const CSV_COLUMNS = [
  'file', 'line', 'column', 'provider', 'api', 'model', 'input_tokens', 'input_tokens_exact', 'output_tokens',
  'cost_per_call_usd', 'calls_per_month', 'monthly_usd', 'suggested_model', 'suggested_cost_per_call_usd',
  'savings_pct', 'saving_monthly_usd', 'vendor', 'model_assumed', 'model_source',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge spaces, quotes doubled.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`:
 * file names and model ids come from the workspace and must not execute when the CSV is opened.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(round(value)) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Money keeps 8 decimals at most, so exports do not carry float noise like 0.30000000000000004. */
function round(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toFixed(8));
}

interface ExportRow {
  file: string; line: number; column: number; provider: string; api: string; model: string;
  input_tokens: number; input_tokens_exact: boolean; output_tokens: number;
  cost_per_call_usd: number | null; calls_per_month: number; monthly_usd: number | null;
  suggested_model: string | null; suggested_cost_per_call_usd: number | null; savings_pct: number | null; saving_monthly_usd: number;
  vendor: string; model_assumed: boolean; model_source: string;
}

function exportRows(view: View, options: ViewOptions): ExportRow[] {
  return view.groups.flatMap(g => g.rows).map(row => {
    const p = priceRow(row, options);
    return {
      file: row.file, line: row.line, column: row.column, provider: row.provider, api: row.api, model: p.model,
      input_tokens: row.inputTokens, input_tokens_exact: row.inputTokensExact, output_tokens: row.outputTokens,
      cost_per_call_usd: p.costPerCall, calls_per_month: round(p.callsPerMonth), monthly_usd: p.monthly === null ? null : round(p.monthly),
      suggested_model: row.suggestion?.model ?? null, suggested_cost_per_call_usd: row.suggestion?.costPerCall ?? null,
      savings_pct: row.suggestion ? Math.round(row.suggestion.savingsPct) : null, saving_monthly_usd: round(p.saving),
      vendor: row.vendor, model_assumed: row.modelAssumed, model_source: row.modelSource,
    };
  });
}

export function toCsv(view: View, options: ViewOptions): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of exportRows(view, options)) lines.push(CSV_COLUMNS.map(c => csvField(r[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function toJson(view: View, options: ViewOptions): string {
  const totals: Totals = view.totals;
  return JSON.stringify({
    tool: 'spendlens',
    view: { filter: options.filter, groupBy: options.groupBy, whatIf: options.whatIf, multiplier: options.multiplier },
    totals: {
      calls: totals.calls, monthly_usd: round(totals.monthly), baseline_monthly_usd: round(totals.baselineMonthly),
      savings_monthly_usd: round(totals.savings), unknown_prices: totals.unknown,
    },
    calls: exportRows(view, options),
  }, null, 2) + '\n';
}
