// Finds the source files of a workspace: respects .gitignore (nested too) and exclude globs, skips
// dependency/build/VCS folders, never follows symlinked folders (no loops), and lists what it skips.
import { readdirSync, readFileSync, statSync, lstatSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { IgnoreRules } from './gitignore';
import { compileGlob, matchesAny } from './glob';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.py'];
const SKIPPED_FOLDERS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', '.next', '.nuxt', '.turbo', '.cache', 'coverage',
  '__pycache__', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', 'site-packages', '.vscode-test', '.vscode-offline',
]);

import type { SkippedFile } from '../model';

export type { SkippedFile };

export interface FileListing {
  files: string[];
  /** Size in bytes of each listed file (same order as `files`): the scan pool cuts its batches by size. */
  sizes: number[];
  skipped: SkippedFile[];
}

export function isSourceFile(name: string): boolean {
  return SOURCE_EXTENSIONS.some(ext => name.endsWith(ext)) && !name.endsWith('.d.ts');
}

export function listWorkspaceFiles(root: string, opts: { exclude: string[]; maxFileBytes: number }): FileListing {
  const exclude = opts.exclude.map(compileGlob);
  const files: string[] = [];
  const sizes: number[] = [];
  const skipped: SkippedFile[] = [];
  const walk = (dir: string, rel: string, ignores: IgnoreRules[]) => {
    let entries: Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); } catch { return; }
    const here = entries.some(e => e.name === '.gitignore') ? [...ignores, readIgnore(join(dir, '.gitignore'), rel)] : ignores;
    for (const entry of entries) {
      const name = entry.name;
      // A folder entry's own type spares a stat for folders and for files that are not source files.
      if (entry.isFile() && !isSourceFile(name)) continue;
      const abs = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let isDir = entry.isDirectory();
      let size = 0;
      if (!isDir) {
        let st;
        try { st = lstatSync(abs); } catch { continue; }
        if (st.isSymbolicLink()) {
          // Follow symlinked files, never symlinked folders (a loop would never end).
          try { st = statSync(abs); } catch { continue; }
          if (st.isDirectory()) continue;
        }
        isDir = st.isDirectory(); // a file system that does not tell entry types
        if (!isDir && (!st.isFile() || !isSourceFile(name))) continue;
        size = st.size;
      }
      if (isDir && SKIPPED_FOLDERS.has(name)) continue;
      if (isIgnored(relPath, isDir, here) || matchesAny(relPath, exclude)) continue;
      if (isDir) { walk(abs, relPath, here); continue; }
      if (size > opts.maxFileBytes) { skipped.push({ file: relPath, reason: `larger than ${Math.round(opts.maxFileBytes / 1024)} KB (${Math.round(size / 1024)} KB)` }); continue; }
      files.push(relPath);
      sizes.push(size);
    }
  };
  walk(root, '', []);
  return { files, sizes, skipped };
}

function readIgnore(path: string, base: string): IgnoreRules {
  try { return IgnoreRules.parse(base, readFileSync(path, 'utf8')); } catch { return IgnoreRules.parse(base, ''); }
}

function isIgnored(rel: string, isDir: boolean, rules: IgnoreRules[]): boolean {
  let ignored = false;
  for (const r of rules) {
    const v = r.verdict(rel, isDir);
    if (v !== undefined) ignored = v;
  }
  return ignored;
}

/** A file is treated as binary when its first 8 KB hold a NUL byte. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
