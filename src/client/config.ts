// The ONLY reader of `spendlens.*` settings on the client. Typed getters, one change event, and the
// answer to the server's `workspace/configuration` pull (so the server sees exactly what we read here).
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ConfigurationParams, ConfigurationRequest } from 'vscode-languageclient/node';
import { SpendlensSettings } from '../protocol';

const SECTION = 'spendlens';

export class Config implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires when any `spendlens.*` setting changes, in any scope. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(SECTION)) this.changed.fire(e);
    });
  }

  /** Complete, sanitized settings for a resource (a document or folder URI), or the window's when omitted. */
  settingsFor(scope?: vscode.Uri): SpendlensSettings {
    const raw = vscode.workspace.getConfiguration(SECTION, scope);
    // Every protocol setting, by its dotted key (the protocol accepts flat keys): a new setting cannot be forgotten here.
    const value: Record<string, unknown> = {};
    const explicit: string[] = [];
    for (const key of SpendlensSettings.keys()) {
      value[key] = raw.get(key);
      const set = raw.inspect(key);
      if (set && [set.globalValue, set.workspaceValue, set.workspaceFolderValue].some(v => v !== undefined)) explicit.push(key);
    }
    value.catalogPath = expandHome(raw.get<string>('catalogPath'));
    value.explicit = explicit;
    return SpendlensSettings.from(value);
  }

  codeLensEnabled(scope?: vscode.Uri): boolean {
    const s = this.settingsFor(scope);
    return s.enable && s.codeLens.enable;
  }

  /**
   * Flips `spendlens.codeLens.enable` where it is currently decided: the workspace value when the
   * workspace sets one, the user value otherwise. Returns the new value.
   */
  async toggleCodeLens(): Promise<boolean> {
    const raw = vscode.workspace.getConfiguration(SECTION);
    const next = !raw.get<boolean>('codeLens.enable', true);
    const info = raw.inspect<boolean>('codeLens.enable');
    const target = info?.workspaceValue !== undefined && vscode.workspace.workspaceFolders
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
    await raw.update('codeLens.enable', next, target);
    return next;
  }

  /** `spendlens.catalog.updateUrl` (an application setting: a workspace cannot point the download elsewhere); '' → the default. */
  catalogUpdateUrl(): string {
    return (vscode.workspace.getConfiguration(SECTION).get<string>('catalog.updateUrl') ?? '').trim();
  }

  /** The user's own catalog (`spendlens.catalogPath`), absolute, or null. */
  userCatalogPath(scope?: vscode.Uri): string | null {
    const p = this.settingsFor(scope).catalogPath;
    if (!p) return null;
    if (path.isAbsolute(p)) return p;
    const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? path.join(folder.uri.fsPath, p) : null;
  }

  /** Middleware for the server's `workspace/configuration` pull: our sanitized settings for `spendlens`. */
  readonly answerConfigurationPull = (
    params: ConfigurationParams,
    token: vscode.CancellationToken,
    next: ConfigurationRequest.HandlerSignature,
  ) => {
    if (!params.items.every(item => item.section === SECTION)) return next(params, token);
    return params.items.map(item => this.settingsFor(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined));
  };

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function expandHome(p: string | undefined): string | undefined {
  if (!p) return p;
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}
