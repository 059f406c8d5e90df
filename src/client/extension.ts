// Entry point: build the context, register the commands, start the language server. Nothing heavy here:
// parsing, tokenizing and pricing all happen in the server process, loaded lazily there.
import * as vscode from 'vscode';
import { Ctx, errorText } from './ctx';
import { registerCommands } from './commands';
import { CallDetailsDocuments } from './details';
import { CostPanel } from './panel/CostPanel';
import { CallsView } from './callsView';

let ctx: Ctx | undefined;

/** What `extensions.getExtension('spendlens.spendlens').exports` gives (used by the extension-host tests). */
export interface SpendlensApi {
  /** Resolves once the language server is running (rejects if it could not start). */
  ready: Promise<void>;
  ctx: Ctx;
  callsView: CallsView;
}

export function activate(context: vscode.ExtensionContext): SpendlensApi {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  const details = new CallDetailsDocuments();
  ctx.pushCleanup(details);
  const callsView = new CallsView(ctx);
  ctx.pushCleanup(callsView);
  registerCommands(ctx, { details, callsView });
  // Synchronously, so a cost panel left open is restored after a reload (onWebviewPanel activation).
  CostPanel.registerSerializer(ctx);
  const ready = ctx.start();
  ready.catch(e => ctx?.output.appendLine(`start failed: ${errorText(e)}`));
  return { ready, ctx, callsView };
}

export function deactivate(): Thenable<void> | undefined {
  return ctx?.stop();
}
