// Quick fixes: "Switch to <model> (−N%)" replaces the model id inside its string literal — wherever the
// literal is written, possibly another file — and "Show cheaper alternatives…" asks the client for a pick.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PricedCall } from '../core/model';
import { ClientCommands, type AssumeScope } from '../protocol';
import { modelFunctionOf } from '../core';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './diagnostics';
import { savingsPct } from './format';

/** The current text of a workspace file: the open document's if open, else the disk's. */
export interface SourceText {
  uri: string;
  text: string;
  /** Version of the open document; null for a file read from disk. */
  version: number | null;
}

export type ReadSource = (file: string) => SourceText | null;

export interface EditOptions {
  /** The client accepts `documentChanges` (versioned edits). */
  documentChanges: boolean;
}

export const EVAL_ACTION_TITLE = 'Generate comparison eval…';

export function switchLabel(model: string, pct: number): string {
  return pct >= 1 ? `Switch to ${model} (${savingsPct(pct)})` : `Switch to ${model}`;
}

/**
 * The edit that swaps the call's model id for `target`, inside the quotes of the literal that defines it.
 * null when the literal cannot be edited safely (no literal, the file is gone, or its text moved on).
 */
export function modelSwitchEdit(call: PricedCall, target: string, read: ReadSource, options: EditOptions): WorkspaceEdit | null {
  const at = call.modelDefinedAt;
  if (!at || call.model === null) return null;
  const source = read(at.file);
  if (!source) return null;
  const literal = source.text.slice(at.start, at.end);
  // Find the id inside the literal: skips the quotes and any prefix (r"…", f"…", triple quotes) and
  // refuses to edit when the text no longer holds the id the analysis saw.
  const inner = literal.indexOf(call.model);
  if (inner < 0) return null;
  const doc = TextDocument.create(source.uri, '', source.version ?? 0, source.text);
  const from = at.start + inner;
  const edit: TextEdit = { range: { start: doc.positionAt(from), end: doc.positionAt(from + call.model.length) }, newText: target };
  if (options.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: source.uri, version: source.version }, edits: [edit] }] };
  }
  return { changes: { [source.uri]: [edit] } };
}

export interface ActionContext {
  uri: string;
  /** Diagnostics the client sent with the request. */
  diagnostics: Diagnostic[];
  read: ReadSource;
  edit: EditOptions;
  adviceEnabled: boolean;
}

export function codeActionsFor(calls: PricedCall[], ctx: ActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const call of calls) {
    const diagnostics = ctx.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE && sameCall(d, call));
    const s = call.suggestion;
    // A service tier keeps the model: there is no id to switch (its finding says what to change).
    if (s && call.model !== null && s.kind !== 'service-tier') {
      const edit = modelSwitchEdit(call, s.model, ctx.read, ctx.edit);
      if (edit) {
        // The title carries the hypothesis and its evidence: "Switch to X (−94%): Likely fine on X: … Verify before switching."
        actions.push({ title: `${switchLabel(s.model, s.savingsPct)}: ${s.reason}`, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics, edit });
      }
      // Verify before switching: a promptfoo eval of the current model against the suggested one.
      actions.push({
        title: EVAL_ACTION_TITLE,
        kind: CodeActionKind.QuickFix,
        command: { title: EVAL_ACTION_TITLE, command: ClientCommands.generateEval, arguments: [ctx.uri, call.line, s.model] },
      });
    }
    actions.push(...findingFixes(call, diagnostics, ctx), ...assumeActions(call, ctx));
    if (ctx.adviceEnabled && call.costPerCall !== null && call.modelDefinedAt) {
      actions.push({
        title: 'Show cheaper alternatives…',
        kind: CodeActionKind.QuickFix,
        command: { title: 'Show cheaper alternatives…', command: ClientCommands.showAlternatives, arguments: [ctx.uri, call.line] },
      });
    }
  }
  return actions;
}

/**
 * Fixes carried by findings: a deprecated model → its successor; an unknown id → the nearest catalog ids
 * (provider-prefixed ids like `azure/…` are left out: they are not what an SDK call takes).
 */
function findingFixes(call: PricedCall, diagnostics: Diagnostic[], ctx: ActionContext): CodeAction[] {
  const out: CodeAction[] = [];
  const fix = (title: string, target: string, code: string) => {
    const edit = call.model !== null && target !== call.model ? modelSwitchEdit(call, target, ctx.read, ctx.edit) : null;
    if (edit) out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: diagnostics.filter(d => d.code === code), edit });
  };
  for (const finding of call.findings) {
    const data = finding.data ?? {};
    if (finding.code === 'deprecated-model' && typeof data.successor === 'string') {
      fix(`Migrate to ${data.successor} (successor of a deprecated model)`, data.successor, finding.code);
    }
    if (finding.code === 'unknown-model' && Array.isArray(data.nearest)) {
      for (const id of data.nearest.filter((x): x is string => typeof x === 'string' && !x.includes('/')).slice(0, 3)) {
        fix(`Change to ${id} (a catalog model)`, id, finding.code);
      }
    }
  }
  return out;
}

export const ASSUME_ACTION_TITLE = 'Assume a model for this call…';

/**
 * A model the code does not show can still be priced: "Assume a model for this call…" and, when the model comes from
 * a function, "…for calls through `fn()`" — the client asks which model and writes `.spendlens/config.json`.
 */
function assumeActions(call: PricedCall, ctx: ActionContext): CodeAction[] {
  // A model taken from observed usage can be overridden too: an `assumeModels` entry wins over traffic.
  if (call.model !== null && call.modelSource !== 'assumed' && call.modelSource !== 'observed') return [];
  const command = (title: string, scope?: AssumeScope): CodeAction => ({
    title, kind: CodeActionKind.QuickFix, isPreferred: call.model === null && !scope,
    command: { title, command: ClientCommands.assumeModel, arguments: [ctx.uri, call.line, undefined, scope] },
  });
  const fn = modelFunctionOf(call.modelExpression);
  const title = call.model === null ? ASSUME_ACTION_TITLE : call.modelSource === 'observed' ? 'Assume another model than the observed one…' : 'Change the assumed model…';
  return [command(title), ...(fn ? [command(`Assume a model for calls through ${fn}()…`, 'function')] : [])];
}

function sameCall(d: Diagnostic, call: PricedCall): boolean {
  const data = d.data as DiagnosticData | undefined;
  if (data && typeof data.line === 'number') return data.line === call.line && data.column === call.column;
  return d.range.start.line === call.line - 1;
}
