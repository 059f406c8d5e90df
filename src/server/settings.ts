// Settings pulled per resource (`workspace/configuration`, section `spendlens`), cached per URI and
// cleared on didChangeConfiguration. A client without the pull model gets the pushed value or defaults.
import type { Connection } from 'vscode-languageserver/node';
import type { AnalysisSettings } from '../core';
import { SpendlensSettings } from '../protocol';

export class SettingsCache {
  private readonly cache = new Map<string, Promise<SpendlensSettings>>();
  /** Settings pushed with didChangeConfiguration, used when the client cannot be asked. */
  private pushed: SpendlensSettings = SpendlensSettings.defaults();

  constructor(private readonly connection: Connection, private readonly canPull: () => boolean) {}

  /** Settings that apply to `uri` (a document or a workspace folder). */
  get(uri: string): Promise<SpendlensSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'spendlens' })
        .then(value => SpendlensSettings.from(value), () => this.pushed);
      this.cache.set(uri, hit);
    }
    return hit;
  }

  /** didChangeConfiguration: forget everything; keep a pushed value for clients that send one. */
  changed(pushedValue: unknown): void {
    this.cache.clear();
    const section = (pushedValue as { spendlens?: unknown } | null)?.spendlens;
    if (section !== undefined) this.pushed = SpendlensSettings.from(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}

/**
 * The editor settings → the core's analysis settings. The volume and output defaults are passed only when the user
 * has set them (`s.explicit`: what the client says was set, even to the default value — or, from a client that
 * says nothing, the keys it sent), so a team's `.spendlens/config.json` defaults are not hidden by the editor's own
 * defaults. A value is never judged set by comparing it to the default.
 */
export function toAnalysisSettings(s: SpendlensSettings): Partial<AnalysisSettings> {
  const out: Partial<AnalysisSettings> = { exclude: s.exclude, advice: { ...s.advice }, assumeModel: s.assumeModel };
  if (s.explicit.includes('defaultOutputTokens')) {
    out.defaultOutputTokens = { chat: s.defaultOutputTokens, completion: s.defaultOutputTokens, embedding: 0, other: s.defaultOutputTokens };
  }
  if (s.explicit.includes('callsPerMonth')) out.callsPerMonth = s.callsPerMonth;
  return out;
}
