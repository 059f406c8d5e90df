// Writes a call site's volume to `.spendlens/usage.json`, the file the core (and the CI) read back:
// `{ "callsPerMonth": { "<file>#<function>": N, "<file>:<line>": N } }`. Other keys of the file are kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PricedCall } from '../core/model';

export const USAGE_FILE = '.spendlens/usage.json';

/**
 * The key for one call site: by enclosing function when no other call of the file shares it (the key
 * survives edits that move lines), else by line. Both forms are among the core's `usageKeys`, where
 * `<file>:<line>` wins over `<file>#<function>`.
 */
export function usageKey(call: Pick<PricedCall, 'file' | 'line' | 'functionName'>, callsInFile: Array<Pick<PricedCall, 'functionName'>>): string {
  const shared = callsInFile.filter(c => c.functionName === call.functionName).length > 1;
  return call.functionName && !shared ? `${call.file}#${call.functionName}` : lineKey(call);
}

export function lineKey(call: Pick<PricedCall, 'file' | 'line'>): string {
  return `${call.file}:${call.line}`;
}

/**
 * Sets the call's volume in the folder's usage file and returns the key used and the file's absolute path.
 * A `<file>:<line>` key already in the file is updated in place (it would win over any other key).
 * Throws if the file holds something other than a JSON object.
 */
export function writeCallsPerMonth(root: string, preferredKey: string, existingLineKey: string, callsPerMonth: number): { key: string; path: string } {
  const path = join(root, USAGE_FILE);
  let content: Record<string, unknown> = {};
  let text: string | null = null;
  try { text = readFileSync(path, 'utf8'); } catch { /* no file yet */ }
  if (text !== null && text.trim() !== '') {
    const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${USAGE_FILE} is not a JSON object`);
    content = parsed as Record<string, unknown>;
  }
  const map = typeof content.callsPerMonth === 'object' && content.callsPerMonth !== null && !Array.isArray(content.callsPerMonth)
    ? content.callsPerMonth as Record<string, unknown>
    : {};
  const key = existingLineKey in map ? existingLineKey : preferredKey;
  map[key] = Math.max(0, Math.round(callsPerMonth));
  content.callsPerMonth = Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(content, null, 2) + '\n');
  return { key, path };
}
