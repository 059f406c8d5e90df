// The team's files in `.spendlens/`: config.json (excludes, defaults, wrapper definitions) and usage.json
// (calls per month per call site). A broken file is reported with its path and the JSON pointer of the
// problem; analysis goes on without it.
import { readFileSync, existsSync } from 'node:fs';
// The ESM build: the package's "main" is a UMD file whose factory requires its own modules at run time, where a
// bundler cannot see them.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { isAbsolute, join } from 'node:path';
import type { WrapperDefinition } from '../facts/resolver';
import type { AnalysisSettings } from '../estimate/settings';
import type { Severity } from '../model';

export interface FileProblem { path: string; pointer: string; line?: number; message: string }

export interface TeamConfig {
  exclude: string[];
  defaults: Partial<Pick<AnalysisSettings, 'placeholderTokens' | 'historyTokens' | 'callsPerMonth' | 'reasoningAllowance'>> & { outputTokens?: number };
  wrappers: WrapperDefinition[];
  /**
   * Models to assume where the code does not say which model a call uses: keyed by call site (`file:line`,
   * `file#function`, `file`, as in usage.json) or by the function the code gets its model from (`getModelFromConfig()`).
   */
  assumeModels: Record<string, string>;
  /** The model assumed for every other call whose model the code does not show. */
  defaultModel?: string;
  /** Per-rule severity of the findings (`"no-output-cap": "hint"`), or `"off"` to drop a rule. */
  rules: Record<string, RuleLevel>;
  /** Monthly budgets in USD per folder, relative to the folder holding .spendlens/ (`{ "packages/api": 2000 }`). */
  budgets: Record<string, number>;
}

export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface UsageMap { callsPerMonth: Record<string, number> }

export const CONFIG_FILE = '.spendlens/config.json';
export const USAGE_FILE = '.spendlens/usage.json';
export const TEAM_PRICING_FILE = '.spendlens/pricing.json';

/**
 * Reads a team file as JSONC (jsonc-parser: comments and trailing commas allowed, as VS Code allows them in
 * settings); the first syntax error is reported with its line and column.
 */
export function parseJsonText(text: string, path: string): { value?: unknown; problem?: FileProblem } {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(source, errors, { allowTrailingComma: true, disallowComments: false });
  const e = errors[0];
  if (!e) return { value };
  const before = source.slice(0, e.offset).split('\n');
  const line = before.length, column = before[before.length - 1]!.length + 1;
  return { problem: { path, pointer: '', line, message: `invalid JSON: ${printParseErrorCode(e.error)} at line ${line}, column ${column}` } };
}

function readJson(root: string, rel: string, problems: FileProblem[]): unknown {
  const abs = isAbsolute(rel) ? rel : join(root, rel);
  if (!existsSync(abs)) return undefined;
  let text: string;
  try { text = readFileSync(abs, 'utf8'); } catch (e) { problems.push({ path: rel, pointer: '', message: (e as Error).message }); return undefined; }
  const { value, problem } = parseJsonText(text, rel);
  if (problem) problems.push(problem);
  return value;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadTeamConfig(root: string, problems: FileProblem[], path = CONFIG_FILE): TeamConfig {
  const config: TeamConfig = { exclude: [], defaults: {}, wrappers: [], assumeModels: {}, rules: {}, budgets: {} };
  const raw = readJson(root, path, problems);
  if (raw === undefined) return config;
  if (!isObject(raw)) { problems.push({ path, pointer: '', message: 'expected an object' }); return config; }
  if (raw.exclude !== undefined) {
    if (Array.isArray(raw.exclude) && raw.exclude.every(x => typeof x === 'string')) config.exclude = raw.exclude as string[];
    else problems.push({ path, pointer: '/exclude', message: 'expected an array of glob strings' });
  }
  if (raw.defaults !== undefined) {
    if (!isObject(raw.defaults)) problems.push({ path, pointer: '/defaults', message: 'expected an object' });
    else for (const [k, v] of Object.entries(raw.defaults)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) (config.defaults as Record<string, number>)[k] = v;
      else problems.push({ path, pointer: `/defaults/${k}`, message: 'expected a non-negative number' });
    }
  }
  if (raw.wrappers !== undefined) {
    if (!Array.isArray(raw.wrappers)) problems.push({ path, pointer: '/wrappers', message: 'expected an array' });
    else raw.wrappers.forEach((w, i) => {
      if (isObject(w) && typeof w.function === 'string' && w.function) {
        config.wrappers.push({ module: typeof w.module === 'string' ? w.module : '*', ...w } as WrapperDefinition);
      } else problems.push({ path, pointer: `/wrappers/${i}`, message: 'a wrapper needs at least "function" (and usually "module", "modelArg", "promptArg")' });
    });
  }
  if (raw.assumeModels !== undefined) {
    if (!isObject(raw.assumeModels)) problems.push({ path, pointer: '/assumeModels', message: 'expected an object mapping call sites ("file#function", "file:line", "file") or functions ("getModel()") to model ids' });
    else for (const [k, v] of Object.entries(raw.assumeModels)) {
      if (typeof v === 'string' && v.trim()) config.assumeModels[k] = v.trim();
      else problems.push({ path, pointer: `/assumeModels/${pointerPart(k)}`, message: 'expected a model id' });
    }
  }
  if (raw.defaultModel !== undefined) {
    if (typeof raw.defaultModel === 'string' && raw.defaultModel.trim()) config.defaultModel = raw.defaultModel.trim();
    else problems.push({ path, pointer: '/defaultModel', message: 'expected a model id' });
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problems.push({ path, pointer: '/rules', message: 'expected an object mapping rule ids to a severity' });
    else for (const [k, v] of Object.entries(raw.rules)) {
      if (RULE_LEVELS.includes(v as RuleLevel)) config.rules[k] = v as RuleLevel;
      else problems.push({ path, pointer: `/rules/${pointerPart(k)}`, message: `expected one of ${RULE_LEVELS.join(', ')}` });
    }
  }
  if (raw.budgets !== undefined) {
    if (!isObject(raw.budgets)) problems.push({ path, pointer: '/budgets', message: 'expected an object mapping folders ("packages/api", "." for all) to USD per month' });
    else for (const [k, v] of Object.entries(raw.budgets)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) config.budgets[k] = v;
      else problems.push({ path, pointer: `/budgets/${pointerPart(k)}`, message: 'expected a non-negative number (USD per month)' });
    }
  }
  return config;
}

/** A key as one segment of a JSON pointer (RFC 6901). */
function pointerPart(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function loadUsage(root: string, problems: FileProblem[], path = USAGE_FILE): UsageMap {
  const usage: UsageMap = { callsPerMonth: {} };
  const raw = readJson(root, path, problems);
  if (raw === undefined) return usage;
  const map = isObject(raw) && isObject(raw.callsPerMonth) ? raw.callsPerMonth : undefined;
  if (!map) { problems.push({ path, pointer: '/callsPerMonth', message: 'expected an object mapping call sites ("file#function" or "file:line") to calls per month' }); return usage; }
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) usage.callsPerMonth[k] = v;
    else problems.push({ path, pointer: `/callsPerMonth/${pointerPart(k)}`, message: 'expected a non-negative number' });
  }
  return usage;
}

/** Keys a call site can have in usage.json, most specific first. */
export function usageKeys(call: { file: string; line: number; functionName: string | null }): string[] {
  const keys = [`${call.file}:${call.line}`];
  if (call.functionName) keys.push(`${call.file}#${call.functionName}`);
  keys.push(call.file);
  return keys;
}

export function problemText(p: FileProblem): string {
  return `${p.path}${p.line ? `:${p.line}` : ''}${p.pointer ? ` (at ${p.pointer})` : ''}: ${p.message}`;
}
