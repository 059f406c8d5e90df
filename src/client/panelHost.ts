// `spendlens.showPanel`: the cost panel (src/client/panel/CostPanel.ts, `CostPanel.createOrShow(ctx)`) when it
// is bundled; until then, the workspace report rendered as Markdown in a read-only preview.
import * as vscode from 'vscode';
import { WorkspaceReportRequest, type WorkspaceReport } from '../protocol';
import type { Ctx } from './ctx';
import type { CallDetailsDocuments } from './details';
import { formatMonthly, formatPerCall, plural } from './format';

interface PanelModule { CostPanel: { createOrShow(ctx: Ctx): unknown } }

function loadPanel(): PanelModule | undefined {
  try {
    // Inside try: esbuild bundles the panel when the file exists and leaves this branch out when it does not.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('./panel/CostPanel') as Partial<PanelModule>;
    return typeof mod.CostPanel?.createOrShow === 'function' ? (mod as PanelModule) : undefined;
  } catch {
    return undefined;
  }
}

export async function showPanel(ctx: Ctx, details: CallDetailsDocuments): Promise<unknown> {
  const panel = loadPanel();
  if (panel) return panel.CostPanel.createOrShow(ctx);
  const folder = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const report = await ctx.request(WorkspaceReportRequest.type, { uri: folder?.toString() });
  if (!report) {
    void vscode.window.showInformationMessage('Spendlens: no workspace report yet (open a folder).');
    return undefined;
  }
  return details.show('Spendlens workspace report', reportMarkdown(report));
}

export function reportMarkdown(report: WorkspaceReport): string {
  const t = report.totals;
  const lines = [
    `# Spendlens — ${report.root}`,
    '',
    `${plural(t.calls, 'LLM call')} · ≈ **${formatMonthly(t.monthly)}/month** · possible savings ≈ ${formatMonthly(t.savingsMonthly)}/month` +
      (t.unknownModels ? ` · ${plural(t.unknownModels, 'unknown model')}` : ''),
    '',
    `Prices: catalog of ${report.catalog.updated} (${report.catalog.models} models)${report.catalog.stale ? ` — ⚠ ${report.catalog.stale}` : ''}`,
    '',
    '| Call | Model | In / out tokens | Per call | Per month | Cheaper |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const c of report.calls) {
    const monthly = c.monthlyCost === null ? '?' : formatMonthly(c.monthlyCost);
    const cheaper = c.suggestion ? `${c.suggestion.model} (−${Math.round(c.suggestion.savingsPct)}%)` : '';
    lines.push(`| ${c.file}:${c.line} \`${c.api}\` | ${c.model ?? '?'} | ${c.inputTokensExact ? '' : '≈'}${c.inputTokens} / ${c.outputTokens} | ${formatPerCall(c.costPerCall)} | ${monthly} | ${cheaper} |`);
  }
  if (report.skipped.length) lines.push('', `Skipped: ${report.skipped.map(s => `${s.file} (${s.reason})`).join(', ')}`);
  return lines.join('\n') + '\n';
}
