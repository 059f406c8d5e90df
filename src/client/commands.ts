// The command table: one factory per command, each `(ctx, deps) => handler`. Handlers return what they showed,
// so extension-host tests can check it.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  AlternativesRequest, ApplySuggestionRequest, CalibrateRequest, CallDetailsRequest, GenerateEvalRequest, RefreshRequest, TeamFilesRequest, UpdateCatalogRequest, type CalibrateResult, type CallRef, type Suggestion,
} from '../protocol';
import { CommandId } from './commandIds';
import type { Ctx } from './ctx';
import { errorText } from './ctx';
import type { CallDetailsDocuments } from './details';
import { formatMoney } from '../shared/format';
import { CostPanel } from './panel/CostPanel';
import { assumeModel, isScope } from './assumeModel';
import type { CallsView } from './callsView';

export interface CommandDeps { details: CallDetailsDocuments; callsView: CallsView }
type Cmd = (...args: unknown[]) => unknown;
type CommandFactory = (ctx: Ctx, deps: CommandDeps) => Cmd;

/** A call named by the command's arguments (uri, 1-based line) or, from the palette, by the cursor. */
function callRef(args: unknown[]): CallRef | undefined {
  const [uri, line] = args;
  if (typeof uri === 'string' && typeof line === 'number') return { uri, line };
  if (uri instanceof vscode.Uri && typeof line === 'number') return { uri: uri.toString(), line };
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { line: l, character } = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line: l, character } };
}

function noCallHere(): undefined {
  void vscode.window.showInformationMessage('Spendlens: put the cursor on an LLM API call first.');
  return undefined;
}

const showCallDetails: CommandFactory = (ctx, { details }) => async (...args) => {
  const ref = callRef(args);
  if (!ref) return noCallHere();
  const result = await ctx.request(CallDetailsRequest.type, ref);
  if (!result) return noCallHere();
  const name = path.posix.basename(vscode.Uri.parse(ref.uri).path);
  await details.show(`${name} line ${result.call.line} · ${result.call.model ?? 'unknown model'}`, result.markdown);
  return result.markdown;
};

interface SuggestionItem extends vscode.QuickPickItem { suggestion: Suggestion }

const showAlternatives: CommandFactory = ctx => async (...args) => {
  const ref = callRef(args);
  if (!ref) return noCallHere();
  const suggestions = await ctx.request(AlternativesRequest.type, ref);
  if (!suggestions.length) {
    void vscode.window.showInformationMessage('Spendlens: no cheaper model fits this call under the current advice settings.');
    return undefined;
  }
  const items: SuggestionItem[] = suggestions.map(s => ({
    label: s.model,
    description: `${formatMoney(s.costPerCall)}/call · −${Math.round(s.savingsPct)}%`,
    detail: `${s.reason} (prompt looks ${s.complexity})`,
    suggestion: s,
  }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Spendlens: switch this call to a cheaper model', matchOnDetail: true });
  if (!pick) return undefined;
  return applySuggestion(ctx, ref, pick.suggestion.model);
};

/** Asks the server for the edit that switches the call to `model` and applies it; returns the model on success. */
export async function applySuggestion(ctx: Ctx, ref: CallRef, model?: string): Promise<string | undefined> {
  const result = await ctx.request(ApplySuggestionRequest.type, { ...ref, model });
  if (!result) {
    void vscode.window.showWarningMessage('Spendlens: the model of this call is not written as a literal that can be edited.');
    return undefined;
  }
  const edit = await ctx.converter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not apply "${result.label}"`);
  return model ?? result.label;
}

/**
 * Writes the promptfoo comparison eval of the call (built by the server) into `spendlens-eval/<file>-<line>/` of its
 * workspace folder and opens promptfooconfig.yaml. A tests.csv already there is the user's: it is kept.
 * Returns the folder written, for the tests.
 */
const generateEval: CommandFactory = ctx => async (...args) => {
  const ref = callRef(args);
  if (!ref) return noCallHere();
  const model = typeof args[2] === 'string' ? args[2] : undefined;
  const result = await ctx.request(GenerateEvalRequest.type, { ...ref, model });
  if (!result) return noCallHere();
  if (!result.ok) {
    void vscode.window.showWarningMessage(`Spendlens: ${result.message}`);
    return undefined;
  }
  const dir = path.join(result.root, ...result.folder.split('/'));
  await fs.promises.mkdir(dir, { recursive: true });
  const kept: string[] = [];
  for (const f of result.files) {
    const file = path.join(dir, f.name);
    if (f.userOwned && fs.existsSync(file)) { kept.push(f.name); continue; }
    await fs.promises.writeFile(file, f.content);
  }
  await vscode.window.showTextDocument(vscode.Uri.file(path.join(dir, result.files[0]!.name)));
  const keptText = kept.length ? ` (your ${kept.join(', ')} kept)` : '';
  void vscode.window.showInformationMessage(`Spendlens: comparison eval ${result.providers.join(' vs ')} written to ${result.folder}${keptText}. Fill tests.csv, then run promptfoo eval.`);
  return dir;
};

const refresh: CommandFactory = ctx => () =>
  vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Spendlens: re-scanning' }, async () => {
    await ctx.request(RefreshRequest.type, null);
    ctx.refreshCodeLenses();
    return true;
  });

const toggleCodeLens: CommandFactory = ctx => async () => {
  const enabled = await ctx.config.toggleCodeLens();
  ctx.refreshCodeLenses();
  vscode.window.setStatusBarMessage(`Spendlens: cost CodeLens ${enabled ? 'on' : 'off'}`, 3000);
  return enabled;
};

const openCatalog: CommandFactory = ctx => async () => {
  const user = ctx.config.userCatalogPath(vscode.window.activeTextEditor?.document.uri);
  if (user && fs.existsSync(user)) {
    await vscode.window.showTextDocument(vscode.Uri.file(user));
    return user;
  }
  const bundled = ctx.extension.asAbsolutePath('pricing/catalog.json');
  await vscode.window.showTextDocument(vscode.Uri.file(bundled), { preview: true });
  // The bundled catalog is part of the extension: edits would be lost on update.
  await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession').then(undefined, () => undefined);
  return bundled;
};

/** Downloads the price map into the user's cache (the server does it and re-prices every folder); returns the answer. */
const updateCatalog: CommandFactory = ctx => async () => {
  const url = ctx.config.catalogUpdateUrl();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Spendlens: downloading the pricing catalog…' },
    () => ctx.request(UpdateCatalogRequest.type, url ? { url } : {}),
  );
  if (result.ok) {
    const rejected = result.rejected.length ? ` ${result.rejected.length} entr${result.rejected.length === 1 ? 'y' : 'ies'} rejected (they keep the bundled prices; see the output).` : '';
    for (const r of result.rejected) ctx.output.appendLine(`catalog update: rejected ${r.key}: ${r.reason}`);
    void vscode.window.showInformationMessage(`Spendlens: prices updated ${result.retrieved} from ${result.source} (${result.models} models), kept in ${result.path}.${rejected}`);
  } else {
    void vscode.window.showErrorMessage(`Spendlens: catalog update refused: ${result.message}. The previous catalog is kept.`);
  }
  return result;
};

const restartServer: CommandFactory = ctx => async () => {
  await ctx.restart();
  vscode.window.setStatusBarMessage('Spendlens: language server restarted', 3000);
  return true;
};

/**
 * Reads usage files (picked in a dialog, or passed as arguments: paths or Uris) and writes the folder's
 * `.spendlens/observed.json` through the server; the lenses then show the observed figures.
 */
const calibrate: CommandFactory = ctx => async (...args) => {
  const given = (Array.isArray(args[0]) ? args[0] : args).flatMap(a => (a instanceof vscode.Uri ? [a.fsPath] : typeof a === 'string' ? [a] : []));
  const files = given.length ? given : (await vscode.window.showOpenDialog({
    title: 'Spendlens: usage files to calibrate from',
    openLabel: 'Calibrate',
    canSelectMany: true,
    filters: { 'Usage exports (OTLP JSON, LiteLLM, Langfuse, Helicone, OpenAI usage, --sql rows)': ['json', 'jsonl', 'ndjson', 'csv'], 'All files': ['*'] },
  }))?.map(u => u.fsPath);
  if (!files?.length) return undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Spendlens: open a folder to calibrate its call sites.');
    return undefined;
  }
  const result: CalibrateResult = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Spendlens: reading usage files…' },
    () => ctx.request(CalibrateRequest.type, { uri: folder.uri.toString(), files }),
  );
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Spendlens: ${result.error}`);
    return result;
  }
  ctx.output.appendLine(result.summary);
  ctx.refreshCodeLenses();
  void vscode.window.showInformationMessage(
    `Spendlens: observed usage matched to ${result.sites} call site(s)${result.unmatched ? `, ${result.unmatched} call(s) unmatched` : ''}; written to .spendlens/observed.json.`,
    'Show Summary',
  ).then(choice => { if (choice) ctx.output.show(true); });
  return result;
};

const assumeModelCommand: CommandFactory = ctx => async (...args) => {
  const ref = callRef(args);
  if (!ref) return noCallHere();
  return assumeModel(ctx, ref, typeof args[2] === 'string' ? args[2] : undefined, isScope(args[3]) ? args[3] : undefined);
};

const showOutput: CommandFactory = ctx => () => {
  ctx.output.show(true);
  return true;
};

/**
 * Opens the team's `.spendlens/usage.json` for the first workspace folder — the folder's own, or the repository
 * root's above it, as the server finds them — creating an empty one (`callsPerMonth: {}`) if needed.
 */
const openUsageFile: CommandFactory = ctx => async () => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Spendlens: open a folder first; volumes are kept in its .spendlens/usage.json.');
    return undefined;
  }
  const teamFiles = await ctx.request(TeamFilesRequest.type, { uri: folder.uri.toString() }).catch(() => null);
  const file = teamFiles?.usageFile ?? path.join(folder.uri.fsPath, '.spendlens', 'usage.json');
  if (!fs.existsSync(file)) {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, JSON.stringify({ callsPerMonth: {} }, null, 2) + '\n');
  }
  await vscode.window.showTextDocument(vscode.Uri.file(file));
  return file;
};

const toggleCallsGrouping: CommandFactory = (_ctx, { callsView }) => () => callsView.toggleGrouping();

const showPanelCommand: CommandFactory = ctx => () => CostPanel.createOrShow(ctx);

const factories: Record<CommandId, CommandFactory> = {
  [CommandId.showPanel]: showPanelCommand,
  [CommandId.refresh]: refresh,
  [CommandId.toggleCodeLens]: toggleCodeLens,
  [CommandId.showAlternatives]: showAlternatives,
  [CommandId.showCallDetails]: showCallDetails,
  [CommandId.generateEval]: generateEval,
  [CommandId.openCatalog]: openCatalog,
  [CommandId.updateCatalog]: updateCatalog,
  [CommandId.restartServer]: restartServer,
  [CommandId.calibrate]: calibrate,
  [CommandId.assumeModel]: assumeModelCommand,
  [CommandId.showOutput]: showOutput,
  [CommandId.toggleCallsGrouping]: toggleCallsGrouping,
  [CommandId.openUsageFile]: openUsageFile,
};

/** Registers every command; errors are shown once, in words, and logged. */
export function registerCommands(ctx: Ctx, deps: CommandDeps): void {
  for (const [id, factory] of Object.entries(factories)) {
    const handler = factory(ctx, deps);
    ctx.pushCleanup(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (e) {
        ctx.output.appendLine(`${id}: ${errorText(e)}`);
        void vscode.window.showErrorMessage(`Spendlens: ${errorText(e)}`);
        return undefined;
      }
    }));
  }
}
