// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one `spendlens/cost` note per call with its
// figures, and one result per advisor finding under a rule named after the finding's code.
// Reads results only. Fingerprints are stable across edits that only move a call (file + function + api).
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { Finding, PricedCall, Severity } from '../model';
import type { WorkspaceReport } from '../model';
import { RULES } from '../advice/rules';
import { SUGGESTION_KIND_LABEL, formatTokens, formatMoney } from '../../shared/format';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The tool's namespace for rule ids (kept apart from the LSP method names the protocol owns). */
const RULE_NAMESPACE = 'spendlens';
export const COST_RULE_ID = `${RULE_NAMESPACE}/cost`;
const FINGERPRINT_KEY = 'spendlensCallSite/v1';

// The SARIF 2.1.0 object model as typed by @types/sarif (a devDependency: types only, nothing bundled).
export type SarifLog = Sarif.Log;
export type SarifResult = Sarif.Result;
export type SarifRule = Sarif.ReportingDescriptor;
type SarifLevel = Sarif.Result.level;

export interface SarifOptions {
  /** Also emit the `spendlens/cost` note for every call (default true). */
  costNotes?: boolean;
  /**
   * Where the scanned folder sits in the repository (e.g. `packages/api/`): code scanning resolves
   * `%SRCROOT%` to the checkout, so URIs must be relative to the repository, not to the scanned folder.
   */
  uriPrefix?: string;
  /** The absolute folder `%SRCROOT%` stands for (default: the report's root minus `uriPrefix`). */
  srcRoot?: string;
  /** The text of a scanned file, to give each region its end (the call's last line and column). */
  readText?: (file: string) => string | null;
}

/** 1-based line and column of a UTF-16 offset (SARIF's default column kind). */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart + 1 };
}

/** The end of each call's region, when the file is still the text that was analysed. */
function regionEnds(calls: PricedCall[], readText: SarifOptions['readText']): Array<{ endLine: number; endColumn: number } | null> {
  const texts = new Map<string, string | null>();
  return calls.map(c => {
    if (!readText) return null;
    if (!texts.has(c.file)) texts.set(c.file, readText(c.file));
    const text = texts.get(c.file);
    if (!text || c.end > text.length || c.end <= c.start) return null;
    const start = positionOf(text, c.start);
    if (start.line !== c.line) return null;
    const end = positionOf(text, c.end);
    return { endLine: end.line, endColumn: end.column };
  });
}

/** The advisor codes the rule list always carries, so GitHub keeps them stable even when a run has none. */
export const FINDING_CODES = ['no-output-cap', 'context-overflow', 'deprecated-model', 'prompt-caching', 'batch-api', 'call-in-loop', 'unknown-model', 'cheaper-model'] as const;

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * Where the rules' help links would point: the project's public README (its sections are named after the rule ids).
 * The project has no public home yet, so SARIF carries no links (both fields are optional in SARIF 2.1.0); set this
 * to the README's URL once it has one.
 */
const INFORMATION_URI: string | undefined = undefined;

function titleOf(code: string): string {
  return code.split(/[-/]/).map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function ruleFor(id: string, description: string, severity: Severity, info: string | undefined): SarifRule {
  const level = LEVELS[severity];
  return {
    id,
    name: titleOf(id === COST_RULE_ID ? 'llm-call-cost' : id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...(info ? { helpUri: `${info}#${id === COST_RULE_ID ? 'cost' : id}` } : {}),
    help: { text: description },
    defaultConfiguration: { level },
    properties: {
      tags: ['llm', 'cost', ...(id === COST_RULE_ID ? [] : ['spendlens-advice'])],
      precision: 'medium',
      ...(level === 'warning' || level === 'error' ? { 'problem.severity': level } : { 'problem.severity': 'recommendation' }),
    },
  };
}

/** One rule per kind: the cost note first, then every advisor code (known ones, then any seen in the results). */
export function sarifRules(calls: PricedCall[] = []): SarifRule[] {
  const info = INFORMATION_URI;
  const rules = [ruleFor(COST_RULE_ID, 'Projected cost of an LLM API call: tokens in and out, price per call and per month.', 'information', info)];
  const known = new Map(RULES.map(r => [r.code, r]));
  const codes = [...FINDING_CODES, ...RULES.map(r => r.code)];
  for (const c of calls) for (const f of c.findings) codes.push(f.code);
  for (const code of new Set(codes)) {
    const r = known.get(code);
    rules.push(ruleFor(code, r?.description ?? `Spendlens advice: ${code}`, r?.severity ?? 'information', info));
  }
  return rules;
}

/** Stable per call site: the same function calling the same API keeps its fingerprint when lines move. */
function fingerprints(calls: PricedCall[], prefix: string): string[] {
  const seen = new Map<string, number>();
  return calls.map(c => {
    const base = `${prefix}${c.file}#${c.functionName ?? '<module>'}#${c.provider}.${c.api}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return createHash('sha256').update(`${base}#${n}`).digest('hex').slice(0, 32);
  });
}

function location(c: PricedCall, prefix: string, end: { endLine: number; endColumn: number } | null): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: (prefix + c.file).split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, c.line), startColumn: Math.max(1, c.column), ...(end ?? {}) },
    },
  };
}

function figures(c: PricedCall): Sarif.PropertyBag {
  return {
    provider: c.provider, vendor: c.vendor, api: c.api, kind: c.kind,
    model: c.model, catalogModel: c.catalogModel, modelSource: c.modelSource,
    inputTokens: c.inputTokens, inputTokensExact: c.inputTokensExact, outputTokens: c.outputTokens, outputTokensSource: c.outputTokensSource,
    costPerCall: c.costPerCall, callsPerMonth: c.callsPerMonth, callsPerMonthSource: c.callsPerMonthSource, monthlyCost: c.monthlyCost,
    functionName: c.functionName,
  };
}

export function costMessage(c: PricedCall): string {
  const model = c.model ?? 'an unresolved model';
  const tokens = `${c.inputTokensExact ? '' : '≈'}${formatTokens(c.inputTokens)} tokens in, ~${formatTokens(c.outputTokens)} out`;
  if (c.costPerCall === null) return `LLM call to ${model} (${c.provider} ${c.api}): no price known; ${tokens}.`;
  const volume = `${formatTokens(c.callsPerMonth)} calls/month${c.callsPerMonthSource === 'default' ? ' (default)' : ''}`;
  const cheaper = c.suggestion ? ` A cheaper option (${SUGGESTION_KIND_LABEL[c.suggestion.kind]}): ${c.suggestion.reason} (−${c.suggestion.savingsPct}%; evidence: ${c.suggestion.evidence.join('; ')}).` : '';
  return `LLM call to ${model}: ≈${formatMoney(c.costPerCall)} per call (${tokens}) × ${volume} ≈ ${formatMoney(c.monthlyCost)}/month.${cheaper}`;
}

function findingMessage(c: PricedCall, f: Finding): string {
  const saving = f.savingsPerCall ? ` Saves ≈${formatMoney(f.savingsPerCall)} per call, ≈${formatMoney(f.savingsPerCall * c.callsPerMonth)}/month.` : '';
  return `${f.message}${/[.!?]$/.test(f.message) ? '' : '.'}${saving}`;
}

export function buildSarif(report: WorkspaceReport, opts: SarifOptions = {}): SarifLog {
  const calls = report.calls;
  const rules = sarifRules(calls);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const prefix = normalizePrefix(opts.uriPrefix);
  const srcRoot = opts.srcRoot ?? stripSuffix(report.root, prefix);
  const prints = fingerprints(calls, prefix);
  const ends = regionEnds(calls, opts.readText);
  const results: SarifResult[] = [];
  calls.forEach((c, i) => {
    const fp = { [FINGERPRINT_KEY]: prints[i] };
    if (opts.costNotes ?? true) {
      results.push({
        ruleId: COST_RULE_ID, ruleIndex: index.get(COST_RULE_ID)!, level: 'note',
        message: { text: costMessage(c) }, locations: [location(c, prefix, ends[i])], partialFingerprints: fp, properties: figures(c),
      });
    }
    for (const f of c.findings) {
      results.push({
        ruleId: f.code, ruleIndex: index.get(f.code)!, level: LEVELS[f.severity] ?? 'note',
        message: { text: findingMessage(c, f) }, locations: [location(c, prefix, ends[i])], partialFingerprints: fp,
        properties: { ...figures(c), ...(f.savingsPerCall !== undefined ? { savingsPerCall: f.savingsPerCall, savingsMonthly: f.savingsPerCall * c.callsPerMonth } : {}) },
      });
    }
  });
  const version = report.version;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Spendlens', ...(INFORMATION_URI ? { informationUri: INFORMATION_URI } : {}), version, semanticVersion: version, rules } },
      // Paths are relative to the scanned folder; code scanning resolves %SRCROOT% to the checkout.
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(srcRoot) } },
      results,
      properties: { totals: report.totals, catalog: { updated: report.catalog.updated, sources: report.catalog.sources }, warnings: report.warnings },
    }],
  };
}

function normalizePrefix(prefix: string | undefined): string {
  const p = (prefix ?? '').replace(/\\/g, '/').replace(/^\.?\/+/, '');
  return p && !p.endsWith('/') ? p + '/' : p;
}

function stripSuffix(root: string, prefix: string): string {
  const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
  const tail = prefix.replace(/\/+$/, '');
  return tail && r.endsWith('/' + tail) ? r.slice(0, r.length - tail.length - 1) : r;
}

function pathToUri(root: string): string {
  const p = root.replace(/\\/g, '/');
  const withSlash = p.endsWith('/') ? p : p + '/';
  return 'file://' + (withSlash.startsWith('/') ? '' : '/') + withSlash.split('/').map(encodeURIComponent).join('/');
}

export function writeSarif(report: WorkspaceReport, opts?: SarifOptions): string {
  return JSON.stringify(buildSarif(report, opts), null, 2) + '\n';
}
