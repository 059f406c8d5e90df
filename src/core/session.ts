// The workspace index: per-file results keyed by content hash, cross-file constants and prompt files
// resolved through the index, and the dependants of each file so an edit re-analyses only what it touches.
// The CLI runs one scan; the language server keeps one Session per workspace folder alive.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import type { CallFact, FileExports, FileFacts, FileResult, Language, PricedCall, Suggestion, WorkspaceReport, WorkspaceTotals } from './model';
import type { ExtractOptions, WorkspaceResolver, ImportedString } from './facts/resolver';
import { extractJsFacts, collectJsExports, jsLanguageOf, type JsMemo } from './facts/js';
import { extractPythonFacts, collectPythonExports, initPythonParser } from './facts/python';
import { priceCall, type CallVolume } from './estimate/estimate';
import { withDefaults, type AnalysisSettings } from './estimate/settings';
import type { PriceSource } from './estimate/prices';
import { isSourceFile, listWorkspaceFiles, looksBinary, type SkippedFile } from './workspace/files';
import { mayContainCalls, mayContainCallsVia } from './workspace/prefilter';
import { StringPool } from './workspace/string-pool';
import { PricedCalls, type PricingInputs } from './workspace/priced-calls';
import { ModuleResolver } from './workspace/modules';
import { loadTeamConfig, loadUsage, usageKeys, problemText, CONFIG_FILE, USAGE_FILE, type FileProblem, type TeamConfig, type UsageMap } from './workspace/team-files';
import { rebaseTeamFiles, teamPrefix } from './workspace/team-root';
import { unmatchedKeys, unmatchedKeyText, type UnmatchedKey } from './workspace/unmatched-keys';
import { applyTeamRules, suppressionsOf, type Suppression } from './advice/suppress';
import { assumedModelFor, assumedVendor } from './estimate/assume';
import { adviseCall, alternativesFor } from './advice';
import { loadObserved, ObservedIndex, type ObservedFile, type ObservedSite } from './observed/file';
import { observedModelOf } from './observed/model';
import { fillFromObserved } from './observed/apply';
import { buildComparisonEval, checkComparable, chooseCandidate, EvalConfigError, type ComparisonEval } from './eval';
import { loadOptionsOf, type PriceBook } from './pricing';
import { batchesOf, poolWorkerFile, POOL_MIN_BYTES, runPool, workerCount, type PooledFile, type ScanPoolOptions } from './workspace/scan-pool';
import type { SourceFile } from 'typescript';
import { version as TOOL_VERSION } from '../../package.json';
import { withConverted } from './report/currency';
import { formatModelMix, setDisplayCurrency, type DisplayCurrency } from '../shared/format';

export interface SessionOptions {
  root: string;
  book: PriceBook;
  settings?: Partial<AnalysisSettings>;
  /** In an untrusted workspace the team's wrapper definitions are ignored. */
  trusted?: boolean;
  /** A config file other than `.spendlens/config.json` (CLI `--config`). */
  configPath?: string;
  /**
   * The folder whose `.spendlens/` holds the team's config.json and usage.json when it is not `root` (the CLI passes
   * findTeamRoot(root)): their paths are taken relative to it (see team-root.ts). observed.json stays `root`'s own.
   */
  teamRoot?: string;
  /** Clock for the staleness warning (tests pin it). */
  now?: () => Date;
  /** How the staleness warning says to refresh the prices where it is shown (default: the CLI command). */
  refreshHint?: string;
  /**
   * Keep each call's facts after pricing it (default true): alternatives() needs them. A one-shot CLI scan
   * passes false, which frees ~1 KB per call (~10 MB on a 50 MB workspace) as soon as the call is priced.
   */
  keepCallFacts?: boolean;
  /**
   * Where `.spendlens/observed.json` is read from (default: the folder's own). `diff` points the base revision's
   * analysis at the working tree's file, so both sides use the same observed volumes; false ignores it (calibrate
   * spreads by the volumes the code and the team files give).
   */
  observedPath?: string | false;
  /** A display currency that overrides the team's config.json `currency` (the CLI's --currency). */
  currency?: DisplayCurrency;
}

interface CachedFile {
  hash: string;
  /** The open document's text this result was computed from (the same string the `open` map holds). */
  text?: string;
  result: FileResult;
  facts: CallFact[];
}

export function languageOf(file: string): Language | null {
  if (file.endsWith('.py') || file.endsWith('.pyi')) return 'python';
  return jsLanguageOf(file);
}

const toPosix = (p: string) => p.split(sep).join('/');
const hashOf = (text: string) => createHash('sha1').update(text).digest('hex');

export class Session {
  readonly root: string;
  private book: PriceBook;
  private settings: AnalysisSettings;
  private clientSettings: Partial<AnalysisSettings>;
  private readonly trusted: boolean;
  private readonly now: () => Date;
  private readonly refreshHint: string | undefined;
  private readonly configPath: string | undefined;
  private readonly teamRoot: string;
  private readonly keepCallFacts: boolean;
  private team!: TeamConfig;
  private usage!: UsageMap;
  private observed: ObservedIndex = new ObservedIndex(null);
  private readonly observedPath: string | false | undefined;
  private readonly currencyOverride: DisplayCurrency | undefined;
  private teamProblems: FileProblem[] = [];
  /** Text of open documents, which wins over the disk. */
  private readonly open = new Map<string, string>();
  /** Syntax trees of open JS/TS documents, so the next edit re-parses incrementally (dropped when the file closes). */
  private readonly openTrees = new Map<string, SourceFile>();
  /**
   * What each statement of an open JS/TS document read and found (facts/js/units.ts), so an edit re-extracts only the
   * calls it can change. Kept only while nothing outside the document changes: any other change drops it.
   */
  private readonly openMemos = new Map<string, JsMemo>();
  private readonly results = new Map<string, CachedFile>();
  private readonly exportsCache = new Map<string, { hash: string; exports: FileExports }>();
  /** file → files whose results used it (imports, prompt files). */
  private readonly dependants = new Map<string, Set<string>>();
  /** file → the files its result used (the reverse of `dependants`). */
  private readonly uses = new Map<string, string[]>();
  private skipped: SkippedFile[] = [];
  /** Shares the repeated strings of the calls kept in `results` (see string-pool.ts). */
  private readonly strings = new StringPool();
  /** Open documents' priced calls by pricing inputs: an edit re-prices only the calls whose facts changed. */
  private readonly pricedCalls = new PricedCalls();
  /** Facts whose model is assumed (not in the code) → where the assumption is written, for the priced call's labels. */
  private readonly assumedFrom = new WeakMap<CallFact, string>();
  /** Facts whose model comes from observed usage → the observed site it came from. */
  private readonly observedSiteOf = new WeakMap<CallFact, ObservedSite>();
  /** A whole-workspace scan has completed: keys that match no call can be told apart from files not analysed yet. */
  private scanned = false;
  /** The source files the last walk listed: whether an import target exists is answered from here, not the disk. */
  private listed: Set<string> | null = null;
  /** Other files (prompt files, `.json` modules) asked about since the last walk: path → is a file. */
  private readonly statted = new Map<string, boolean>();
  /** Import resolution for every extractor, remembered until files appear or disappear. */
  private readonly modules = new ModuleResolver(rel => this.exists(rel));
  /** Whether a workspace module passes the pre-filter itself, for the files importing it (importsModelModule). */
  private readonly modelModules = new Map<string, boolean>();

  constructor(opts: SessionOptions) {
    this.root = opts.root;
    this.book = opts.book;
    this.trusted = opts.trusted ?? true;
    this.now = opts.now ?? (() => new Date());
    this.refreshHint = opts.refreshHint;
    this.clientSettings = opts.settings ?? {};
    this.configPath = opts.configPath;
    this.teamRoot = opts.teamRoot ?? opts.root;
    this.keepCallFacts = opts.keepCallFacts ?? true;
    this.observedPath = opts.observedPath;
    this.currencyOverride = opts.currency;
    this.settings = withDefaults(this.clientSettings);
    this.reloadTeamFiles();
  }

  /** Re-reads `.spendlens/config.json`, `usage.json` and `observed.json`, and drops every cached result. */
  reloadTeamFiles(): void {
    this.teamProblems = [];
    const team = loadTeamConfig(this.teamRoot, this.teamProblems, this.configPath);
    const usage = loadUsage(this.teamRoot, this.teamProblems);
    ({ team: this.team, usage: this.usage } = rebaseTeamFiles(team, usage, teamPrefix(this.teamRoot, this.root)));
    this.observed = new ObservedIndex(this.observedPath === false ? null : loadObserved(this.root, this.teamProblems, this.observedPath));
    this.applySettings();
  }

  /** Replaces the client's settings (keys left out, or undefined, fall back to the team file, then the defaults). */
  setSettings(settings: Partial<AnalysisSettings>): void {
    this.clientSettings = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as Partial<AnalysisSettings>;
    this.applySettings();
  }

  /** The per-folder monthly budgets of the team's config.json (`budgets`). */
  get budgets(): Record<string, number> {
    return this.team.budgets;
  }

  /** The currency costs are shown in, with its rate: the override (CLI --currency), else the team's config.json (undefined: USD). */
  get currency(): DisplayCurrency | undefined {
    return this.currencyOverride ?? this.team.currency;
  }

  /**
   * Costs formatted from here on (finding messages, lens, hover, reports) are in this folder's currency: the display
   * currency is one per process (src/shared/format.ts), set by whichever folder is analysed or rendered.
   */
  showCostsInCurrency(): void {
    setDisplayCurrency(this.currency ?? null);
  }

  setPriceBook(book: PriceBook): void {
    this.book = book;
    this.results.clear();
    this.pricedCalls.clear();
  }

  get priceBook(): PriceBook {
    return this.book;
  }

  private applySettings(): void {
    const d = this.team.defaults;
    const merged = withDefaults({
      ...(d.placeholderTokens !== undefined ? { placeholderTokens: d.placeholderTokens } : {}),
      ...(d.historyTokens !== undefined ? { historyTokens: d.historyTokens } : {}),
      ...(d.callsPerMonth !== undefined ? { callsPerMonth: d.callsPerMonth } : {}),
      ...(d.reasoningAllowance !== undefined ? { reasoningAllowance: d.reasoningAllowance } : {}),
      ...this.clientSettings,
    });
    if (d.outputTokens !== undefined && this.clientSettings.defaultOutputTokens === undefined) {
      merged.defaultOutputTokens = { ...merged.defaultOutputTokens, chat: d.outputTokens, completion: d.outputTokens };
    }
    merged.exclude = [...merged.exclude, ...this.team.exclude];
    this.settings = merged;
    this.results.clear();
    this.pricedCalls.clear();
    this.openMemos.clear();
  }

  private get extractOptions(): ExtractOptions {
    return { wrappers: this.trusted ? this.team.wrappers : [] };
  }

  /**
   * Analyses every source file of the workspace. With `pool`, worker threads analyse batches of files too (one per
   * spare core; see workspace/scan-pool.ts); the report is the same byte for byte.
   */
  async scanWorkspace(opts: { onProgress?: (done: number, total: number) => void; isCancelled?: () => boolean; pool?: ScanPoolOptions } = {}): Promise<WorkspaceReport> {
    const listing = listWorkspaceFiles(this.root, { exclude: this.settings.exclude, maxFileBytes: this.settings.maxFileBytes });
    this.skipped = listing.skipped;
    this.listed = new Set(listing.files);
    this.forgetFileSystem();
    const seen = this.listed;
    for (const f of [...this.results.keys()]) if (!seen.has(f) && !this.open.has(f)) this.results.delete(f);
    const total = listing.files.length;
    const unreadable = new Set<string>();
    let done = 0;
    const progressed = (n: number) => {
      const before = done;
      done += n;
      if (opts.onProgress && (Math.floor(done / 25) > Math.floor(before / 25) || done === total)) opts.onProgress(done, total);
    };
    let sliceStart = Date.now();
    const analyseOnMain = async (files: readonly string[]) => {
      for (const file of files) {
        if (opts.isCancelled?.()) return;
        // A NUL byte in the first 8 KB (or an unreadable file): listed, never parsed.
        if (!(await this.analyzeFile(file))) unreadable.add(file);
        progressed(1);
        // Yield to the event loop every ~15 ms, so a language server stays responsive while it indexes.
        if (Date.now() - sliceStart > 15) {
          await new Promise<void>(resolve => setImmediate(resolve));
          sliceStart = Date.now();
        }
      }
    };
    const pool = opts.pool && this.poolPlan(opts.pool, listing.files, listing.sizes);
    if (pool) {
      // Open documents and files analysed before (a re-scan) stay on the main thread: their results are at hand.
      await analyseOnMain(pool.onMain);
      await runPool(batchesOf(pool.files, pool.sizes, opts.pool!.batchBytes), {
        workers: pool.workers,
        workerFile: pool.workerFile,
        data: pool.data,
        mainShare: opts.pool!.mainShare ?? true,
        onMain: analyseOnMain,
        adopt: results => {
          for (const r of results) {
            if ('unreadable' in r) unreadable.add(r.file);
            else this.adoptPooled(r);
          }
          progressed(results.length);
        },
        isCancelled: () => opts.isCancelled?.() === true,
        onBatch: opts.pool!.onBatch,
      });
    } else {
      await analyseOnMain(listing.files);
    }
    for (const file of listing.files) if (unreadable.has(file)) this.skipped.push({ file, reason: 'binary or unreadable' });
    if (!opts.isCancelled?.()) this.scanned = true;
    return this.report();
  }

  /** Whether a scan is worth workers, and what they are given; null = the main thread scans alone. */
  private poolPlan(options: ScanPoolOptions, files: string[], sizes: number[]) {
    const workers = workerCount(options.workers);
    const book = loadOptionsOf(this.book);
    const workerFile = poolWorkerFile(options);
    if (workers === 0 || !book || !workerFile) return null;
    const onMain: string[] = [];
    const pooled: string[] = [];
    const pooledSizes: number[] = [];
    files.forEach((f, i) => {
      if (this.open.has(f) || this.results.has(f)) onMain.push(f);
      else { pooled.push(f); pooledSizes.push(sizes[i] ?? 0); }
    });
    if (pooledSizes.reduce((a, b) => a + b, 0) < (options.minBytes ?? POOL_MIN_BYTES)) return null;
    const session = {
      settings: this.clientSettings, trusted: this.trusted, configPath: this.configPath, teamRoot: this.teamRoot, keepCallFacts: this.keepCallFacts,
      ...(this.observedPath !== undefined ? { observedPath: this.observedPath } : {}),
      ...(this.currencyOverride ? { currency: this.currencyOverride } : {}),
    };
    return { workers, workerFile, onMain, files: pooled, sizes: pooledSizes, data: { root: this.root, book, session, files } };
  }

  /** A scan worker's Session resolves imports against the main thread's listing (see scan-worker.ts). */
  useListing(files: readonly string[]): void {
    this.listed = new Set(files);
    this.forgetFileSystem();
  }

  /** Analyses one file from the disk and hands back what the main thread keeps of it, then forgets it (scan worker). */
  async analyzeForPool(file: string): Promise<PooledFile | null> {
    const result = await this.analyzeFile(file);
    const cached = this.results.get(file);
    if (!result || !cached) return null;
    this.results.delete(file);
    return { file, hash: cached.hash, result, facts: cached.facts, used: this.uses.get(file) ?? [] };
  }

  /** Takes a file a scan worker analysed, as if this Session had. */
  private adoptPooled(p: PooledFile): void {
    for (const call of p.result.calls) this.strings.compactCall(call);
    this.results.set(p.file, { hash: p.hash, result: p.result, facts: this.keepCallFacts ? p.facts : [] });
    this.recordDependencies(p.file, new Set(p.used));
  }

  /** Analyses the text of an open document. */
  async updateFile(file: string, text: string): Promise<FileResult> {
    file = this.relative(file);
    const previous = this.open.get(file);
    // A new, unsaved document may be what an earlier import could not find.
    if (previous === undefined && !this.listed?.has(file)) this.forgetFileSystem();
    this.open.set(file, text);
    if (previous !== text) this.invalidateDependants(file);
    return this.analyzeText(file, text);
  }

  /** The document was closed: the file on disk counts again. */
  async closeFile(file: string): Promise<FileResult | undefined> {
    file = this.relative(file);
    this.openTrees.delete(file);
    this.openMemos.delete(file);
    this.pricedCalls.forget(file);
    if (!this.open.delete(file)) return this.results.get(file)?.result;
    if (!this.listed?.has(file)) this.forgetFileSystem();
    this.invalidateDependants(file);
    return this.analyzeFile(file);
  }

  removeFile(file: string): void {
    file = this.relative(file);
    this.listed?.delete(file);
    this.forgetFileSystem();
    this.open.delete(file);
    this.openTrees.delete(file);
    this.openMemos.delete(file);
    this.pricedCalls.forget(file);
    this.results.delete(file);
    this.exportsCache.delete(file);
    this.invalidateDependants(file);
  }

  /** The file changed on disk (watcher): re-read it unless it is open in the editor. */
  async fileChanged(file: string): Promise<FileResult | undefined> {
    file = this.relative(file);
    // A watcher reports created files as changes too: the next import of it must find it.
    if (this.listed && isSourceFile(file) && !this.listed.has(file)) { this.listed.add(file); this.forgetFileSystem(); }
    this.statted.delete(file);
    this.exportsCache.delete(file);
    this.invalidateDependants(file);
    if (this.open.has(file)) return this.results.get(file)?.result;
    this.results.delete(file);
    return this.analyzeFile(file);
  }

  getFileResult(file: string): FileResult | undefined {
    return this.results.get(this.relative(file))?.result;
  }

  /** Files whose results depend on `file` (they import from it or read it as a prompt). */
  dependentsOf(file: string): string[] {
    return [...(this.dependants.get(this.relative(file)) ?? [])].sort();
  }

  /** Re-analyses one file from the open document or the disk (after a dependency changed). */
  async analyzeFile(file: string): Promise<FileResult | undefined> {
    file = this.relative(file);
    const text = this.open.get(file) ?? this.readDisk(file);
    if (text === null) return undefined;
    return this.analyzeText(file, text);
  }

  /** The extracted facts behind a file's priced calls, in the same order (empty when the session keeps none). */
  callFactsOf(file: string): readonly CallFact[] {
    return this.results.get(this.relative(file))?.facts ?? [];
  }

  /**
   * A promptfoo comparison eval for one call: its model against `model`, else the advisor's suggestion, else the
   * cheapest alternative. Needs the call's facts (a Session built with keepCallFacts: false cannot).
   */
  comparisonEval(call: PricedCall, model?: string): ComparisonEval {
    const fact = this.factOf(call);
    if (!fact) throw new EvalConfigError(`${call.file}:${call.line}: the call's facts are not kept (re-analyse the file)`);
    checkComparable(call);
    const candidate = chooseCandidate(call, () => this.alternatives(call), this.book, model);
    return buildComparisonEval(fact, call, candidate);
  }

  private factOf(call: PricedCall): CallFact | undefined {
    const cached = this.results.get(call.file);
    const index = cached?.result.calls.findIndex(c => c.line === call.line && c.column === call.column) ?? -1;
    return index >= 0 ? cached!.facts[index] : undefined;
  }

  /** Cheaper alternatives for one call, best first (the advisor's candidates, whatever the complexity). */
  alternatives(call: PricedCall): Suggestion[] {
    const fact = this.factOf(call);
    if (!fact) return [];
    return alternativesFor(fact, call, this.book, { ...this.settings, advice: { ...this.settings.advice, minSavingsPct: 1 } });
  }

  /** What `.spendlens/observed.json` holds (null when there is none or it is broken). */
  get observedFile(): ObservedFile | null {
    return this.observed.file;
  }

  /** Every analysed call with the facts it was priced from (empty facts when keepCallFacts is false). */
  callsWithFacts(): Array<{ call: PricedCall; fact: CallFact | undefined }> {
    const out: Array<{ call: PricedCall; fact: CallFact | undefined }> = [];
    for (const f of [...this.results.keys()].sort()) {
      const cached = this.results.get(f)!;
      cached.result.calls.forEach((call, i) => out.push({ call, fact: cached.facts[i] }));
    }
    return out;
  }

  /** The files analysed so far (workspace-relative), with or without calls. */
  analysedFiles(): string[] {
    return [...this.results.keys()].sort();
  }

  /** Problems found in `.spendlens/config.json` / `usage.json` (path + JSON pointer). */
  get teamFileProblems(): readonly FileProblem[] {
    return this.teamProblems;
  }

  /** A folder-relative key as the team files spell it (`packages/api/src/a.ts#f` when the team root is above the folder). */
  private keyInTeamFile(key: string): string {
    const prefix = teamPrefix(this.teamRoot, this.root);
    return prefix && !key.endsWith('()') ? `${prefix}/${key}` : key;
  }

  /**
   * Keys of usage.json (`callsPerMonth`) and config.json (`assumeModels`) that match no call, with the nearest call
   * site key. Empty until a whole-workspace scan has completed (before that, a key may name a file not analysed yet).
   */
  unmatchedTeamKeys(): Array<UnmatchedKey & { path: string; what: string }> {
    if (!this.scanned) return [];
    const sites = this.callsWithFacts().map(({ call }) => call);
    // Keys and files as the team root spells them when it is above the folder (see team-root.ts): `packages/api/src/a.ts#f`
    // in <repository>/.spendlens/usage.json, not the folder-relative key the analysis uses.
    const prefix = teamPrefix(this.teamRoot, this.root);
    const at = (file: string) => prefix && !isAbsolute(file) ? join(this.teamRoot, file) : file;
    const spelled = (u: UnmatchedKey) => ({ ...u, key: this.keyInTeamFile(u.key), nearest: u.nearest && this.keyInTeamFile(u.nearest) });
    return [
      ...unmatchedKeys(Object.keys(this.usage.callsPerMonth), sites).map(u => ({ ...spelled(u), path: at(USAGE_FILE), what: 'its volume is not used' })),
      ...unmatchedKeys(Object.keys(this.team.assumeModels), sites).map(u => ({ ...spelled(u), path: at(this.configPath ?? CONFIG_FILE), what: 'its model is not assumed' })),
    ];
  }

  /**
   * The workspace's totals and the calls they add up (in report order), without the rest of the report (warnings,
   * unmatched team keys): what a language server pushes to the status bar after each change.
   */
  totals(): { totals: WorkspaceTotals; calls: PricedCall[]; stale: string | null } {
    const calls: PricedCall[] = [];
    for (const f of [...this.results.keys()].sort()) calls.push(...this.results.get(f)!.result.calls);
    return { totals: totalsOf(calls), calls, stale: this.staleWarning() };
  }

  /** The catalog's staleness warning, worded for where it is shown (one wording for the report and the totals). */
  private staleWarning(): string | null {
    return this.book.staleness(this.now(), { refresh: this.refreshHint });
  }

  report(): WorkspaceReport {
    this.showCostsInCurrency();
    const calls: PricedCall[] = [];
    const warnings: string[] = [];
    const files = [...this.results.keys()].sort();
    for (const f of files) {
      const r = this.results.get(f)!.result;
      calls.push(...r.calls);
      for (const w of r.warnings) warnings.push(`${f}: ${w}`);
    }
    const stale = this.staleWarning();
    if (stale) warnings.unshift(stale);
    for (const p of this.book.problems) warnings.push(problemText(p));
    for (const p of this.teamProblems) warnings.push(problemText(p));
    for (const u of this.unmatchedTeamKeys()) warnings.push(unmatchedKeyText(u.path, u.what, u));
    return {
      tool: 'spendlens',
      version: TOOL_VERSION,
      root: toPosix(this.root),
      catalog: {
        updated: this.book.updated,
        models: this.book.models().length,
        stale,
        sources: this.book.sources.map(s => s.name),
        layers: this.book.layers.map(l => ({ path: l.path, kind: l.kind, models: l.models, ok: l.ok })),
      },
      ...withConverted(calls, totalsOf(calls), this.currency),
      skipped: this.skipped,
      warnings,
      ...(this.observed.file ? { observed: observedSummary(this.observed.file) } : {}),
    };
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────

  private relative(file: string): string {
    if (isAbsolute(file)) return toPosix(relative(this.root, file));
    return toPosix(file).replace(/^\.\//, '');
  }

  private readDisk(file: string): string | null {
    try {
      const bytes = readFileSync(join(this.root, file));
      if (looksBinary(bytes)) return null;
      return bytes.toString('utf8');
    } catch {
      return null;
    }
  }

  private invalidateDependants(file: string): void {
    this.exportsCache.delete(file);
    this.modelModules.delete(file);
    // Another file changed: what an open document's statements read of the workspace may have too.
    for (const f of [...this.openMemos.keys()]) if (f !== file) this.openMemos.delete(f);
    for (const d of this.dependants.get(file) ?? []) this.results.delete(d);
  }

  private async analyzeText(file: string, text: string): Promise<FileResult> {
    this.showCostsInCurrency();
    const cached = this.results.get(file);
    // An open document asked about again (every lens resolve, hover, code action): no re-hash of its whole
    // text (sha1 of a 2,000-line file on each of 200 resolves was ~5% of the server's time).
    if (cached && cached.text !== undefined && cached.text === text) return cached.result;
    const hash = hashOf(text);
    if (cached && cached.hash === hash) return cached.result;
    const language = languageOf(file);
    const empty: FileResult = { file, language: language ?? 'javascript', calls: [], syntaxErrors: 0, warnings: [], dependsOn: [] };
    let facts: FileFacts | null = null;
    const notes: string[] = [];
    const wrapperNames = this.extractOptions.wrappers.map(w => w.function.split('.').pop()!);
    const followed = new Set<string>();
    const parse = !!language && !file.endsWith('.pyi') && !file.endsWith('.d.ts')
      && mayContainCallsVia(text, language === 'python', wrapperNames, spec => this.importHoldsModel(file, spec, wrapperNames, followed));
    if (!parse && followed.size) this.recordDependencies(file, followed);
    if (language && parse) {
      const used = new Set<string>(followed);
      const resolver = this.resolverFor(used, notes);
      try {
        if (language === 'python') {
          await initPythonParser();
          facts = extractPythonFacts({ file, text, resolver, options: this.extractOptions });
        } else {
          const tree = this.open.get(file) === text
            ? { previous: this.openTrees.get(file), memo: this.openMemos.get(file), keep: (sf: SourceFile, memo: JsMemo) => { this.openTrees.set(file, sf); this.openMemos.set(file, memo); } }
            : undefined;
          if (!tree) { this.openTrees.delete(file); this.openMemos.delete(file); } // only worth keeping for the text being edited
          facts = extractJsFacts({ file, text, language, resolver, options: this.extractOptions, tree });
        }
      } catch (e) {
        // A parse that failed half-way leaves no tree fit to re-parse from (nor memory of its statements).
        this.openTrees.delete(file);
        this.openMemos.delete(file);
        // One hostile file (5,000-deep nesting overflows the parser's or the visitor's recursion) never stops the scan.
        empty.warnings.push(e instanceof RangeError
          ? `analysis skipped: nested too deeply to analyse (${e.message})`
          : `analysis failed: ${(e as Error).message}`);
      }
      this.recordDependencies(file, used);
    }
    const suppressions = facts?.calls.length ? suppressionsOf(text) : undefined;
    // A model the team assumes for a call is part of its facts from here on (alternatives, evals use it too).
    const callFacts = (facts?.calls ?? []).map(f => this.withAssumedModel(f));
    const inputs = (f: CallFact) => this.pricingInputs(f, suppressions?.get(f.line));
    // An open document's previous version's results are reused for the calls an edit left as they were.
    const calls = this.open.get(file) === text
      ? this.pricedCalls.priceFile(file, callFacts, inputs, (f, p) => this.price(f, p))
      : callFacts.map(f => this.price(f, inputs(f)));
    const result: FileResult = facts
      ? { file, language: facts.language, calls, syntaxErrors: facts.syntaxErrors, warnings: facts.warnings, dependsOn: facts.dependsOn }
      : empty;
    result.warnings.push(...notes);
    if (facts && facts.syntaxErrors > 0) result.warnings.push(`${facts.syntaxErrors} syntax error(s): analysed what the parser recovered`);
    this.results.set(file, { hash, result, facts: this.keepCallFacts ? callFacts : [], text: this.open.get(file) === text ? text : undefined });
    return result;
  }

  /**
   * The model of a call whose code does not show one: the user's `assumeModels` entry for the call, else the model its
   * observed usage ran with, else `defaultModel` or the setting (an explicit statement about the call wins over
   * traffic; traffic wins over a blanket default).
   */
  private withAssumedModel(fact: CallFact): CallFact {
    const assumed = assumedModelFor(fact, this.team, this.settings.assumeModel);
    if (fact.model.value === null && !assumed?.explicit) {
      const site = this.observed.find(fact);
      const seen = observedModelOf(site);
      if (site && seen) {
        const withModel: CallFact = { ...fact, vendor: assumedVendor(fact, seen.model), model: { ...fact.model, value: seen.model, source: 'observed', definedAt: null } };
        this.observedSiteOf.set(withModel, site);
        return withModel;
      }
    }
    if (!assumed) return fact;
    const withModel: CallFact = { ...fact, vendor: assumedVendor(fact, assumed.model), model: { ...fact.model, value: assumed.model, source: 'assumed', definedAt: null } };
    this.assumedFrom.set(withModel, assumed.from);
    return withModel;
  }

  private pricingInputs(fact: CallFact, suppression: Suppression | undefined): PricingInputs {
    // A model filled from observed usage no longer matches the site's (null) model: keep the site it came from.
    const observed = this.observedSiteOf.get(fact) ?? this.observed.find(fact);
    return { fact, volume: this.volumeOf(fact, observed), observed, suppression, assumedFrom: this.assumedFrom.get(fact) };
  }

  /** A call's price and advice: a function of `inputs` and the session's book, settings and team rules only (see priced-calls.ts). */
  private price(fact: CallFact, { volume, observed, suppression, assumedFrom: from }: PricingInputs): PricedCall {
    const call = priceCall(fact, this.book as unknown as PriceSource, this.settings, volume, observed);
    if (fact.model.expression && (from || fact.model.value === null || fact.model.source === 'observed')) call.modelExpression = fact.model.expression;
    if (fact.model.source === 'observed' && observed) fillFromObserved(call, fact, observed, m => priceCall({ ...fact, vendor: assumedVendor(fact, m), model: { ...fact.model, value: m } }, this.book as unknown as PriceSource, this.settings, volume, observed));
    if (from) {
      call.modelAssumedFrom = from;
      const code = fact.model.expression ? ` (the code has \`${fact.model.expression}\`)` : '';
      call.assumptions.unshift(`model assumed: ${fact.model.value}, from ${from}; the code does not show it${code}`);
      const seen = observedModelOf(observed);
      // The user's entry for the call wins over traffic; the traffic is still named (a default does not win: see withAssumedModel).
      if (seen) call.assumptions.splice(1, 0, `observed usage ran ${seen.mix.length > 1 ? formatModelMix(seen.mix) : seen.model} (${seen.from}); the assumeModels entry wins over it`);
    }
    // Findings are always computed; `advice.enable` only governs the cheaper-model suggestion.
    const advice = applyTeamRules(adviseCall(fact, call, this.book, this.settings), suppression, this.team.rules);
    call.suggestion = advice.suggestion;
    if (advice.noSuggestion) call.noSuggestion = advice.noSuggestion;
    call.findings = advice.findings;
    return this.strings.compactCall(call);
  }

  /** Precedence: an inline volume comment > usage.json > observed usage > the default. */
  private volumeOf(fact: CallFact, observed: ObservedSite | null): CallVolume {
    // A volume must be a finite count: `spendlens: 1111…1/month` or 1e400 in usage.json would make every total Infinity.
    const usable = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n >= 0;
    if (fact.volume && usable(fact.volume.callsPerMonth)) return { callsPerMonth: fact.volume.callsPerMonth, source: fact.volume.source };
    for (const key of usageKeys(fact)) {
      const n = this.usage.callsPerMonth[key];
      if (usable(n)) return { callsPerMonth: n, source: `.spendlens/usage.json ("${this.keyInTeamFile(key)}")` };
    }
    if (observed && observed.callsPerMonth !== null && usable(observed.callsPerMonth)) {
      return { callsPerMonth: observed.callsPerMonth, source: observed.matchedBy === 'model-spread' ? 'observed-spread' : 'observed' };
    }
    return { callsPerMonth: this.settings.callsPerMonth, source: 'default' };
  }

  /** Whether the module `spec` names (imported by `file`) passes the pre-filter itself; it is recorded in `followed`. */
  private importHoldsModel(file: string, spec: string, names: string[], followed: Set<string>): boolean {
    const target = this.modules.resolve(file, spec);
    if (!target || target === file) return false;
    followed.add(target);
    let holds = this.modelModules.get(target);
    if (holds === undefined) {
      const t = this.open.get(target) ?? this.readDisk(target);
      holds = t !== null && mayContainCalls(t, names);
      this.modelModules.set(target, holds);
    }
    return holds;
  }

  private recordDependencies(file: string, used: Set<string>): void {
    for (const dep of this.uses.get(file) ?? []) this.dependants.get(dep)?.delete(file);
    const deps = [...used].filter(dep => dep !== file);
    if (deps.length) this.uses.set(file, deps); else this.uses.delete(file);
    for (const dep of deps) {
      let set = this.dependants.get(dep);
      if (!set) this.dependants.set(dep, (set = new Set()));
      set.add(file);
    }
  }

  /**
   * Whether a workspace file exists. Source files are answered from the walk's listing (a call-dense scan once spent
   * ~40 % of its time in statSync probing import candidates); other files are stat-ed once and remembered.
   */
  private exists(rel: string): boolean {
    if (this.open.has(rel)) return true;
    if (this.listed && isSourceFile(rel)) return this.listed.has(rel);
    let hit = this.statted.get(rel);
    if (hit === undefined) {
      try { hit = statSync(join(this.root, rel)).isFile(); } catch { hit = false; }
      this.statted.set(rel, hit);
    }
    return hit;
  }

  /** Files appeared or disappeared: resolve imports and existence afresh. */
  private forgetFileSystem(): void {
    this.openMemos.clear();
    this.statted.clear();
    this.modules.clear();
  }

  private exportsOf(file: string): FileExports | null {
    const text = this.open.get(file) ?? this.readDisk(file);
    if (text === null) return null;
    const hash = hashOf(text);
    const hit = this.exportsCache.get(file);
    if (hit && hit.hash === hash) return hit.exports;
    let exports: FileExports;
    try {
      exports = languageOf(file) === 'python' ? collectPythonExports(file, text) : collectJsExports(file, text);
    } catch {
      exports = { strings: {} };
    }
    this.exportsCache.set(file, { hash, exports });
    return exports;
  }

  private resolverFor(used: Set<string>, notes: string[]): WorkspaceResolver {
    return {
      importedString: (fromFile: string, specifier: string, name: string): ImportedString | null => {
        const target = this.modules.resolve(fromFile, specifier);
        if (!target) return null;
        used.add(target);
        return this.exportsOf(target)?.strings[name] ?? null;
      },
      moduleText: (fromFile: string, specifier: string) => {
        const target = this.modules.resolve(fromFile, specifier);
        const text = target === null ? null : this.open.get(target) ?? this.readDisk(target);
        if (target === null || text === null) return null;
        used.add(target);
        return { file: target, text };
      },
      readText: (path: string, fromFile: string) => {
        const candidates = isAbsolute(path)
          ? [this.relative(path)]
          : [posix.normalize(posix.join(posix.dirname(fromFile), toPosix(path))), posix.normalize(toPosix(path))];
        for (const rel of candidates) {
          // Prompt files are read only from inside the workspace.
          if (rel.startsWith('..') || isAbsolute(rel) || !this.exists(rel)) continue;
          // A data dump read as a prompt would cost seconds of tokenising per file: bounded like source files.
          const size = this.open.has(rel) ? this.open.get(rel)!.length : statSync(join(this.root, rel)).size;
          if (size > this.settings.maxFileBytes) {
            notes.push(`prompt file ${rel} is larger than ${Math.round(this.settings.maxFileBytes / 1024)} KB: not counted`);
            used.add(rel);
            return null;
          }
          const text = this.open.get(rel) ?? this.readDisk(rel);
          if (text === null) continue;
          used.add(rel);
          return { file: rel, text };
        }
        return null;
      },
    };
  }
}

function observedSummary(o: ObservedFile): NonNullable<WorkspaceReport['observed']> {
  return { generatedAt: o.generatedAt, window: o.window, sources: o.sources, tiers: o.tiers, unmatched: o.unmatched };
}

export function totalsOf(calls: PricedCall[]): WorkspaceTotals {
  let costPerCallSum = 0, monthly = 0, unknownModels = 0, savingsMonthly = 0;
  const unpricedSites: string[] = [];
  for (const c of calls) {
    if (c.costPerCall === null) { unknownModels++; unpricedSites.push(`${c.file}:${c.line}`); continue; }
    costPerCallSum += c.costPerCall;
    monthly += c.monthlyCost ?? 0;
    if (c.suggestion) savingsMonthly += (c.costPerCall - c.suggestion.costPerCall) * c.callsPerMonth;
  }
  return { calls: calls.length, costPerCallSum, monthly, unknownModels, unpricedSites, savingsMonthly };
}
