// THE shared contract between the language server, the VS Code client, the panel host and the panel.
// Every custom method string, its params and result, the settings shape (with sanitizers) and the
// panel⇄host messages are declared here and nowhere else. Runtime imports: vscode-languageserver-protocol
// only; the core's data contract is imported as types (erased at build time), so the webview can
// `import type` from this module without pulling any code.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { PricedCall, Suggestion } from '../core/model';
import type { WorkspaceReport, WorkspaceTotals as ReportTotals } from '../core/model';
import type { DisplayCurrency } from '../shared/format';

export type { PricedCall, Suggestion, WorkspaceReport };

/**
 * A diagnostic's code links to the rule's section of the README that ships with the extension
 * (`readmeUri` is that file's URI, worked out by the server from its own location).
 */
export function ruleDocUrl(readmeUri: string, code: string): string {
  return `${readmeUri}#${code}`;
}

// ---------------------------------------------------------------------------------------------
// Requests and notifications
// ---------------------------------------------------------------------------------------------

/**
 * Names one call site in a document. Give `line` (1-based, as in PricedCall.line — the form the
 * CodeLens command and the panel use), or an LSP `position` (0-based) inside the call, or the call's
 * `index` in the file's result. When several are given: index, then position, then line.
 */
export interface CallRef {
  uri: string;
  line?: number;
  position?: Position;
  index?: number;
}

export interface WorkspaceReportParams {
  /** A workspace folder URI or any document URI inside it; omitted → the first folder. */
  uri?: string;
  /** Re-scan the folder before answering (otherwise the index kept by the server is reported). */
  rescan?: boolean;
}
export namespace WorkspaceReportRequest {
  export const method = 'spendlens/workspaceReport' as const;
  export const type = new RequestType<WorkspaceReportParams, WorkspaceReport | null, void>(method);
}

export interface CallDetailsResult {
  call: PricedCall;
  /** The same Markdown the hover shows. */
  markdown: string;
  /** The call expression's range in the document. */
  range: Range;
}
export namespace CallDetailsRequest {
  export const method = 'spendlens/callDetails' as const;
  export const type = new RequestType<CallRef, CallDetailsResult | null, void>(method);
}

/** Cheaper alternatives for one call, best first (empty when none qualify or the call is unknown). */
export namespace AlternativesRequest {
  export const method = 'spendlens/alternatives' as const;
  export const type = new RequestType<CallRef, Suggestion[], void>(method);
}

export interface ApplySuggestionParams extends CallRef {
  /** The model to switch to; omitted → the call's own suggestion. */
  model?: string;
}
export interface ApplySuggestionResult {
  /** Replaces the model literal (possibly in another file), keeping its quotes. */
  edit: WorkspaceEdit;
  /** e.g. `Switch to gpt-4o-mini (−94%)`. */
  label: string;
}
export namespace ApplySuggestionRequest {
  export const method = 'spendlens/applySuggestion' as const;
  export const type = new RequestType<ApplySuggestionParams, ApplySuggestionResult | null, void>(method);
}

export interface GenerateEvalParams extends CallRef {
  /** The model to compare with; omitted → the call's suggestion, else the cheapest alternative. */
  model?: string;
}
/** A promptfoo comparison eval for one call (src/core/eval), for the client to write; or why there is none. */
export type GenerateEvalResult =
  | {
    ok: true;
    /** Absolute path of the workspace folder the call belongs to; `folder` is relative to it. */
    root: string;
    folder: string;
    /** promptfooconfig.yaml first. `userOwned` files (tests.csv) are written only when absent. */
    files: Array<{ name: string; content: string; userOwned?: boolean }>;
    providers: [string, string];
    notes: string[];
  }
  | { ok: false; message: string };
export namespace GenerateEvalRequest {
  export const method = 'spendlens/generateEval' as const;
  export const type = new RequestType<GenerateEvalParams, GenerateEvalResult | null, void>(method);
}

export interface SetCallsPerMonthParams extends CallRef {
  /** Non-negative integer; 0 is allowed (the call is not expected to run). */
  callsPerMonth: number;
}
export interface SetCallsPerMonthResult {
  /** The key written in `.spendlens/usage.json` (`callsPerMonth` map): `<file>#<function>` or `<file>:<line>`. */
  key: string;
  /** Absolute path of the usage file that was written. */
  usageFile: string;
}
export namespace SetCallsPerMonthRequest {
  export const method = 'spendlens/setCallsPerMonth' as const;
  export const type = new RequestType<SetCallsPerMonthParams, SetCallsPerMonthResult | null, void>(method);
}

/**
 * Where an assumed model is written in `.spendlens/config.json`: `call` — `assumeModels["<file>#<function>"]` (or
 * `"<file>:<line>"` when the function holds other calls); `function` — `assumeModels["<fn>()"]` for every call whose
 * model comes from `fn(…)`; `workspace` — `defaultModel`.
 */
export type AssumeScope = 'call' | 'function' | 'workspace';

export interface AssumeModelChoices {
  /** Catalog models that fit the call (its vendor's chat models when known), cheapest first. */
  models: Array<{ id: string; provider: string; detail: string }>;
  /** The scopes this call offers, with the config key each would write. */
  scopes: Array<{ scope: AssumeScope; key: string; label: string }>;
}
export namespace AssumeModelChoicesRequest {
  export const method = 'spendlens/assumeModelChoices' as const;
  export const type = new RequestType<CallRef, AssumeModelChoices | null, void>(method);
}

export interface AssumeModelParams extends CallRef {
  model: string;
  scope: AssumeScope;
}
export interface AssumeModelResult {
  /** The key written: an `assumeModels` key, or `defaultModel`. */
  key: string;
  /** Absolute path of the config file that was written. */
  configFile: string;
}
export namespace AssumeModelRequest {
  export const method = 'spendlens/assumeModel' as const;
  export const type = new RequestType<AssumeModelParams, AssumeModelResult | null, void>(method);
}

/** Re-scan every workspace folder, re-publish diagnostics and refresh the lenses. */
/** Reads usage files, matches them to the folder's call sites and writes `.spendlens/observed.json` (spendlens calibrate). */
export interface CalibrateParams {
  /** A file in the folder, or the folder itself; absent = the first workspace folder. */
  uri?: string;
  /** Usage files, as file system paths. */
  files: string[];
  /** Forces a format (otlp, litellm, langfuse, helicone, openai-usage, aggregated). */
  format?: string;
}

export type CalibrateResult =
  | { ok: true; observedFile: string; summary: string; sites: number; unmatched: number }
  | { ok: false; error: string };

export namespace CalibrateRequest {
  export const method = 'spendlens/calibrate' as const;
  export const type = new RequestType<CalibrateParams, CalibrateResult, void>(method);
}

/**
 * Where a workspace folder's team files are: its own `.spendlens/`, or that of the repository root above it when the
 * folder has none (the language server and the CLI find them alike). "Open Volumes File" opens this usage file.
 */
export interface TeamFilesParams {
  /** A workspace folder (or a file in it). */
  uri: string;
}
export interface TeamFilesResult {
  /** Absolute paths; the files may not exist yet. */
  usageFile: string;
  configFile: string;
}
export namespace TeamFilesRequest {
  export const method = 'spendlens/teamFiles' as const;
  export const type = new RequestType<TeamFilesParams, TeamFilesResult | null, void>(method);
}

export namespace RefreshRequest {
  export const method = 'spendlens/refresh' as const;
  export const type = new RequestType<Record<string, never> | null, void, void>(method);
}

/**
 * Download LiteLLM's price map (or `url`), check and convert it, and keep it in the user's cache as the `updated`
 * catalog layer (the command "Spendlens: Update Pricing Catalog"); then every folder is re-priced. The only request
 * that makes the server use the network, and only when the user asks.
 */
export interface UpdateCatalogParams {
  /** The price map's URL (setting `spendlens.catalog.updateUrl`); absent → LiteLLM's. */
  url?: string;
}
export type UpdateCatalogResult =
  | { ok: true; source: string; retrieved: string; models: number; path: string; rejected: Array<{ key: string; reason: string }> }
  | { ok: false; message: string };
export namespace UpdateCatalogRequest {
  export const method = 'spendlens/updateCatalog' as const;
  export const type = new RequestType<UpdateCatalogParams, UpdateCatalogResult, void>(method);
}

/** The status bar's totals: the core's report totals (summed over every folder) and what the status bar adds. */
export interface WorkspaceTotals extends ReportTotals {
  /** The first few of the calls without a price, as `file:line` (the tooltip names them; the report's totals name all). */
  unpricedSites: string[];
  folders: number;
  /** The catalog staleness warning, if any. */
  stale: string | null;
  /** false while the background index is still being built. */
  complete: boolean;
  /** The currency to show the totals in, at the team's rate (.spendlens/config.json `currency`); null = USD. */
  currency: DisplayCurrency | null;
}
/** Server → client after every change: the totals for the status bar. */
export namespace TotalsChangedNotification {
  export const method = 'spendlens/totalsChanged' as const;
  export const type = new NotificationType<WorkspaceTotals>(method);
}

/** `initializationOptions` the client may send with `initialize`. */
export interface InitializationOptions {
  /**
   * VS Code's workspace trust (`vscode.workspace.isTrusted`). When false the server ignores the team's
   * wrapper definitions and a `spendlens.catalogPath` outside the workspace. Absent = trusted.
   */
  trusted?: boolean;
}

/** Commands the server implements (workspace/executeCommand); the client must not register these ids. */
export const ServerCommands = {
  /** args: [uri: string, line: number (1-based), model?: string] → applies the switch as a workspace edit. */
  applySuggestion: 'spendlens.server.applySuggestion',
} as const;

/** Commands the client implements, named here so both sides agree on their arguments. */
export const ClientCommands = {
  /** args: [uri: string, line: number (1-based)] */
  showCallDetails: 'spendlens.showCallDetails',
  /** args: [uri: string, line: number (1-based)] */
  showAlternatives: 'spendlens.showAlternatives',
  /** args: [uri: string, line: number (1-based), model?: string] → writes the eval's files, opens the YAML. */
  generateEval: 'spendlens.generateEval',
  /** args: [uri: string, line: number (1-based), model?: string, scope?: AssumeScope] → asks for what is missing, writes config.json. */
  assumeModel: 'spendlens.assumeModel',
} as const;

// ---------------------------------------------------------------------------------------------
// Settings (section `spendlens`), pulled by the server per resource
// ---------------------------------------------------------------------------------------------

export interface SpendlensSettings {
  enable: boolean;
  codeLens: { enable: boolean };
  /** Output tokens assumed for a chat/completion call with no static cap. */
  defaultOutputTokens: number;
  /** Default calls per month for each call site. */
  callsPerMonth: number;
  /** A user price catalog layered over the bundled one; null = none. */
  catalogPath: string | null;
  /** A model assumed for calls whose model the code does not show (after the team's `.spendlens/config.json`); null = none. */
  assumeModel: string | null;
  exclude: string[];
  showMonthly: boolean;
  advice: { enable: boolean; minSavingsPct: number; allowCrossProvider: boolean; preferredModels: string[]; noOutputCapMinFactor: number };
  /**
   * The keys (dotted, e.g. `callsPerMonth`) the user has set in some scope, even to the default value. VS Code's
   * client sends them (from `inspect()`: its configuration holds every default too); from a client that sends no
   * list, the keys it sent are the ones its user set.
   */
  explicit: string[];
}

export namespace SpendlensSettings {
  export function defaults(): SpendlensSettings {
    return {
      enable: true,
      codeLens: { enable: true },
      defaultOutputTokens: 400,
      callsPerMonth: 1000,
      catalogPath: null,
      assumeModel: null,
      exclude: [],
      showMonthly: true,
      advice: { enable: true, minSavingsPct: 30, allowCrossProvider: false, preferredModels: [], noOutputCapMinFactor: 2 },
      explicit: [],
    };
  }

  /** Every setting's dotted key (`enable`, `codeLens.enable`, `advice.minSavingsPct`…): what a client reads and sends. */
  export function keys(): readonly string[] {
    return SETTING_KEYS;
  }

  /** Walked once from the defaults: the set of keys never changes at run time. */
  const SETTING_KEYS: readonly string[] = (() => {
    const out: string[] = [];
    const walk = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (!prefix && k === 'explicit') continue;
        if (isObject(v)) walk(v, `${prefix}${k}.`);
        else out.push(prefix + k);
      }
    };
    walk(defaults() as unknown as Record<string, unknown>, '');
    return Object.freeze(out);
  })();

  /**
   * Any value a client may send (VS Code's nested object, a flat `{ "codeLens.enable": … }` map from
   * another editor, null, garbage) → complete, valid settings. Invalid keys fall back to defaults.
   */
  export function from(value: unknown): SpendlensSettings {
    const d = defaults();
    const v = isObject(value) ? value : {};
    const get = (path: string): unknown => pick(v, path);
    return {
      enable: bool(get('enable'), d.enable),
      codeLens: { enable: bool(get('codeLens.enable'), d.codeLens.enable) },
      defaultOutputTokens: int(get('defaultOutputTokens'), d.defaultOutputTokens, 0, 1_000_000),
      callsPerMonth: int(get('callsPerMonth'), d.callsPerMonth, 0, 1e12),
      catalogPath: optionalPath(get('catalogPath')),
      assumeModel: optionalPath(get('assumeModel')),
      exclude: strings(get('exclude')),
      showMonthly: bool(get('showMonthly'), d.showMonthly),
      advice: {
        enable: bool(get('advice.enable'), d.advice.enable),
        minSavingsPct: num(get('advice.minSavingsPct'), d.advice.minSavingsPct, 0, 100),
        allowCrossProvider: bool(get('advice.allowCrossProvider'), d.advice.allowCrossProvider),
        preferredModels: strings(get('advice.preferredModels')),
        noOutputCapMinFactor: num(get('advice.noOutputCapMinFactor'), d.advice.noOutputCapMinFactor, 1, 1_000),
      },
      explicit: Array.isArray(get('explicit')) ? strings(get('explicit')).filter(k => SETTING_KEYS.includes(k)) : SETTING_KEYS.filter(k => sentValue(get(k), pick(d as unknown as Record<string, unknown>, k))),
    };
  }

  export function equals(a: SpendlensSettings, b: SpendlensSettings): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `a.b.c` from a nested object, or from a flat key `"a.b.c"`, or a mix of both. */
/** Whether a client sent a value of the setting's kind (its default's type; a path or model id: a string). */
function sentValue(value: unknown, fallback: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (fallback === null) return typeof value === 'string';
  return Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback;
}

function pick(obj: Record<string, unknown>, path: string): unknown {
  if (path in obj) return obj[path];
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  const head = obj[path.slice(0, dot)];
  return isObject(head) ? pick(head, path.slice(dot + 1)) : undefined;
}

function bool(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

function num(value: unknown, fallback: number, min: number, max: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

function int(value: unknown, fallback: number, min: number, max: number): number {
  return Math.round(num(value, fallback, min, max));
}

function optionalPath(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(s => s.trim());
}

// ---------------------------------------------------------------------------------------------
// Panel ⇄ host messages (webview postMessage). The panel helper extends these unions.
// `file` is workspace-relative with forward slashes, `line` is 1-based (both as in PricedCall);
// `root` names the folder (WorkspaceReport.root) when there are several.
// ---------------------------------------------------------------------------------------------

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'refresh' }
  | { type: 'openCall'; file: string; line: number; root?: string }
  | { type: 'applySuggestion'; file: string; line: number; model?: string; root?: string }
  | { type: 'setCallsPerMonth'; file: string; line: number; callsPerMonth: number; root?: string }
  /** Save the panel's current view (built by the panel) through a save dialog. */
  | { type: 'export'; format: 'csv' | 'json'; content: string };

export type HostToPanel =
  | { type: 'report'; report: WorkspaceReport }
  /** One report per workspace folder (a multi-root workspace); replaces whatever the panel showed. */
  | { type: 'reports'; reports: WorkspaceReport[] }
  | { type: 'busy'; busy: boolean }
  | { type: 'error'; message: string };

export namespace PanelToHost {
  /** Messages from a webview are untrusted input: accept only well-formed ones. */
  export function is(value: unknown): value is PanelToHost {
    if (!isObject(value) || typeof value.type !== 'string') return false;
    const fileLine = typeof value.file === 'string' && isLine(value.line) && optionalString(value.root);
    switch (value.type) {
      case 'ready':
      case 'refresh':
        return true;
      case 'openCall':
        return fileLine;
      case 'applySuggestion':
        return fileLine && optionalString(value.model);
      case 'setCallsPerMonth':
        return fileLine && typeof value.callsPerMonth === 'number' && Number.isFinite(value.callsPerMonth) && value.callsPerMonth >= 0;
      case 'export':
        return (value.format === 'csv' || value.format === 'json') && typeof value.content === 'string';
      default:
        return false;
    }
  }
}

function isLine(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}
