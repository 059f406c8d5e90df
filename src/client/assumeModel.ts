// "Spendlens: Assume a Model for This Call…": for a call whose model the code does not show, pick a catalog model
// (or type any id) and where the assumption applies — this call, every call through the same model function, or the
// whole workspace — then the server writes `.spendlens/config.json` and re-prices. Arguments skip the questions:
// [uri, line, model?, scope?] (the quick fix passes uri and line, tests pass all four).
import * as vscode from 'vscode';
import { AssumeModelChoicesRequest, AssumeModelRequest, type AssumeModelResult, type AssumeScope, type CallRef } from '../protocol';
import type { Ctx } from './ctx';

const SCOPES: readonly AssumeScope[] = ['call', 'function', 'workspace'];
const OTHER = '$(edit) Another model id…';

export async function assumeModel(ctx: Ctx, ref: CallRef, model?: string, scope?: AssumeScope): Promise<AssumeModelResult | undefined> {
  const choices = await ctx.request(AssumeModelChoicesRequest.type, ref);
  if (!choices) {
    void vscode.window.showInformationMessage('Spendlens: put the cursor on an LLM API call first.');
    return undefined;
  }
  if (!model) {
    const items: vscode.QuickPickItem[] = [...choices.models.map(m => ({ label: m.id, description: m.provider, detail: m.detail })), { label: OTHER }];
    const pick = await vscode.window.showQuickPick(items, { title: 'Spendlens: which model does this call use?', matchOnDescription: true });
    if (!pick) return undefined;
    model = pick.label === OTHER
      ? await vscode.window.showInputBox({ title: 'Spendlens: model id', prompt: 'The id as the SDK takes it, e.g. gpt-4o or claude-sonnet-4-5' })
      : pick.label;
    if (!model?.trim()) return undefined;
  }
  let chosen = scope ? choices.scopes.find(s => s.scope === scope) : undefined;
  if (!chosen) {
    const picks = choices.scopes.map(s => ({ label: s.label, description: s.scope === 'workspace' ? 'defaultModel' : `assumeModels["${s.key}"]`, scope: s }));
    const pick = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { title: `Spendlens: assume ${model} for…` });
    if (!pick) return undefined;
    chosen = pick.scope;
  }
  const result = await ctx.request(AssumeModelRequest.type, { ...ref, model: model.trim(), scope: chosen.scope });
  if (!result) throw new Error('the assumption could not be written');
  ctx.output.appendLine(`assumed model ${model} for ${result.key} in ${result.configFile}`);
  vscode.window.setStatusBarMessage(`Spendlens: ${model} assumed (${result.key} in .spendlens/config.json)`, 5000);
  return result;
}

export function isScope(value: unknown): value is AssumeScope {
  return SCOPES.includes(value as AssumeScope);
}
