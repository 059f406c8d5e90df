// The team's files in `.spendlens/`: config.json (excludes, defaults, budgets, rules, wrapper definitions) and
// usage.json (calls per month per call site). Both are read as JSONC and checked against their JSON Schemas
// (pricing/schemas/, the same files VS Code validates them with) by validators generated from those schemas at build
// time. Each problem is reported with the file, its line and column and the JSON pointer; the parts in error are left
// out and analysis goes on with the rest (the CLI stops instead, see src/cli/main.ts).
import { readFileSync, existsSync } from 'node:fs';
// The ESM build: the package's "main" is a UMD file whose factory requires its own modules at run time, where a
// bundler cannot see them.
import { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type ParseError, type Node as JsonNode } from 'jsonc-parser/lib/esm/main.js';
import { isAbsolute, join } from 'node:path';
import { validateConfig, validateUsage, type GeneratedValidator, type SchemaError } from './team-validators.generated';
import type { WrapperDefinition } from '../facts/resolver';
import type { AnalysisSettings } from '../estimate/settings';
import type { Severity } from '../model';
import type { DisplayCurrency } from '../../shared/format';

export interface FileProblem { path: string; pointer: string; line?: number; column?: number; message: string }

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
  /** The currency costs are shown in, at the team's stated rate (absent: USD). */
  currency?: DisplayCurrency;
}

export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface UsageMap { callsPerMonth: Record<string, number> }

export const CONFIG_FILE = '.spendlens/config.json';
export const USAGE_FILE = '.spendlens/usage.json';
export const TEAM_PRICING_FILE = '.spendlens/pricing.json';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A team file as parsed: its text (BOM removed), its syntax tree (for places) and its value. */
interface JsonDocument { text: string; tree: JsonNode | undefined; value: unknown }

/**
 * Reads a team file as JSONC (jsonc-parser: comments and trailing commas allowed, as VS Code allows them in
 * settings); the first syntax error is reported with its line and column.
 */
export function parseJsonText(text: string, path: string): { doc?: JsonDocument; problem?: FileProblem } {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const e = errors[0];
  if (!e) return { doc: { text: source, tree, value: tree ? getNodeValue(tree) as unknown : undefined } };
  const { line, column } = lineColumn(source, e.offset);
  return { problem: { path, pointer: '', line, column, message: `invalid JSON: ${printParseErrorCode(e.error)} at line ${line}, column ${column}` } };
}

function readJson(root: string, rel: string, problems: FileProblem[]): JsonDocument | undefined {
  const abs = isAbsolute(rel) ? rel : join(root, rel);
  if (!existsSync(abs)) return undefined;
  let text: string;
  try { text = readFileSync(abs, 'utf8'); } catch (e) { problems.push({ path: rel, pointer: '', message: (e as Error).message }); return undefined; }
  const { doc, problem } = parseJsonText(text, rel);
  if (problem) problems.push(problem);
  return doc;
}

/** A key as one segment of a JSON pointer (RFC 6901). */
function pointerPart(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The human wording of one schema error (ajv's own, except where it names schema internals). */
function schemaMessage(e: SchemaError): string {
  switch (e.keyword) {
    case 'additionalProperties': return `unknown property "${String(e.params.additionalProperty)}"`;
    case 'enum': return `must be one of: ${(e.params.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}`;
    // `"pattern": "\\S"` is how the schemas say "not blank".
    case 'pattern': return e.params.pattern === '\\S' ? 'must not be blank' : `must match ${String(e.params.pattern)}`;
    default: return e.message ?? e.keyword;
  }
}

/**
 * Checks a parsed team file against its schema. Each error becomes a problem placed on the value in error (on the
 * key, for an unknown property); returns the JSON pointers whose values are rejected.
 */
function check(doc: JsonDocument, validate: GeneratedValidator, path: string, problems: FileProblem[]): string[] {
  if (validate(doc.value)) return [];
  const rejected: string[] = [], found: FileProblem[] = [];
  for (const e of validate.errors ?? []) {
    const extra = e.keyword === 'additionalProperties' ? `/${pointerPart(String(e.params.additionalProperty))}` : '';
    const pointer = e.instancePath + extra;
    rejected.push(pointer);
    let node = doc.tree && nodeAt(doc.tree, pointerSegments(pointer));
    if (node && extra && node.parent?.type === 'property') node = node.parent.children?.[0];
    const place = node ? lineColumn(doc.text, node.offset) : {};
    found.push({ path, pointer, ...place, message: schemaMessage(e) });
  }
  // In the file's order.
  problems.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  return rejected;
}

/** The syntax node at a pointer's segments (an array's segments are indexes). */
function nodeAt(tree: JsonNode, segments: string[]): JsonNode | undefined {
  let node: JsonNode | undefined = tree;
  for (const s of segments) node = node && findNodeAtLocation(node, [node.type === 'array' ? Number(s) : s]);
  return node;
}

/** Whether the value at `pointer` passed the schema: nothing at, under or above it was rejected. */
function accepted(value: unknown, pointer: string, rejected: string[]): boolean {
  return value !== undefined && !rejected.some(r => r === pointer || r.startsWith(`${pointer}/`) || pointer.startsWith(`${r}/`));
}

/** Whether the field as a whole was rejected (not an object / array where one is expected). */
const wholeRejected = (field: string, rejected: string[]) => rejected.includes(`/${field}`);

/** Entries of the object at `field` that passed the schema: an entry in error is left out, not the whole map. */
function acceptedEntries<T>(raw: Record<string, unknown>, field: string, rejected: string[]): Array<[string, T]> {
  const map = raw[field];
  if (typeof map !== 'object' || map === null || wholeRejected(field, rejected)) return [];
  return Object.entries(map).filter(([k, v]) => accepted(v, `/${field}/${pointerPart(k)}`, rejected)) as Array<[string, T]>;
}

/** Items of the array at `field` that passed the schema. */
function acceptedItems<T>(raw: Record<string, unknown>, field: string, rejected: string[]): T[] {
  const list = raw[field];
  if (!Array.isArray(list) || wholeRejected(field, rejected)) return [];
  return list.filter((v, i) => accepted(v, `/${field}/${i}`, rejected)) as T[];
}

/** Reads and checks one team file; undefined when it is absent, unreadable, not JSON or not an object. */
function readChecked(root: string, rel: string, validate: GeneratedValidator, problems: FileProblem[]): { raw: Record<string, unknown>; rejected: string[] } | undefined {
  const doc = readJson(root, rel, problems);
  if (!doc) return undefined;
  const rejected = check(doc, validate, rel, problems);
  if (rejected.includes('') || typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) return undefined;
  return { raw: doc.value as Record<string, unknown>, rejected };
}

export function loadTeamConfig(root: string, problems: FileProblem[], path = CONFIG_FILE): TeamConfig {
  const config: TeamConfig = { exclude: [], defaults: {}, wrappers: [], assumeModels: {}, rules: {}, budgets: {} };
  const read = readChecked(root, path, validateConfig, problems);
  if (!read) return config;
  const { raw, rejected } = read;
  config.exclude = acceptedItems<string>(raw, 'exclude', rejected);
  config.defaults = Object.fromEntries(acceptedEntries<number>(raw, 'defaults', rejected));
  config.wrappers = acceptedItems<Record<string, unknown>>(raw, 'wrappers', rejected)
    .map(w => ({ module: '*', ...w }) as WrapperDefinition);
  config.assumeModels = Object.fromEntries(acceptedEntries<string>(raw, 'assumeModels', rejected).map(([k, v]) => [k, v.trim()]));
  if (accepted(raw.defaultModel, '/defaultModel', rejected)) config.defaultModel = (raw.defaultModel as string).trim();
  config.rules = Object.fromEntries(acceptedEntries<RuleLevel>(raw, 'rules', rejected));
  config.budgets = Object.fromEntries(acceptedEntries<number>(raw, 'budgets', rejected));
  if (accepted(raw.currency, '/currency', rejected)) {
    const c = raw.currency as DisplayCurrency;
    config.currency = { code: c.code.toUpperCase(), perUSD: c.perUSD, asOf: c.asOf, ...(c.source ? { source: c.source } : {}) };
  }
  return config;
}

export function loadUsage(root: string, problems: FileProblem[], path = USAGE_FILE): UsageMap {
  const read = readChecked(root, path, validateUsage, problems);
  return { callsPerMonth: read ? Object.fromEntries(acceptedEntries<number>(read.raw, 'callsPerMonth', read.rejected)) : {} };
}

/** Keys a call site can have in usage.json, most specific first. */
export function usageKeys(call: { file: string; line: number; functionName: string | null }): string[] {
  const keys = [`${call.file}:${call.line}`];
  if (call.functionName) keys.push(`${call.file}#${call.functionName}`);
  keys.push(call.file);
  return keys;
}

export function problemText(p: FileProblem): string {
  return `${p.path}${p.line ? `:${p.line}` : ''}${p.line && p.column ? `:${p.column}` : ''}${p.pointer ? ` (at ${p.pointer})` : ''}: ${p.message}`;
}
