// Starts one side of dist/spendlens.js (CLI or language server) through V8's code cache.
// Compiling the 11 MB bundle (TypeScript is most of it) takes ~300 ms on every start; with the cached code of the
// last run it takes ~70 ms. The cache is per user (see cacheDirectory), keyed by the Node version, the bundle's path,
// size and modification time — V8 itself only checks the source length, so a key must never outlive its bundle.
// Anything unexpected (no home folder, read-only disk, a damaged cache file) falls back to a plain require.
// Only Node built-ins here: this file is bundled on its own and runs before the big bundle loads.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isSwitchedOff } from './switches';
import { userCacheFolder } from '../core/cacheFolder';

type Entry = 'runCli' | 'runServer' | 'runScanWorker';
type Bundle = Record<Entry, () => void>;

const CACHE_PREFIX = 'spendlens-';
const CACHE_SUFFIX = '.v8cache';
/** Cache files of other builds/versions are removed once they have not been written for this long… */
const STALE_MS = 14 * 24 * 3600 * 1000;
/** …or when newer ones exist: a few are kept for the Node versions in use at once (the editor's, the CLI's). */
const KEEP_OTHERS = 3;

export function launch(entry: Entry, bundleFile = join(__dirname, 'spendlens.js')): void {
  let bundle: Bundle | undefined;
  try {
    bundle = loadWithCodeCache(bundleFile);
  } catch {
    bundle = undefined;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (bundle ?? (require(bundleFile) as Bundle))[entry]();
}

/** `SPENDLENS_CODE_CACHE=off` disables the cache; else the user's cache folder (src/core/cacheFolder.ts). */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (isSwitchedOff(env.SPENDLENS_CODE_CACHE)) return null;
  return userCacheFolder(env, platform);
}

function cacheKey(bundleFile: string): string {
  const { size, mtimeMs } = statSync(bundleFile);
  return createHash('sha1').update([process.version, process.arch, bundleFile, size, mtimeMs].join('\0')).digest('hex').slice(0, 20);
}

function loadWithCodeCache(bundleFile: string): Bundle | undefined {
  const dir = cacheDirectory();
  if (!dir) return undefined;
  const cacheFile = join(dir, CACHE_PREFIX + cacheKey(bundleFile) + CACHE_SUFFIX);
  let cachedData: Buffer | undefined;
  try { cachedData = readFileSync(cacheFile); } catch { cachedData = undefined; }
  const source = readFileSync(bundleFile, 'utf8');
  const script = new Script(Module.wrap(source), { filename: bundleFile, cachedData });
  const mod = new Module(bundleFile, module);
  mod.filename = bundleFile;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(bundleFile));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(mod.exports, mod.exports, createRequire(bundleFile), mod, bundleFile, dirname(bundleFile));
  mod.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    // Written at exit, so the functions this run compiled lazily (the parser, the tokenizer glue) are in it too.
    process.once('exit', () => writeCache(script, dir, cacheFile));
  }
  return mod.exports as Bundle;
}

function writeCache(script: Script, dir: string, cacheFile: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, cacheFile); // atomic: a concurrent start reads the old file or the new one, never half of one
    removeStaleCaches(dir, cacheFile);
  } catch {
    // A cache that cannot be written costs the next start ~200 ms, nothing else.
  }
}

function removeStaleCaches(dir: string, keep: string): void {
  const now = Date.now();
  const others: Array<{ file: string; mtimeMs: number }> = [];
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (file === keep || !name.startsWith(CACHE_PREFIX)) continue;
    try { others.push({ file, mtimeMs: statSync(file).mtimeMs }); } catch { /* another process removed it */ }
  }
  others.sort((a, b) => b.mtimeMs - a.mtimeMs);
  others.forEach(({ file, mtimeMs }, newest) => {
    if (newest >= KEEP_OTHERS || now - mtimeMs > STALE_MS) rmSync(file, { force: true });
  });
}
