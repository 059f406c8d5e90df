// The launchers (dist/cli.js, dist/server.js) load the big bundle through V8's code cache (src/bin/launch.ts).
// A cached start must behave exactly like a plain one; a damaged or unwritable cache must cost nothing but time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repo = join(fileURLToPath(import.meta.url), '../../..');
const cliPath = join(repo, 'dist/cli.js');
const { cacheDirectory } = require('../../dist/launch.js');
// TypeScript and Python files, so both parsers run from the cached bundle.
const demo = join(repo, 'test/fixtures/demo-app');

function scan(env) {
  return execFileSync(process.execPath, [cliPath, 'scan', demo, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env } });
}
const cacheFiles = dir => { try { return readdirSync(dir).filter(f => f.endsWith('.v8cache')); } catch { return []; } };
const plain = scan({ SPENDLENS_CODE_CACHE: 'off' });

test('the first start writes one code cache; the next start uses it and prints the same report', t => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-cc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(scan({ SPENDLENS_CACHE_DIR: dir }), plain);
  const files = cacheFiles(dir);
  assert.equal(files.length, 1, `cache files: ${files}`);
  const file = join(dir, files[0]);
  const written = statSync(file).mtimeMs;
  assert.ok(statSync(file).size > 100_000, 'the cache holds compiled code');
  assert.equal(scan({ SPENDLENS_CACHE_DIR: dir }), plain);
  assert.equal(statSync(file).mtimeMs, written, 'an accepted cache is not rewritten');
  assert.deepEqual(cacheFiles(dir), files);
});

test('a damaged cache file is rejected by V8, the run is unchanged, and the file is replaced', t => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-cc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  scan({ SPENDLENS_CACHE_DIR: dir });
  const file = join(dir, cacheFiles(dir)[0]);
  const garbage = Buffer.alloc(4096, 0x5a);
  writeFileSync(file, garbage);
  assert.equal(scan({ SPENDLENS_CACHE_DIR: dir }), plain);
  assert.notDeepEqual(readFileSync(file), garbage, 'rewritten with valid code');
  assert.equal(scan({ SPENDLENS_CACHE_DIR: dir }), plain);
});

test('a cache folder that cannot be created costs nothing but time', t => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-cc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const blocked = join(dir, 'not-a-folder');
  writeFileSync(blocked, 'a file where the cache folder should be');
  assert.equal(scan({ SPENDLENS_CACHE_DIR: join(blocked, 'cache') }), plain);
});

test('the cache folder: off switch, explicit folder, then the platform\'s per-user cache', () => {
  assert.equal(cacheDirectory({ SPENDLENS_CODE_CACHE: 'off', SPENDLENS_CACHE_DIR: '/x' }, 'linux'), null);
  assert.equal(cacheDirectory({ SPENDLENS_CACHE_DIR: '/x' }, 'linux'), '/x');
  assert.equal(cacheDirectory({ XDG_CACHE_HOME: '/xdg' }, 'linux'), join('/xdg', 'spendlens'));
  assert.equal(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), join('C:\\Users\\a\\AppData\\Local', 'spendlens', 'cache'));
  assert.equal(cacheDirectory({}, 'win32'), null);
  assert.match(cacheDirectory({}, 'darwin') ?? '', /Library[\\/]Caches[\\/]spendlens$/);
});
