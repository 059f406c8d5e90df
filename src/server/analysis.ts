// The server's working state: fresh results for requests, debounced pushed work (diagnostics, dependants,
// lens refreshes, totals), background indexing with progress, and reactions to files changing on disk.
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { CodeLensRefreshRequest, FileChangeType, type Connection, type Diagnostic, type FileEvent, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileResult } from '../core';
import type { PricedCall } from '../core/model';
import { TotalsChangedNotification, type CallRef, type WorkspaceTotals } from '../protocol';
import { unpricedSites } from '../shared/format';
import { callIndexFor } from './calls';
import type { ReadSource } from './codeActions';
import { diagnosticsFor, unmatchedKeyDiagnostic } from './diagnostics';
import { indexFolder } from './indexer';
import { TEAM_PRICING_FILE, pathToUri, uriToPath, type Folder, type Folders } from './folders';
import type { SettingsCache } from './settings';

export const PUSH_DELAY_MS = 150;
/** At start the folder index waits for the first lens to be answered, or this long when no document asks for one. */
export const INDEX_START_GRACE_MS = 1500;
/** How many unpriced call sites the totals name (the status bar tooltip). */
const UNPRICED_NAMED = 5;

export interface ClientAbilities {
  codeLensRefresh: boolean;
  documentChanges: boolean;
}

export interface FileCalls {
  folder: Folder;
  file: string;
  /** The open document, or the disk text wrapped as a document (for positions). */
  document: TextDocument;
  calls: PricedCall[];
}

export interface LocatedCall extends FileCalls {
  index: number;
  call: PricedCall;
}

export class Analysis {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Text last pushed per document: dependants are refreshed only when it really changed. */
  private readonly pushedText = new Map<string, string>();
  private readonly scans = new Map<Folder, { cancelled: boolean; done: Promise<void> }>();
  private totalsTimer: NodeJS.Timeout | undefined;
  private firstLensAnswered!: () => void;
  /** Resolved once the first CodeLens request has been answered (see startIndex). */
  private readonly firstLens = new Promise<void>(resolve => { this.firstLensAnswered = resolve; });
  /** Team files that carry unmatched-key diagnostics, per folder (cleared when they are fixed). */
  private readonly teamKeyUris = new Map<Folder, string[]>();

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly folders: Folders,
    readonly settings: SettingsCache,
    readonly abilities: ClientAbilities,
  ) {}

  // ── answers about the current version of a document ────────────────────────────────────────

  /** Analyses exactly this version of the document (cached by content hash in the session). */
  async resultFor(document: TextDocument): Promise<{ folder: Folder; file: string; result: FileResult } | null> {
    const folder = this.folders.forDocument(document.uri);
    const file = folder && this.folders.relativeFile(folder, document.uri, document.languageId);
    if (!folder || !file) return null;
    const t0 = Date.now();
    const result = await folder.session.updateFile(file, document.getText());
    this.firstAnalysisMs ??= Date.now() - t0;
    folder.session.showCostsInCurrency(); // what is rendered from this result: in its folder's currency
    return { folder, file, result };
  }

  /** How long the first document's analysis took (parse, tokens, prices, advice; the first lens's log line). */
  firstAnalysisMs: number | undefined;

  /** The calls of any workspace file: an open document's current text, else the index or the disk. */
  async callsFor(uri: string): Promise<FileCalls | null> {
    const open = this.documents.get(uri);
    if (open) {
      const r = await this.resultFor(open);
      return r && { folder: r.folder, file: r.file, document: open, calls: r.result.calls };
    }
    const path = uriToPath(uri);
    const folder = this.folders.forDocument(uri);
    const file = folder && this.folders.relativeFile(folder, uri);
    if (!path || !folder || !file) return null;
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch { return null; }
    const result = folder.session.getFileResult(file) ?? await folder.session.analyzeFile(file);
    return result ? { folder, file, document: TextDocument.create(uri, result.language, 0, text), calls: result.calls } : null;
  }

  async locate(ref: CallRef): Promise<LocatedCall | null> {
    const found = await this.callsFor(ref.uri);
    if (!found) return null;
    const index = callIndexFor(found.calls, ref, found.document);
    return index < 0 ? null : { ...found, index, call: found.calls[index]! };
  }

  /** Reads a workspace file of `folder` as the editor sees it (open documents win over the disk). */
  readSource(folder: Folder): ReadSource {
    return file => {
      const uri = this.folders.uriOf(folder, file);
      const open = this.documents.get(uri);
      if (open) return { uri, text: open.getText(), version: open.version };
      try { return { uri, text: readFileSync(join(folder.root, file), 'utf8'), version: null }; } catch { return null; }
    };
  }

  // ── pushed work: debounced, dropped when a newer edit arrives ─────────────────────────────────

  schedule(document: TextDocument): void {
    this.cancel(document.uri);
    const { uri, version } = document;
    this.timers.set(uri, setTimeout(() => { this.timers.delete(uri); void this.push(uri, version).catch(e => this.logError(e)); }, PUSH_DELAY_MS));
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  async closed(document: TextDocument): Promise<void> {
    this.cancel(document.uri);
    this.pushedText.delete(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    const folder = this.folders.forDocument(document.uri);
    const file = folder && this.folders.relativeFile(folder, document.uri, document.languageId);
    if (!folder || !file) return;
    if (!uriToPath(document.uri)) { folder.session.removeFile(file); return; }
    await folder.session.closeFile(file);
    await this.refreshDependants(folder, file);
    this.totalsSoon();
  }

  private async push(uri: string, version: number): Promise<void> {
    const document = this.documents.get(uri);
    if (!document || document.version !== version) return;
    const r = await this.resultFor(document);
    if (!r || this.documents.get(uri)?.version !== version) return; // a newer edit has its own push coming
    await this.publish(document, r.result.calls);
    const text = document.getText();
    const previous = this.pushedText.get(uri);
    if (previous !== text) {
      this.pushedText.set(uri, text);
      // A document just opened as it is on disk changes nothing its dependants read: no re-analysis and no lens
      // refresh (a refresh restarts the editor's lens debounce, so it would delay the lens of the file just opened).
      if (previous !== undefined || !sameAsDisk(uri, text)) await this.refreshDependants(r.folder, r.file);
    }
    this.totalsSoon();
  }

  async publish(document: TextDocument, calls: PricedCall[]): Promise<void> {
    const s = await this.settings.get(document.uri);
    const diagnostics = s.enable ? diagnosticsFor(document, calls) : [];
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  /** Files that import from `file` or read it as a prompt: re-analyse them, re-publish, refresh lenses. */
  private async refreshDependants(folder: Folder, file: string): Promise<void> {
    const dependants = folder.session.dependentsOf(file);
    if (!dependants.length) return;
    for (const dep of dependants) {
      const open = this.documents.get(this.folders.uriOf(folder, dep));
      if (open) {
        const result = await folder.session.updateFile(dep, open.getText());
        await this.publish(open, result.calls);
      } else {
        await folder.session.analyzeFile(dep);
      }
    }
    this.refreshLenses();
  }

  refreshLenses(): void {
    if (!this.abilities.codeLensRefresh) return;
    this.lensRefreshesSent++;
    this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  /** `workspace/codeLens/refresh` requests sent so far (the first-lens trace: each restarts the editor's lens debounce). */
  lensRefreshesSent = 0;

  // ── totals for the status bar ──────────────────────────────────────────────────────────────

  /** The status bar's totals over every folder: computed once per push (totalsSoon), from each session's calls. */
  totals(): WorkspaceTotals {
    const folders = this.folders.workspace().length ? this.folders.workspace() : this.folders.all();
    const t: WorkspaceTotals = { calls: 0, monthly: 0, costPerCallSum: 0, unknownModels: 0, unpricedSites: [], savingsMonthly: 0, folders: folders.length, stale: null, complete: true, currency: null };
    // The status bar shows the folders' currency when they all name the same one (same code and rate), else USD.
    const currencies = folders.map(f => f.session.currency ?? null);
    const first = currencies[0];
    if (first && currencies.every(c => c && c.code === first.code && c.perUSD === first.perUSD)) t.currency = first;
    for (const f of folders) {
      const { totals, calls, stale } = f.session.totals();
      t.calls += totals.calls;
      t.monthly += totals.monthly;
      t.costPerCallSum += totals.costPerCallSum;
      t.unknownModels += totals.unknownModels;
      if (t.unpricedSites.length < UNPRICED_NAMED) t.unpricedSites.push(...unpricedSites(calls).slice(0, UNPRICED_NAMED - t.unpricedSites.length));
      t.savingsMonthly += totals.savingsMonthly;
      t.stale ??= stale;
      if (!f.indexed && !f.adHoc) t.complete = false;
    }
    return t;
  }

  totalsSoon(): void {
    if (this.totalsTimer) clearTimeout(this.totalsTimer);
    this.totalsTimer = setTimeout(() => {
      this.totalsTimer = undefined;
      try { void this.connection.sendNotification(TotalsChangedNotification.type, this.totals()); } catch (e) { this.logError(e); }
    }, 50);
  }

  // ── background index ───────────────────────────────────────────────────────────────────────

  /** The first CodeLens request has been answered: the folder index may start now. */
  lensAnswered(): void {
    this.firstLensAnswered();
  }

  /**
   * Indexes a folder at server start — after the first lens: the index is not what the first request needs (imports
   * are resolved on demand), and on two cores its work would compete with the first document's parse. Starts after
   * INDEX_START_GRACE_MS when no lens is asked for; a request that needs the index (the panel) starts it at once.
   */
  async startIndex(folder: Folder): Promise<void> {
    await Promise.race([this.firstLens, new Promise<void>(resolve => setTimeout(resolve, INDEX_START_GRACE_MS).unref())]);
    if (folder.indexed || this.scans.has(folder)) return;
    await this.rescan(folder);
  }

  /** (Re)indexes a folder with `$/progress`; a newer rescan of the same folder cancels this one. */
  rescan(folder: Folder): Promise<void> {
    const previous = this.scans.get(folder);
    if (previous) previous.cancelled = true;
    const scan = { cancelled: false, done: Promise.resolve() };
    scan.done = (async () => {
      await previous?.done.catch(() => undefined);
      if (scan.cancelled) return;
      // A folder made up for a stray document is never crawled: it may be the home directory.
      if (folder.adHoc) return this.republishOpen(folder);
      const progress = await this.connection.window.createWorkDoneProgress().catch(() => null);
      progress?.begin('Spendlens', 0, `Indexing ${basename(folder.root)}`, true);
      try {
        let shown = -1;
        const completed = await indexFolder(folder, {
          onProgress: (done, total) => {
            // One notification per percent at most: a slice can be a handful of files.
            const pct = total ? Math.floor((done / total) * 100) : 100;
            if (pct !== shown) progress?.report((shown = pct), `${done}/${total} files`);
          },
          isCancelled: () => scan.cancelled || progress?.token.isCancellationRequested === true,
        });
        if (completed) folder.indexed = true;
      } finally {
        progress?.done();
        if (this.scans.get(folder) === scan) this.scans.delete(folder);
      }
      await this.republishOpen(folder);
      this.publishUnmatchedKeys(folder);
      this.refreshLenses();
      this.totalsSoon();
    })();
    this.scans.set(folder, scan);
    return scan.done;
  }

  /**
   * Keys of usage.json / config.json `assumeModels` that match no call (a renamed function, a moved line): a warning
   * on each key, in the Problems view and in the file, naming the nearest call site key. Known only after a full index.
   */
  publishUnmatchedKeys(folder: Folder): void {
    const byUri = new Map<string, Diagnostic[]>();
    const texts = new Map<string, string>();
    for (const u of folder.session.unmatchedTeamKeys()) {
      const path = isAbsolute(u.path) ? u.path : join(folder.teamRoot, u.path);
      let text = texts.get(path);
      if (text === undefined) {
        try { text = readFileSync(path, 'utf8'); } catch { text = ''; }
        texts.set(path, text);
      }
      const uri = pathToUri(path);
      const list = byUri.get(uri) ?? [];
      list.push(unmatchedKeyDiagnostic(text, u));
      byUri.set(uri, list);
    }
    for (const uri of this.teamKeyUris.get(folder) ?? []) if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.teamKeyUris.set(folder, [...byUri.keys()]);
  }

  /** Waits for a folder's running index, if any. */
  async indexed(folder: Folder): Promise<void> {
    if (!folder.indexed && !this.scans.has(folder)) await this.rescan(folder);
    else await this.scans.get(folder)?.done;
  }

  async republishOpen(folder?: Folder): Promise<void> {
    for (const document of this.documents.all()) {
      const r = await this.resultFor(document);
      if (r && (!folder || r.folder === folder)) await this.publish(document, r.result.calls);
    }
  }

  // ── files changed on disk (watcher) ───────────────────────────────────────────────────────

  async filesChanged(changes: FileEvent[]): Promise<void> {
    const rescans = new Set<Folder>();
    for (const change of changes) {
      const path = uriToPath(change.uri);
      // A team file concerns every folder that uses it, in the folder or in a repository root above it.
      const team = path ? this.folders.usingTeamFile(path) : [];
      for (const { folder, file } of team) {
        if (file === TEAM_PRICING_FILE) this.folders.reloadPrices(folder);
        else folder.session.reloadTeamFiles();
        rescans.add(folder);
      }
      const folder = path ? this.folders.holding(path) : null;
      const file = folder && this.folders.relativeFile(folder, change.uri);
      if (!folder || !file || team.length) continue;
      if (file.startsWith('.spendlens/')) {
        // The folder's own observed.json, when its team files are higher up.
        folder.session.reloadTeamFiles();
        rescans.add(folder);
      } else if (!this.documents.get(change.uri)) {
        // An open document's text wins over the disk: only closed files are re-read.
        if (change.type === FileChangeType.Deleted) folder.session.removeFile(file);
        else await folder.session.fileChanged(file);
        await this.refreshDependants(folder, file);
      }
    }
    for (const folder of rescans) void this.rescan(folder);
    this.totalsSoon();
  }

  logError(e: unknown): void {
    this.connection.console.error(`Spendlens: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

/** Whether the file at `uri` holds exactly `text` on disk (false when it cannot be read). */
function sameAsDisk(uri: string, text: string): boolean {
  const path = uriToPath(uri);
  if (!path) return false;
  try { return readFileSync(path, 'utf8') === text; } catch { return false; }
}
