// The CLI's memory savings must not change a byte of its results: the streamed JSON report equals the core's
// writeJson() of the same scan, on stdout and through --output; a Session that keeps no call facts reports the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const core = createRequire(import.meta.url)('../../out/core.cjs');

function bookFor(root) {
  return core.loadPriceBook({ bundledPath: core.bundledCatalogPath(), workspacePath: join(root, core.TEAM_PRICING_FILE) });
}

async function coreJson(root, extra = {}) {
  const report = await new core.Session({ root, book: bookFor(root), ...extra }).scanWorkspace();
  return core.writeJson(report);
}

const folders = ['test/fixtures/demo-app', 'test/fixtures/cli/basic', 'test/fixtures/js', 'test/fixtures/python', 'test/fixtures/cli/empty'];

for (const rel of folders) {
  test(`scan --format json streams exactly writeJson's text (${rel})`, async () => {
    const root = join(repoRoot, rel);
    const r = cli(['scan', root, '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const expected = await coreJson(root);
    // Guards against a vacuous pass: the fixtures with calls must give a real report.
    if (!rel.endsWith('empty')) assert.ok(JSON.parse(expected).calls.length > 0);
    assert.equal(r.stdout.length, expected.length);
    assert.ok(r.stdout === expected, 'streamed JSON differs from writeJson');
  });
}

test('scan --format json --output writes the same bytes to the file', async () => {
  const root = join(repoRoot, 'test/fixtures/demo-app');
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-json-'));
  try {
    const out = join(dir, 'report.json');
    const r = cli(['scan', root, '--format', 'json', '--output', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), await coreJson(root));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('keepCallFacts: false gives the same report; only alternatives() needs the facts', async () => {
  const root = join(repoRoot, 'test/fixtures/demo-app');
  const book = bookFor(root);
  const keep = new core.Session({ root, book });
  const lean = new core.Session({ root, book, keepCallFacts: false });
  const a = await keep.scanWorkspace();
  const b = await lean.scanWorkspace();
  assert.equal(core.writeJson(b), core.writeJson(a));
  const withAlternatives = a.calls.find(c => keep.alternatives(c).length > 0);
  assert.ok(withAlternatives, 'the demo app has a call with a cheaper alternative');
  assert.deepEqual(lean.alternatives(withAlternatives), []);
});
