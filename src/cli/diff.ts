// Git plumbing for `spendlens diff`: copies the tree of a revision into a temporary folder straight from the
// object database (ls-tree + cat-file), so the working tree, the index and the worktree list are never touched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export class GitError extends Error {}

/** Blobs larger than this are not copied (the analysis skips files over 1 MB anyway). */
const MAX_BLOB_BYTES = 1024 * 1024;
/** Files the analysis never reads (not code, not a prompt): left out of the copy to keep it small and fast. */
const BINARY_EXT = /\.(png|jpe?g|gif|webp|ico|bmp|tiff?|svg|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|whl|egg|so|dylib|dll|exe|bin|o|a|class|pyc|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|webm|wav|flac|ogg|psd|sqlite|db|parquet|npy|pt|onnx|safetensors|lock)$/i;

function git(cwd: string, args: string[], input?: Buffer | string): Buffer {
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(r.stderr.toString('utf8').trim() || `git ${args[0]} failed with exit code ${r.status}`);
  return r.stdout;
}

export interface RepoLocation {
  /** Top folder of the repository. */
  top: string;
  /** The analysed folder relative to `top`, with a trailing slash, '' for the top itself. */
  prefix: string;
}

export function locateRepo(dir: string): RepoLocation {
  let top: string;
  try { top = git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim(); } catch (e) {
    throw new GitError(`${dir} is not inside a git repository (${(e as Error).message.split('\n')[0]})`);
  }
  const prefix = git(dir, ['rev-parse', '--show-prefix']).toString('utf8').trim();
  return { top, prefix };
}

/** Where `dir` sits in its git repository, or null outside one (SARIF paths are relative to the repository). */
export function findRepo(dir: string): RepoLocation | null {
  try { return locateRepo(dir); } catch { return null; }
}

/** The full commit id of `rev`, or a GitError naming the revision. */
export function resolveRevision(top: string, rev: string): string {
  if (rev.startsWith('-')) throw new GitError(`not a revision: ${rev}`);
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: top });
  const sha = r.stdout?.toString('utf8').trim();
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0 || !sha) {
    const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: top }).stdout?.toString('utf8').trim() === 'true';
    throw new GitError(`unknown git revision "${rev}" (no such commit in ${top})` +
      (shallow ? '; this is a shallow clone: fetch the base first (actions/checkout with fetch-depth: 0, or git fetch --deepen)' : ''));
  }
  return sha;
}

interface TreeEntry { mode: string; sha: string; path: string; size: number }

function listTree(top: string, commit: string, prefix: string): TreeEntry[] {
  const args = ['ls-tree', '-r', '-z', '--long', '--full-tree', commit];
  if (prefix) args.push('--', `:(literal)${prefix}`);
  const out = git(top, args).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/);
    // Regular files only: no submodules (type commit), no symlinks (mode 120000).
    if (type !== 'blob' || mode === '120000') continue;
    entries.push({ mode, sha, path: rec.slice(tab + 1), size: Number(size) });
  }
  return entries;
}

/**
 * Reads many files of a commit in one `git cat-file --batch` run, in input order, as committed (no
 * end-of-line conversion or smudge filter: `--batch --filters` cannot take `<commit>:<path>` on older git).
 */
function readFiles(top: string, commit: string, paths: string[]): Array<Buffer | null> {
  if (!paths.length) return [];
  const out = git(top, ['cat-file', '--batch'], paths.map(p => `${commit}:${p}`).join('\n') + '\n');
  const files: Array<Buffer | null> = [];
  let pos = 0;
  while (pos < out.length && files.length < paths.length) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString('utf8');
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) { files.push(null); pos = nl + 1; continue; } // "<input> missing" or "ambiguous"
    const n = Number(m[1]);
    files.push(out.subarray(nl + 1, nl + 1 + n));
    pos = nl + 1 + n + 1; // content + the trailing newline
  }
  return files;
}

export interface Checkout {
  /** The folder that corresponds to the analysed folder at the revision. */
  dir: string;
  /** The folder that stands for the repository's root at the revision. */
  top: string;
  commit: string;
  /** Removes the temporary folder. */
  dispose(): void;
}

/** 'packages/api/' → ['', 'packages/']: the folders above a repository-relative folder, root first. */
function ancestorsOf(prefix: string): string[] {
  const parts = prefix.split('/').filter(Boolean);
  return parts.map((_, i) => parts.slice(0, i).map(p => `${p}/`).join(''));
}

/** Writes the files of `rev` under the analysed folder into a fresh temporary folder. */
export function checkoutRevision(dir: string, rev: string): Checkout {
  const { top, prefix } = locateRepo(dir);
  const commit = resolveRevision(top, rev);
  const tmp = mkdtempSync(join(tmpdir(), 'spendlens-base-'));
  const dispose = () => rmSync(tmp, { recursive: true, force: true });
  try {
    // A path with a line break cannot go through the batch protocol; such files are left out.
    // The team files of the folders above the analysed one come too (see findTeamRoot): the base is priced with its own.
    const teamDirs = ancestorsOf(prefix).map(a => `${a}.spendlens/`);
    const entries = [prefix, ...teamDirs].flatMap(p => listTree(top, commit, p))
      .filter(e => e.size <= MAX_BLOB_BYTES && !BINARY_EXT.test(e.path) && !/[\n\r]/.test(e.path));
    const contents = readFiles(top, commit, entries.map(e => e.path));
    for (const [i, e] of entries.entries()) {
      const content = contents[i];
      if (!content) continue;
      const target = join(tmp, e.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    const base = join(tmp, prefix);
    mkdirSync(base, { recursive: true });
    return { dir: base, top: tmp, commit, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}
