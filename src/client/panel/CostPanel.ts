// The workspace cost panel's host: one webview panel (singleton), fed by `spendlens/workspaceReport` for every
// workspace folder, refreshed on `spendlens/totalsChanged`, restored after a reload by a serializer.
//
// Wiring (src/client):
//   - `spendlens.showPanel` → `CostPanel.createOrShow(ctx)` (panelHost.ts loads this module lazily).
//   - activate() (extension.ts) calls `CostPanel.registerSerializer(ctx)` synchronously, so a panel left open is
//     restored after a reload (package.json has the `onWebviewPanel:spendlens.costPanel` activation event).
// The webview (src/webview/main.ts → dist/webview.js) renders; messages are typed in src/protocol and every
// message from the webview is validated (PanelToHost.is) and its file checked to lie inside a reported folder.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import {
  PanelToHost, RefreshRequest, SetCallsPerMonthRequest,
  type HostToPanel, type WorkspaceReport,
} from '../../protocol';
import type { Ctx } from '../ctx';
import { errorText } from '../ctx';
import { applySuggestion } from '../commands';
import { panelHtml } from './html';

/** Totals notifications arrive on every keystroke's re-analysis: re-fetch the report at most this often. */
const REFRESH_DEBOUNCE_MS = 300;

export class CostPanel implements vscode.Disposable {
  static readonly viewType = 'spendlens.costPanel';
  private static current: CostPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private reports: WorkspaceReport[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private fetching: Promise<void> | undefined;
  private fetchAgain = false;

  static createOrShow(ctx: Ctx): CostPanel {
    if (CostPanel.current) {
      CostPanel.current.panel.reveal();
      return CostPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(CostPanel.viewType, 'Spendlens Costs', vscode.ViewColumn.Active,
      CostPanel.webviewOptions(ctx.extension.extensionUri));
    CostPanel.current = new CostPanel(ctx, panel);
    return CostPanel.current;
  }

  /** Restores a panel that was open when the window reloaded (its UI state comes back through getState). */
  static registerSerializer(ctx: Ctx): vscode.Disposable {
    const registration = vscode.window.registerWebviewPanelSerializer(CostPanel.viewType, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
        panel.webview.options = CostPanel.webviewOptions(ctx.extension.extensionUri);
        CostPanel.current?.dispose();
        CostPanel.current = new CostPanel(ctx, panel);
      },
    });
    ctx.pushCleanup(registration);
    return registration;
  }

  /** The panel currently open, if any (for tests). */
  static get instance(): CostPanel | undefined {
    return CostPanel.current;
  }

  private static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      // Only the bundle and the stylesheet folders; nothing from the workspace.
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(private readonly ctx: Ctx, readonly panel: vscode.WebviewPanel) {
    panel.iconPath = vscode.Uri.joinPath(ctx.extension.extensionUri, 'media', 'icon.png');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      ctx.onDidChangeTotals(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleRefresh()),
    );
  }

  private html(): string {
    const webview = this.panel.webview;
    const root = this.ctx.extension.extensionUri;
    const uri = (...segments: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(root, ...segments)).toString();
    return panelHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: uri('dist', 'webview.js'),
      styleUri: uri('media', 'panel.css'),
      codiconUri: uri('dist', 'codicons', 'codicon.css'),
    });
  }

  private post(message: HostToPanel): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!PanelToHost.is(message)) {
      this.ctx.output.appendLine(`cost panel: ignored a malformed message ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    try {
      switch (message.type) {
        case 'ready':
          if (this.reports.length) this.post({ type: 'reports', reports: this.reports });
          await this.refresh(false);
          return;
        case 'refresh':
          await this.ctx.request(RefreshRequest.type, null);
          await this.refresh(true);
          return;
        case 'openCall':
          await this.openCall(message.file, message.line, message.root);
          return;
        case 'applySuggestion': {
          const applied = await applySuggestion(this.ctx, this.callRef(message.file, message.line, message.root), message.model);
          if (applied) vscode.window.setStatusBarMessage(`Spendlens: ${message.file}:${message.line} → ${applied}`, 4000);
          this.scheduleRefresh();
          return;
        }
        case 'setCallsPerMonth':
          await this.ctx.request(SetCallsPerMonthRequest.type, { ...this.callRef(message.file, message.line, message.root), callsPerMonth: message.callsPerMonth });
          this.scheduleRefresh();
          return;
        case 'export':
          await this.exportView(message.format, message.content);
          return;
      }
    } catch (e) {
      this.ctx.output.appendLine(`cost panel (${message.type}): ${errorText(e)}`);
      this.post({ type: 'error', message: errorText(e) });
    }
  }

  /** The absolute path of a reported call; refuses roots that were not reported and paths that leave the root. */
  private resolveFile(file: string, root?: string): string {
    const report = root === undefined ? this.reports[0] : this.reports.find(r => r.root === root);
    if (!report) throw new Error('this call is not in the current report; refresh the panel');
    const full = path.resolve(report.root, file);
    const rel = path.relative(report.root, full);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`${file} is outside the workspace folder`);
    return full;
  }

  private callRef(file: string, line: number, root?: string): { uri: string; line: number } {
    return { uri: vscode.Uri.file(this.resolveFile(file, root)).toString(), line };
  }

  private async openCall(file: string, line: number, root?: string): Promise<void> {
    const uri = vscode.Uri.file(this.resolveFile(file, root));
    const call = (root === undefined ? this.reports[0] : this.reports.find(r => r.root === root))?.calls.find(c => c.file === file && c.line === line);
    const position = new vscode.Position(line - 1, Math.max(0, (call?.column ?? 1) - 1));
    await vscode.window.showTextDocument(uri, {
      // Beside the panel, so the panel stays visible while the user walks through the calls.
      viewColumn: this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
  }

  private async exportView(format: 'csv' | 'json', content: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `spendlens-costs.${format}`;
    const target = await vscode.window.showSaveDialog({
      title: 'Spendlens: export the cost table',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    vscode.window.setStatusBarMessage(`Spendlens: exported ${vscode.workspace.asRelativePath(target)}`, 4000);
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => { this.refreshTimer = undefined; void this.refresh(false); }, REFRESH_DEBOUNCE_MS);
  }

  /** Fetches one report per workspace folder and posts them; concurrent calls coalesce into one more fetch. */
  private async refresh(rescan: boolean): Promise<void> {
    if (this.fetching) {
      this.fetchAgain = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      this.post({ type: 'busy', busy: true });
      try {
        do {
          this.fetchAgain = false;
          this.reports = await this.fetchReports(rescan);
          this.post({ type: 'reports', reports: this.reports });
        } while (this.fetchAgain);
      } catch (e) {
        // Typically: the server is still starting. Its first totals notification triggers another refresh.
        this.post({ type: 'error', message: errorText(e) });
      } finally {
        this.post({ type: 'busy', busy: false });
        this.fetching = undefined;
      }
    })();
    return this.fetching;
  }

  private fetchReports(rescan: boolean): Promise<WorkspaceReport[]> {
    return this.ctx.workspaceReports(rescan);
  }

  private disposed = false;

  dispose(): void {
    // panel.dispose() fires onDidDispose, which calls back here: run once.
    if (this.disposed) return;
    this.disposed = true;
    if (CostPanel.current === this) CostPanel.current = undefined;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Function form of `CostPanel.createOrShow`, for callers that prefer it. */
export function showCostPanel(ctx: Ctx): CostPanel {
  return CostPanel.createOrShow(ctx);
}
