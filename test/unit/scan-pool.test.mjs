// The scan pool (src/core/workspace/scan-pool.ts): worker threads analyse batches of files, the main thread adopts
// their results, and the report is byte-identical to a single-threaded scan — on the repository's fixture trees
// (TS, JS, Python, cross-file imports, prompt files), with the main thread sharing the work or not, and when the
// worker dies (its batches are re-done on the main thread).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const repo = join(import.meta.dirname, '../..');
const core = require(join(repo, 'out/core.cjs'));
const root = join(repo, 'test/fixtures');
const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath(join(repo, 'out')) });
const now = () => new Date('2026-08-01T00:00:00Z');

async function scan(pool) {
  const session = new core.Session({ root, book, now });
  const where = { main: 0, worker: 0 };
  const report = await session.scanWorkspace(pool ? { pool: { minBytes: 0, batchBytes: 8 * 1024, ...pool, onBatch: (w, n) => { where[w] += n; } } } : {});
  const files = session.analysedFiles();
  return {
    json: JSON.stringify(report, null, 2),
    facts: JSON.stringify(session.callsWithFacts().map(x => x.fact)),
    dependants: JSON.stringify(files.map(f => [f, session.dependentsOf(f)])),
    where,
    calls: report.calls.length,
  };
}

const single = await scan(null);

test('the fixture trees make a real multi-file workspace', () => {
  assert.ok(single.calls > 200, `${single.calls} calls`);
  assert.ok(JSON.parse(single.dependants).some(([, d]) => d.length > 0), 'some file is imported by another');
});

test('one worker beside the main thread: the same report, facts and dependants as one thread', async () => {
  const pooled = await scan({ workers: 1, mainShare: true });
  assert.ok(pooled.where.worker > 0, `the worker analysed files (${JSON.stringify(pooled.where)})`);
  assert.equal(pooled.json, single.json);
  assert.equal(pooled.facts, single.facts);
  assert.equal(pooled.dependants, single.dependants);
});

test('the shipped worker (dist/scan-worker.js: launcher, code cache, the one bundle): the same report', async () => {
  const pooled = await scan({ workers: 1, mainShare: false, workerFile: join(repo, 'dist/scan-worker.js') });
  assert.ok(pooled.where.worker > 0);
  assert.equal(pooled.json, single.json);
});

test('two workers and an idle main thread (the language server): the same report', async () => {
  const pooled = await scan({ workers: 2, mainShare: false });
  assert.equal(pooled.where.main, 0, 'the main thread analysed nothing');
  assert.ok(pooled.where.worker > 0);
  assert.equal(pooled.json, single.json);
  assert.equal(pooled.facts, single.facts);
});

test('a worker that cannot start hands every batch back to the main thread: the same report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-pool-'));
  try {
    const broken = join(dir, 'broken-worker.js');
    writeFileSync(broken, "throw new Error('no worker today');\n");
    const pooled = await scan({ workers: 1, mainShare: false, workerFile: broken });
    assert.equal(pooled.where.worker, 0);
    assert.ok(pooled.where.main > 0);
    assert.equal(pooled.json, single.json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a small workspace is scanned without workers (below minBytes)', async () => {
  const session = new core.Session({ root: join(root, 'demo-app'), book, now });
  let batches = 0;
  await session.scanWorkspace({ pool: { workers: 1, onBatch: () => { batches++; } } });
  assert.equal(batches, 0);
});

test('one worker per spare core: cores − 1 − the load of the other processes, rounded; an explicit count wins', () => {
  const saved = process.env.SPENDLENS_SCAN_WORKERS;
  delete process.env.SPENDLENS_SCAN_WORKERS;
  try {
    assert.equal(core.workerCount(undefined, 2, 0.2), 1, 'an idle 2-core machine');
    assert.equal(core.workerCount(undefined, 2, 0.8), 0, 'a 2-core machine with one core busy');
    assert.equal(core.workerCount(undefined, 2, 8), 0, 'an overloaded machine');
    assert.equal(core.workerCount(undefined, 8, 2.2), 5);
    assert.equal(core.workerCount(undefined, 1, 0), 0, 'one core: the main thread only');
    assert.equal(core.workerCount(3, 2, 8), 3);
    process.env.SPENDLENS_SCAN_WORKERS = '2';
    assert.equal(core.workerCount(undefined, 2, 8), 2);
  } finally {
    if (saved === undefined) delete process.env.SPENDLENS_SCAN_WORKERS; else process.env.SPENDLENS_SCAN_WORKERS = saved;
  }
});
