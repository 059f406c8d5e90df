// Where an import points inside the workspace. Paths are workspace-relative with forward slashes.
import { posix } from 'node:path';

const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** `./config`, `../lib/models.js`, `@/lib/config`, `~/config` → the workspace file, or null. */
export function resolveJsModule(fromFile: string, specifier: string, exists: (rel: string) => boolean): string | null {
  const bases: string[] = [];
  if (specifier.startsWith('.')) bases.push(posix.normalize(posix.join(posix.dirname(fromFile), specifier)));
  else if (/^[@~#]\//.test(specifier)) bases.push(specifier.slice(2), `src/${specifier.slice(2)}`, `app/${specifier.slice(2)}`);
  else if (specifier.startsWith('/')) bases.push(specifier.slice(1));
  else return null;
  for (const base of bases) {
    if (base.startsWith('..')) continue;
    const stem = base.replace(/\.(m|c)?js$|\.jsx$/, '');
    const candidates = [base, ...JS_EXTENSIONS.map(e => stem + e), ...JS_EXTENSIONS.map(e => `${base}/index${e}`)];
    for (const c of candidates) if (exists(c)) return c;
  }
  return null;
}

/** `.config`, `..settings`, `app.config` imported from `fromFile` → the workspace .py file, or null. */
export function resolvePyModule(fromFile: string, specifier: string, exists: (rel: string) => boolean): string | null {
  const dots = /^\.*/.exec(specifier)![0].length;
  const parts = specifier.slice(dots).split('.').filter(Boolean);
  const roots: string[] = [];
  if (dots > 0) {
    let dir = posix.dirname(fromFile);
    for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
    roots.push(dir === '.' ? '' : dir);
  } else {
    // Absolute imports: the workspace root, src/, and every folder above the importing file.
    roots.push('', 'src');
    let dir = posix.dirname(fromFile);
    while (dir && dir !== '.') { roots.push(dir); dir = posix.dirname(dir); }
  }
  for (const root of roots) {
    const base = [root, ...parts].filter(Boolean).join('/');
    for (const c of [`${base}.py`, `${base}/__init__.py`]) if (exists(c)) return c;
  }
  return null;
}
