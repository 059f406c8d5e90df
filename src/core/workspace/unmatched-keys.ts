// Keys of the team files that name a call site no call has any more (a renamed function, a moved line, a deleted
// file) silently stop counting: usage.json's volume falls back to the default, an assumed model to none. This finds
// them and names the nearest call site key, so the fix is a rename.
import { usageKeys } from './team-files';

export interface UnmatchedKey {
  key: string;
  /** The call site key most like it (same file first), null when the workspace has no call. */
  nearest: string | null;
}

type Site = { file: string; line: number; functionName: string | null };

/** Splits a call site key into its file and what follows (`#function`, `:line`, or nothing). */
function parts(key: string): { file: string; fn?: string; line?: number } {
  const hash = key.lastIndexOf('#');
  if (hash > 0) return { file: key.slice(0, hash), fn: key.slice(hash + 1) };
  const m = /^(.*):(\d+)$/.exec(key);
  return m ? { file: m[1], line: Number(m[2]) } : { file: key };
}

/** Edit distance (insert, delete, substitute), for names and paths of a few dozen characters. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function closest<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    const s = score(item);
    if (s < bestScore) { best = item; bestScore = s; }
  }
  return best;
}

/**
 * The keys (call site keys: `file:line`, `file#function`, `file`) that match no call of `sites`, each with the
 * nearest key: in the same file, the function whose name is closest or the call whose line is closest; else the
 * same kind of key in the file whose path is closest. Keys that are not call site keys (`fn()`) are skipped.
 */
export function unmatchedKeys(keys: readonly string[], sites: readonly Site[]): UnmatchedKey[] {
  const known = new Set<string>();
  const byFile = new Map<string, Site[]>();
  for (const s of sites) {
    for (const k of usageKeys(s)) known.add(k);
    const list = byFile.get(s.file);
    if (list) list.push(s);
    else byFile.set(s.file, [s]);
  }
  const out: UnmatchedKey[] = [];
  for (const key of keys) {
    if (known.has(key) || key.endsWith('()')) continue;
    const p = parts(key);
    let file = p.file;
    if (!byFile.has(file)) file = closest([...byFile.keys()], f => editDistance(f, p.file)) ?? '';
    const inFile = byFile.get(file);
    if (!inFile) { out.push({ key, nearest: null }); continue; }
    let nearest: string;
    if (p.fn !== undefined) {
      const named = inFile.filter(s => s.functionName);
      const best = closest(named, s => editDistance(s.functionName!, p.fn!));
      nearest = best ? `${file}#${best.functionName}` : `${file}:${inFile[0].line}`;
    } else if (p.line !== undefined) {
      nearest = `${file}:${closest(inFile, s => Math.abs(s.line - p.line!))!.line}`;
    } else {
      nearest = file;
    }
    out.push({ key, nearest });
  }
  return out;
}

/** `.spendlens/usage.json: "src/a.ts#old" matches no call (nearest: "src/a.ts#new"); its volume is not used`. */
export function unmatchedKeyText(path: string, what: string, u: UnmatchedKey): string {
  return `${path}: ${JSON.stringify(u.key)} matches no call${u.nearest ? ` (nearest: ${JSON.stringify(u.nearest)})` : ''}; ${what}`;
}
