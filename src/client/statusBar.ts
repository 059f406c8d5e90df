// The status bar item with the workspace's monthly total, fed by the server's `spendlens/totalsChanged`.
import * as vscode from 'vscode';
import type { WorkspaceTotals } from '../protocol';
import { formatMonthly, plural } from '../shared/format';

export class CostStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('spendlens.total', vscode.StatusBarAlignment.Right, 100);

  constructor(showPanelCommand: string) {
    this.item.name = 'Spendlens: workspace LLM cost';
    this.item.command = showPanelCommand;
    this.starting();
    this.item.show();
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
  }

  update(totals: WorkspaceTotals, showPanelCommand: string): void {
    this.item.command = showPanelCommand;
    this.item.backgroundColor = undefined;
    const busy = totals.complete ? '' : '$(sync~spin) ';
    this.item.text = `${busy}$(graph) ≈ ${formatMonthly(totals.monthly)}/mo`;
    const lines = [
      `Spendlens — ${plural(totals.calls, 'LLM call')} in ${plural(totals.folders, 'folder')}`,
      `≈ ${formatMonthly(totals.monthly)} per month at the assumed volumes`,
    ];
    if (totals.unknownModels) lines.push(`${plural(totals.unknownModels, 'call')} with an unknown model or price (counted as $0)`);
    if (totals.savingsMonthly > 0) lines.push(`Possible savings: ≈ ${formatMonthly(totals.savingsMonthly)}/mo with the suggested models`);
    if (totals.stale) lines.push(`⚠ ${totals.stale}`);
    if (!totals.complete) lines.push('Indexing the workspace…');
    lines.push('', 'Click to open the cost panel.');
    this.item.tooltip = lines.join('\n');
  }

  /** For tests and the panel fallback. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
