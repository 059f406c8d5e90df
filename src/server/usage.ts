// Writes a call site's volume to `.spendlens/usage.json`, the file the core (and the CI) read back:
// `{ "callsPerMonth": { "<file>#<function>": N, "<file>:<line>": N } }`. The rest of the file — other keys, comments,
// formatting — is kept (see teamFile.ts).
import type { PricedCall } from '../core/model';
import { objectAt, updateTeamFile } from './teamFile';

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
  let key = preferredKey;
  const path = updateTeamFile(root, USAGE_FILE, file => {
    if (existingLineKey in objectAt(file.value, 'callsPerMonth')) key = existingLineKey;
    file.setEntry('callsPerMonth', key, Math.max(0, Math.round(callsPerMonth)));
  });
  return { key, path };
}
