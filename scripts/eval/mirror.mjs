// Git mirrors of public repositories (the search tool's `fetch` puts them under <mirrors>/<owner>+<name>/repo, bare):
// where a mirror lives, which recorded commits are missing, and writing the tree of a commit into a directory.
// Shared by the evaluations that run the scanner on code nobody tuned for (eval:detection, eval:advice-wild).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const git = (gitDir, args, options = {}) => spawnSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, ...options });

/** The bare git directory of owner/name under the mirrors folder. */
export const mirrorGitDir = (mirrors, repo) => join(mirrors, repo.replace('/', '+'), 'repo');

/** The `owner/name@commit` of every entry whose mirror is absent or lacks the recorded commit. */
export function absentMirrors(mirrors, repos) {
  return repos
    .filter((r) => {
      const gitDir = mirrorGitDir(mirrors, r.repo);
      return !existsSync(gitDir) || git(gitDir, ['cat-file', '-e', `${r.commit}^{commit}`]).status !== 0;
    })
    .map((r) => `${r.repo}@${r.commit}`);
}

/** Write the tree at commit into dir: git archive | tar -x, or blob by blob when the snapshot lacks some large blobs. */
export function materialise(gitDir, commit, dir) {
  const archive = git(gitDir, ['archive', '--format=tar', commit]);
  if (archive.status === 0) {
    const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 1 << 30 });
    if (tar.status === 0) return { missingBlobs: 0 };
  }
  // Fallback: the mirror may hold the tree without its largest files (images, archives). Write every blob present.
  const tree = git(gitDir, ['ls-tree', '-r', '-z', commit]);
  if (tree.status !== 0) throw new Error(`git ls-tree failed in ${gitDir}: ${tree.stderr}`);
  const entries = tree.stdout.toString('utf8').split('\0').filter(Boolean).map((e) => {
    const tab = e.indexOf('\t');
    const [mode, type, sha] = e.slice(0, tab).split(' ');
    return { mode, type, sha, path: e.slice(tab + 1) };
  }).filter((e) => e.type === 'blob' && e.mode !== '120000');
  const batch = git(gitDir, ['cat-file', '--batch'], { input: entries.map((e) => e.sha).join('\n') + '\n' });
  const out = batch.stdout;
  let pos = 0, missing = 0;
  for (const e of entries) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    if (header.endsWith(' missing')) { missing++; continue; }
    const size = Number(header.split(' ')[2]);
    const target = join(dir, e.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.subarray(pos, pos + size));
    pos += size + 1;
  }
  return { missingBlobs: missing };
}
