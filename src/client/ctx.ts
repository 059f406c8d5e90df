// The extension's context object: owns the LanguageClient, the status bar, the output channel and every
// disposable; restarts the server (a bounded number of times) when it dies. Commands get a Ctx.
import * as vscode from 'vscode';
import {
  CloseAction, CodeLensRequest, ErrorAction, LanguageClient, State, TransportKind,
  type CloseHandlerResult, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import type { RequestType } from 'vscode-languageclient/node';
import { TotalsChangedNotification, WorkspaceReportRequest, type InitializationOptions, type WorkspaceReport, type WorkspaceTotals } from '../protocol';
import { Config } from './config';
import { CostStatusBar } from './statusBar';
import { firstLensTrace } from './firstLensTrace';
import { CommandId } from './commandIds';

export const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'] as const;
const ACTIVE_CONTEXT_KEY = 'spendlens.active';
/** The server may die this many times within RESTART_WINDOW_MS before we stop restarting it. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export class Ctx implements vscode.Disposable {
  readonly config = new Config();
  /** The "Spendlens" log channel (timestamps, levels; "Spendlens: Show Output" opens it); the language client logs here too. */
  readonly output = vscode.window.createOutputChannel('Spendlens', { log: true });
  private readonly statusBar = new CostStatusBar(CommandId.showPanel);
  private readonly totalsEmitter = new vscode.EventEmitter<WorkspaceTotals>();
  /** The server's latest workspace totals (for the panel and the status bar). */
  readonly onDidChangeTotals = this.totalsEmitter.event;
  lastTotals: WorkspaceTotals | undefined;
  private client: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly crashes: number[] = [];
  /** `.spendlens/*.json` (team prices, usage, config): the server rebuilds its price book / volumes on change. */
  private readonly teamFilesWatcher = vscode.workspace.createFileSystemWatcher('**/.spendlens/*.json');

  constructor(readonly extension: vscode.ExtensionContext) {
    this.disposables.push(this.config, this.output, this.statusBar, this.totalsEmitter, this.teamFilesWatcher);
    this.disposables.push(this.config.onDidChange(e => this.onSettingsChanged(e)));
    // Trust is read once, at initialize: granting it restarts the server so the team's wrappers count.
    this.disposables.push(vscode.workspace.onDidGrantWorkspaceTrust(() => { if (this.client) void this.restart(); }));
  }

  /** Registers a disposable that lives as long as the extension. */
  pushCleanup(d: vscode.Disposable): void {
    this.disposables.push(d);
  }

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  get statusText(): string {
    return this.statusBar.text;
  }

  /** The status bar item is shown (only once the workspace has an LLM call, or when the server stopped). */
  get statusVisible(): boolean {
    return this.statusBar.visible;
  }

  async start(): Promise<void> {
    if (this.client) return;
    this.statusBar.starting();
    const client = this.createClient();
    this.client = client;
    client.onDidChangeState(e => void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, e.newState === State.Running));
    client.onNotification(TotalsChangedNotification.type, totals => {
      this.lastTotals = totals;
      this.statusBar.update(totals, CommandId.showPanel);
      // The calls view's welcome content depends on these (package.json viewsWelcome).
      void vscode.commands.executeCommand('setContext', 'spendlens.hasCalls', totals.calls > 0);
      void vscode.commands.executeCommand('setContext', 'spendlens.indexed', totals.complete);
      this.totalsEmitter.fire(totals);
    });
    try {
      await client.start();
    } catch (e) {
      this.output.appendLine(`Spendlens: the language server did not start: ${errorText(e)}`);
      this.statusBar.stopped('the language server did not start');
      throw e;
    }
  }

  async restart(): Promise<void> {
    this.crashes.length = 0;
    const old = this.client;
    this.client = undefined;
    if (old) {
      try { await old.stop(2000); } catch (e) { this.output.appendLine(`stopping the old server: ${errorText(e)}`); }
      await old.dispose().catch(() => undefined);
    }
    await this.start();
  }

  /** Sends a custom request; fails with a readable message when the server is not running. */
  async request<P, R>(type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R> {
    const client = this.client;
    if (!client || client.state !== State.Running) throw new Error('the Spendlens language server is not running');
    return client.sendRequest(type, params, token);
  }

  /** One report per workspace folder (the panel and the calls view show them); `rescan` re-indexes first. */
  async workspaceReports(rescan = false): Promise<WorkspaceReport[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris = folders.length ? folders.map(f => f.uri.toString()) : [undefined];
    const reports = await Promise.all(uris.map(uri => this.request(WorkspaceReportRequest.type, { uri, rescan })));
    return reports.filter((r): r is WorkspaceReport => r !== null);
  }

  /** LSP → VS Code conversions, for the edits and ranges the server returns. */
  get converter() {
    if (!this.client) throw new Error('the Spendlens language server is not running');
    return this.client.protocol2CodeConverter;
  }

  /** Asks VS Code to fetch the lenses again (after a toggle the server's answer changes). */
  refreshCodeLenses(): void {
    const feature = this.client?.getFeature(CodeLensRequest.method);
    for (const doc of vscode.workspace.textDocuments) feature?.getProvider(doc)?.onDidChangeCodeLensEmitter.fire();
  }

  private createClient(): LanguageClient {
    const module = this.extension.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const trace = firstLensTrace(line => this.output.info(line), uri => vscode.workspace.asRelativePath(uri));
    const clientOptions: LanguageClientOptions = {
      documentSelector: LANGUAGES.flatMap(language => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
      outputChannel: this.output,
      // Workspace trust: an untrusted workspace's wrapper definitions and outside catalog paths are ignored by the server.
      initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
      synchronize: { fileEvents: this.teamFilesWatcher },
      errorHandler: { error: (e, m, count) => this.onConnectionError(e, count), closed: () => this.onConnectionClosed() },
      middleware: {
        workspace: { configuration: this.config.answerConfigurationPull },
        didOpen: trace.didOpen,
        // Lenses follow the setting at once, even before the server has re-read it.
        provideCodeLenses: (doc, token, next) => (this.config.codeLensEnabled(doc.uri) ? trace.lenses(doc, token, next) : []),
      },
    };
    return new LanguageClient('spendlens', 'Spendlens', serverOptions, clientOptions);
  }

  private onConnectionError(error: Error, count: number | undefined): ErrorHandlerResult {
    this.output.appendLine(`connection error (${count ?? 1}): ${error.message}`);
    return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  private onConnectionClosed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) {
      this.output.appendLine(`the language server stopped; restarting (${this.crashes.length}/${MAX_RESTARTS})`);
      this.statusBar.starting();
      return { action: CloseAction.Restart, handled: true };
    }
    const reason = `the language server stopped ${this.crashes.length} times in ${RESTART_WINDOW_MS / 60_000} minutes`;
    this.statusBar.stopped(reason);
    void vscode.window.showErrorMessage(`Spendlens: ${reason}. See the "Spendlens" output.`, 'Restart', 'Show Output').then(pick => {
      if (pick === 'Restart') void vscode.commands.executeCommand(CommandId.restartServer);
      if (pick === 'Show Output') this.output.show();
    });
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private onSettingsChanged(e: vscode.ConfigurationChangeEvent): void {
    // The server registers for workspace/didChangeConfiguration and pulls again per resource (vscode-languageclient
    // sends the notification); here only the lenses must follow at once.
    if (e.affectsConfiguration('spendlens.codeLens.enable') || e.affectsConfiguration('spendlens.enable')) this.refreshCodeLenses();
  }

  /** Stops the server gracefully (deactivate waits on this). */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop(2000).catch(() => undefined);
  }

  dispose(): void {
    const client = this.client;
    this.client = undefined;
    void client?.dispose().catch(() => undefined);
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
