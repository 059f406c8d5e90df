// The team's files in `.spendlens/`: config.json (excludes, defaults, wrapper definitions) and usage.json
// (calls per month per call site). A broken file is reported with its path and the JSON pointer of the
// problem; analysis goes on without it.
import { readFileSync, existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { WrapperDefinition } from '../facts/resolver';
import type { AnalysisSettings } from '../estimate/settings';

export interface FileProblem { path: string; pointer: string; line?: number; message: string }

export interface TeamConfig {
  exclude: string[];
  defaults: Partial<Pick<AnalysisSettings, 'placeholderTokens' | 'historyTokens' | 'callsPerMonth' | 'reasoningAllowance'>> & { outputTokens?: number };
  wrappers: WrapperDefinition[];
}

export interface UsageMap { callsPerMonth: Record<string, number> }

export const CONFIG_FILE = '.spendlens/config.json';
export const USAGE_FILE = '.spendlens/usage.json';
export const TEAM_PRICING_FILE = '.spendlens/pricing.json';

/** JSON.parse with the line of a syntax error. */
export function parseJsonText(text: string, path: string): { value?: unknown; problem?: FileProblem } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lineCol = /line (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : lineCol ? Number(lineCol[1]) : undefined;
    return { problem: { path, pointer: '', line, message: `invalid JSON: ${msg}` } };
  }
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
  const config: TeamConfig = { exclude: [], defaults: {}, wrappers: [] };
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
  return config;
}

export function loadUsage(root: string, problems: FileProblem[], path = USAGE_FILE): UsageMap {
  const usage: UsageMap = { callsPerMonth: {} };
  const raw = readJson(root, path, problems);
  if (raw === undefined) return usage;
  const map = isObject(raw) && isObject(raw.callsPerMonth) ? raw.callsPerMonth : undefined;
  if (!map) { problems.push({ path, pointer: '/callsPerMonth', message: 'expected an object mapping call sites ("file#function" or "file:line") to calls per month' }); return usage; }
  for (const [k, v] of Object.entries(map)) {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) usage.callsPerMonth[k] = v;
    else problems.push({ path, pointer: `/callsPerMonth/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: 'expected a non-negative number' });
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
