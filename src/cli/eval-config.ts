// `spendlens eval-config FILE:LINE [dir]`: writes the promptfoo comparison eval of one call (built by the core).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Session, EvalConfigError, type PriceBook, type PricedCall } from '../core';

export class TargetError extends Error {}

/** `src/a.ts:12` → file and 1-based line; the file is taken relative to `root`, else to the current folder. */
export function parseTarget(target: string, root: string): { file: string; line: number } {
  const m = /^(.+):(\d+)$/.exec(target);
  if (!m || Number(m[2]) < 1) throw new TargetError(`expected FILE:LINE (e.g. src/app.ts:12), got "${target}"`);
  const candidates = isAbsolute(m[1]!) ? [m[1]!] : [resolve(root, m[1]!), resolve(m[1]!)];
  const abs = candidates.find(p => existsSync(p));
  if (!abs) throw new TargetError(`file not found: ${m[1]}`);
  const rel = relative(root, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new TargetError(`${m[1]} is outside the folder ${root}`);
  return { file: rel.split(sep).join('/'), line: Number(m[2]) };
}

/** The call that starts on `line`, else the innermost call whose text spans it. */
export function callOnLine(calls: PricedCall[], line: number, text: string): PricedCall | undefined {
  const starting = calls.find(c => c.line === line);
  if (starting) return starting;
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return calls
    .filter(c => c.line <= line && lineOf(c.end) >= line)
    .sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
}

export interface EvalConfigResult { dir: string; files: string[]; kept: string[]; providers: [string, string]; notes: string[] }

export async function writeEvalConfig(opts: { root: string; target: string; book: PriceBook; configPath?: string; output?: string; model?: string }): Promise<EvalConfigResult> {
  const { file, line } = parseTarget(opts.target, opts.root);
  const session = new Session({ root: opts.root, book: opts.book, configPath: opts.configPath });
  const result = await session.analyzeFile(file);
  const text = readFileSync(join(opts.root, file), 'utf8');
  const call = result ? callOnLine(result.calls, line, text) : undefined;
  if (!call) throw new TargetError(`no LLM call at ${file}:${line}`);
  const evalConfig = session.comparisonEval(call, opts.model);
  const dir = opts.output ? resolve(opts.output) : join(opts.root, evalConfig.folder);
  mkdirSync(dir, { recursive: true });
  const kept: string[] = [];
  for (const f of evalConfig.files) {
    if (f.userOwned && existsSync(join(dir, f.name))) { kept.push(f.name); continue; }
    writeFileSync(join(dir, f.name), f.content);
  }
  return { dir, files: evalConfig.files.map(f => f.name), kept, providers: evalConfig.providers, notes: evalConfig.notes };
}

export { EvalConfigError };
