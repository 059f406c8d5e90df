// What the status bar item says for the workspace's totals: pure (no `vscode`), so a unit test reads it. Unpriced calls
// are not in the total, and the total says so (`≈ $31/mo + 10 unpriced`); the tooltip names them.
import type { WorkspaceTotals } from '../protocol';
import { currencyNote, formatCount, formatMonthly, plural, unpricedNote } from '../shared/format';

export function statusText(totals: WorkspaceTotals): { text: string; tooltip: string } {
  const busy = totals.complete ? '' : '$(sync~spin) ';
  const unpriced = totals.unknownModels ? ` + ${formatCount(totals.unknownModels)} unpriced` : '';
  const lines = [
    `Spendlens — ${plural(totals.calls, 'LLM call')} in ${plural(totals.folders, 'folder')}`,
    `≈ ${formatMonthly(totals.monthly)} per month at the assumed volumes`,
  ];
  if (totals.unknownModels) {
    // The server sends the first few sites; the rest are counted.
    const sites = totals.unpricedSites.slice(0, 5);
    const more = totals.unknownModels - sites.length;
    const named = sites.length ? `: ${sites.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : '';
    lines.push(`${unpricedNote(totals.unknownModels)} (model unknown, not resolved or self-hosted)${named}`);
  }
  if (totals.savingsMonthly > 0) lines.push(`Possible savings: ≈ ${formatMonthly(totals.savingsMonthly)}/mo with the suggested models`);
  if (totals.currency) lines.push(`Amounts: ${currencyNote(totals.currency)}`);
  if (totals.stale) lines.push(`⚠ ${totals.stale}`);
  if (!totals.complete) lines.push('Indexing the workspace…');
  lines.push('', 'Click to open the cost panel.');
  return { text: `${busy}$(graph) ≈ ${formatMonthly(totals.monthly)}/mo${unpriced}`, tooltip: lines.join('\n') };
}
