// Where an import points inside the workspace — the one place both extractors (and the session's index) resolve
// modules. Paths are workspace-relative with forward slashes.
//
// `ModuleResolver` answers from a file-existence test that the caller makes cheap (the session answers source files
// from the walker's listing and stats anything else once) and remembers every answer, found or not, until
// `clear()`: a call-dense workspace asks for the same few modules thousands of times.
import { posix } from 'node:path';

const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** `./config`, `../lib/models.js`, `@/lib/config`, `~/config`, `#/x`, `/src/x` → the workspace file, or null. */
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

/**
 * `.config`, `..settings`, `app.config` imported from `fromFile` → the workspace .py file, or null. A package
 * (`app/config/__init__.py`) wins over a module of the same name, as in Python. Absolute imports are looked up
 * from the workspace root, `src/`, then every folder above the importing file (nearest first).
 */
export function resolvePyModule(fromFile: string, specifier: string, exists: (rel: string) => boolean): string | null {
  const dots = /^\.*/.exec(specifier)![0].length;
  const parts = specifier.slice(dots).split('.').filter(Boolean);
  const roots: string[] = [];
  if (dots > 0) {
    let dir = posix.dirname(fromFile);
    for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
    roots.push(dir === '.' ? '' : dir);
  } else {
    roots.push('', 'src');
    let dir = posix.dirname(fromFile);
    while (dir && dir !== '.') { roots.push(dir); dir = posix.dirname(dir); }
  }
  for (const root of roots) {
    if (root.startsWith('..')) continue;
    const base = [root, ...parts].filter(Boolean).join('/');
    const candidates = parts.length ? [`${base}/__init__.py`, `${base}.py`] : [`${base}/__init__.py`];
    for (const c of candidates) if (exists(c)) return c;
  }
  return null;
}

/** Resolves imports for one scan, remembering every answer (positive and negative) until `clear()`. */
export class ModuleResolver {
  private readonly answers = new Map<string, string | null>();

  constructor(private readonly exists: (rel: string) => boolean) {}

  /** The workspace file `specifier` names when imported from `fromFile` (the language follows `fromFile`). */
  resolve(fromFile: string, specifier: string): string | null {
    const python = /\.pyi?$/.test(fromFile);
    // Relative specifiers depend on the importing folder (absolute Python imports too: they also search the folders
    // above it); aliases (`@/x`) and rooted paths do not.
    const where = specifier.startsWith('.') || python ? posix.dirname(fromFile) : '';
    const key = `${python ? 'py' : 'js'}|${where}|${specifier}`;
    let hit = this.answers.get(key);
    if (hit === undefined) {
      hit = python ? resolvePyModule(fromFile, specifier, this.exists) : resolveJsModule(fromFile, specifier, this.exists);
      this.answers.set(key, hit);
    }
    // A module never imports itself (an answer shared by its folder may name it).
    return hit === fromFile ? null : hit;
  }

  /** Files appeared or disappeared: forget every answer. */
  clear(): void {
    this.answers.clear();
  }
}
