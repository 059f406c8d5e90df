// The status bar item with the workspace's monthly total, fed by the server's `spendlens/totalsChanged`. Hidden until
// the workspace has an LLM call (a workspace with none shows nothing, not "≈ $0/mo"), shown again if the server stops.
import * as vscode from 'vscode';
import type { WorkspaceTotals } from '../protocol';
import { setDisplayCurrency } from '../shared/format';
import { statusText } from './statusText';

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
    const { text, tooltip } = statusText(totals);
    this.item.text = text;
    this.item.tooltip = tooltip;
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
