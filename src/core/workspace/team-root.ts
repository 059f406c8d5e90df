// Where a scanned folder's team files come from: the nearest `.spendlens/` folder at or above it, up to the root of
// its git repository (so `spendlens scan packages/api` uses the repository's `.spendlens/`). Paths in the team files
// are relative to the folder holding `.spendlens/`; `rebaseTeamFiles` turns them into paths relative to the scanned
// folder, leaving out what concerns other folders.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { TeamConfig, UsageMap } from './team-files';

const isDir = (p: string) => { try { return statSync(p).isDirectory(); } catch { return false; } };

/**
 * The folder holding the team's `.spendlens/` for `dir`: `dir` itself or the nearest ancestor that has one, up to the
 * repository's root (a folder with `.git`, or `top` when given); `dir` when there is none.
 */
export function findTeamRoot(dir: string, top?: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (isDir(join(d, '.spendlens'))) return d;
    // `.git` is a folder, or a file in a worktree or submodule.
    if (d === top || existsSync(join(d, '.git')) || dirname(d) === d) return dir;
  }
}

/** `dir` relative to the team root, with forward slashes ('' when they are the same folder). */
export function teamPrefix(teamRoot: string, dir: string): string {
  return relative(teamRoot, dir).split(sep).join('/');
}

/** A call-site key (`file:line`, `file#function`, `file`) under the scanned folder, relative to it; null if elsewhere. */
function rebaseKey(key: string, prefix: string): string | null {
  return key.startsWith(`${prefix}/`) ? key.slice(prefix.length + 1) : null;
}

/**
 * An exclude glob for the scanned folder: one that matches at any depth (no `/`, or starting with `**​/`) is kept,
 * one under the scanned folder loses that prefix, one for another folder is left out.
 */
function rebaseGlob(glob: string, prefix: string): string | null {
  const g = glob.replace(/^\.?\//, '');
  if (!g.includes('/') || g.startsWith('**/')) return glob;
  return g.startsWith(`${prefix}/`) ? g.slice(prefix.length + 1) : null;
}

export function rebaseTeamFiles(team: TeamConfig, usage: UsageMap, prefix: string): { team: TeamConfig; usage: UsageMap } {
  if (!prefix) return { team, usage };
  const keys = <T>(map: Record<string, T>, keep: (k: string) => boolean = () => false) => Object.fromEntries(
    Object.entries(map).flatMap(([k, v]) => { const r = keep(k) ? k : rebaseKey(k, prefix); return r === null ? [] : [[r, v]]; }));
  return {
    team: {
      ...team,
      exclude: team.exclude.map(g => rebaseGlob(g, prefix)).filter((g): g is string => g !== null),
      // `name()` keys name a model function, not a place: they hold everywhere.
      assumeModels: keys(team.assumeModels, k => k.endsWith('()')),
    },
    usage: { callsPerMonth: keys(usage.callsPerMonth) },
  };
}
