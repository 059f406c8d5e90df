// The status bar item with the workspace's monthly total, fed by the server's `spendlens/totalsChanged`. Hidden until
// the workspace has an LLM call (a workspace with none shows nothing, not "≈ $0/mo"), shown again if the server stops.
import * as vscode from 'vscode';
import type { WorkspaceTotals } from '../protocol';
import { currencyNote, formatCount, formatMonthly, nameSome, plural, setDisplayCurrency, unpricedNote } from '../shared/format';

export class CostStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('spendlens.total', vscode.StatusBarAlignment.Right, 100);

  constructor(showPanelCommand: string) {
    this.item.name = 'Spendlens: workspace LLM cost';
    this.item.command = showPanelCommand;
    this.starting();
  }

  starting(): void {
    this.item.text = '$(sync~spin) Spendlens';
    this.item.tooltip = 'Spendlens: starting the language server…';
    this.item.backgroundColor = undefined;
  }

  stopped(reason: string): void {
    this.item.text = '$(error) Spendlens';
    this.item.tooltip = `Spendlens: ${reason} — run "Spendlens: Restart Language Server".`;
    this.item.command = 'spendlens.restartServer';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.setVisible(true);
  }

  update(totals: WorkspaceTotals, showPanelCommand: string): void {
    this.item.command = showPanelCommand;
    this.item.backgroundColor = undefined;
    // Every cost this extension host shows from now on (status bar, calls view, commands) is in the team's currency.
    setDisplayCurrency(totals.currency);
    const busy = totals.complete ? '' : '$(sync~spin) ';
    // Unpriced calls are not in the total, and the total says so: `≈ $31/mo + 10 unpriced`.
    const unpriced = totals.unknownModels ? ` + ${formatCount(totals.unknownModels)} unpriced` : '';
    this.item.text = `${busy}$(graph) ≈ ${formatMonthly(totals.monthly)}/mo${unpriced}`;
    const lines = [
      `Spendlens — ${plural(totals.calls, 'LLM call')} in ${plural(totals.folders, 'folder')}`,
      `≈ ${formatMonthly(totals.monthly)} per month at the assumed volumes`,
    ];
    if (totals.unknownModels) {
      const named = totals.unpricedSites.length ? `: ${nameSome(totals.unpricedSites, 5)}${totals.unknownModels > totals.unpricedSites.length ? ` (${totals.unknownModels - totals.unpricedSites.length} more)` : ''}` : '';
      lines.push(`${unpricedNote(totals.unknownModels)} (model unknown, not resolved or self-hosted)${named}`);
    }
    if (totals.savingsMonthly > 0) lines.push(`Possible savings: ≈ ${formatMonthly(totals.savingsMonthly)}/mo with the suggested models`);
    if (totals.currency) lines.push(`Amounts: ${currencyNote(totals.currency)}`);
    if (totals.stale) lines.push(`⚠ ${totals.stale}`);
    if (!totals.complete) lines.push('Indexing the workspace…');
    lines.push('', 'Click to open the cost panel.');
    this.item.tooltip = lines.join('\n');
    this.setVisible(totals.calls > 0);
  }

  /** Whether the item is in the status bar (for tests). */
  get visible(): boolean {
    return this.shown;
  }

  private shown = false;

  private setVisible(show: boolean): void {
    if (show === this.shown) return;
    this.shown = show;
    if (show) this.item.show();
    else this.item.hide();
  }

  /** For tests and the panel fallback. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
