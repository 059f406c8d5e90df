// The launchers (dist/cli.js, dist/server.js) load the big bundle through V8's code cache (src/bin/launch.ts).
// A cached start must behave exactly like a plain one; a damaged or unwritable cache must cost nothing but time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

test('writing a cache keeps the three newest of the other builds\' caches and drops any older than 14 days', t => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-cc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const day = 24 * 3600;
  const now = Date.now() / 1000;
  // Newest three: a, b, old — but old is past 14 days; d and e are past the three newest.
  const ages = { a: 1, b: 2, old: 20, d: 21, e: 22 }; // days since written
  for (const [name, age] of Object.entries(ages)) {
    const file = join(dir, `spendlens-${name}.v8cache`);
    writeFileSync(file, 'other build');
    utimesSync(file, now - age * day, now - age * day);
  }
  writeFileSync(join(dir, 'notes.txt'), 'not ours');
  assert.equal(scan({ SPENDLENS_CACHE_DIR: dir }), plain);
  const left = readdirSync(dir).sort();
  const ours = left.filter(f => f.endsWith('.v8cache') && !Object.keys(ages).some(a => f === `spendlens-${a}.v8cache`));
  assert.equal(ours.length, 1, 'this build\'s cache was written');
  assert.deepEqual(left.filter(f => !ours.includes(f)), ['notes.txt', 'spendlens-a.v8cache', 'spendlens-b.v8cache']);
});

test('the cache folder: off switch, explicit folder, then the platform\'s per-user cache', () => {
  assert.equal(cacheDirectory({ SPENDLENS_CODE_CACHE: 'off', SPENDLENS_CACHE_DIR: '/x' }, 'linux'), null);
  assert.equal(cacheDirectory({ SPENDLENS_CACHE_DIR: '/x' }, 'linux'), '/x');
  assert.equal(cacheDirectory({ XDG_CACHE_HOME: '/xdg' }, 'linux'), join('/xdg', 'spendlens'));
  assert.equal(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), join('C:\\Users\\a\\AppData\\Local', 'spendlens', 'cache'));
  assert.equal(cacheDirectory({}, 'win32'), null);
  assert.match(cacheDirectory({}, 'darwin') ?? '', /Library[\\/]Caches[\\/]spendlens$/);
});
