// `spendlens catalog update`: real HTTP from a server on 127.0.0.1 serving a copy of LiteLLM's price map, the real
// conversion (src/core/pricing/convert.ts), the result kept in a temporary cache folder (SPENDLENS_CACHE_DIR) as the
// `updated` layer; refused input (HTML, truncated JSON, 404, …) exits 2 and keeps the previous catalog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, cliPath } from './cli-helpers.mjs';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const fixtures = join(repoRoot, 'test/fixtures/pricing/update');
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8'));
// The committed copy of LiteLLM's map (pricing/source/SOURCES.md: the same bytes as the team's shared data copy).
const mapText = readFileSync(join(repoRoot, 'pricing/source/litellm_model_prices.json'), 'utf8');
const map = JSON.parse(mapText);
const today = new Date().toISOString().slice(0, 10);

/** path → { status, body } served by the local server. */
const routes = new Map();
let server;
let base;
const temporary = [];

function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

before(async () => {
  const changed = structuredClone(map);
  changed[expected.changedPrice.key].input_cost_per_token = expected.changedPrice.input_cost_per_token;
  const oneNegative = structuredClone(map);
  oneNegative[expected.rejectedEntry.key][expected.rejectedEntry.field] = expected.rejectedEntry.value;
  routes.set('/map.json', { status: 200, body: mapText });
  routes.set('/changed.json', { status: 200, body: JSON.stringify(changed, null, 2) });
  routes.set('/one-negative.json', { status: 200, body: JSON.stringify(oneNegative) });
  routes.set('/moved', { status: 302, location: '/changed.json' });
  for (const c of expected.refused) {
    if (c.status) continue;
    let body;
    if (c.body) body = readFileSync(join(fixtures, c.body), 'utf8');
    else if (c.truncate) body = mapText.slice(0, c.truncate);
    else if (c.inline) body = c.inline;
    else if (c.negateAll) {
      const negative = structuredClone(map);
      for (const entry of Object.values(negative)) if (typeof entry.input_cost_per_token === 'number') entry.input_cost_per_token = -1e-6;
      body = JSON.stringify(negative);
    }
    routes.set(c.path, { status: 200, body });
  }
  server = createServer((req, res) => {
    const route = routes.get(req.url);
    if (!route) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    if (route.location) { res.writeHead(route.status, { location: route.location }); res.end(); return; }
    res.writeHead(route.status, { 'content-type': route.body.startsWith('<') ? 'text/html' : 'application/json' });
    res.end(route.body);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Runs the built CLI without blocking this process (the HTTP server answers from its event loop). */
function cli(args, cacheDir) {
  return new Promise(resolve => {
    execFile(process.execPath, [cliPath, ...args], { cwd: repoRoot, env: { ...process.env, SPENDLENS_CACHE_DIR: cacheDir }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

const updatedBook = cacheDir => core.loadPriceBook({
  bundledPath: join(repoRoot, 'pricing/catalog.json'),
  updatedPath: core.updatedCatalogPath(cacheDir),
});

test('catalog update downloads the map over HTTP, converts it and keeps it in the cache as the updated layer', async () => {
  const cacheDir = tempDir('spendlens-update-');
  const r = await cli(['catalog', 'update', '--url', `${base}/changed.json`], cacheDir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^Catalog updated ${today}: \\d{4} models from ${base}/changed.json`));
  const written = join(cacheDir, 'catalog.json');
  assert.match(r.stdout, new RegExp(`Written to ${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

  const book = updatedBook(cacheDir);
  assert.deepEqual(book.problems, []);
  assert.deepEqual(book.layers.map(l => [l.kind, l.ok]), [['bundled', true], ['updated', true]]);
  const gpt4o = book.lookup(expected.changedPrice.key).model;
  assert.equal(gpt4o.input, expected.changedPrice.expectedInput, 'the served price, converted to USD per 1M tokens');
  assert.equal(gpt4o.source, 'updated');
  assert.equal(book.dateOf(gpt4o), today, 'the price carries the download date');
  assert.equal(book.updated, today);
  const litellm = book.sources.find(s => s.url === `${base}/changed.json`);
  assert.ok(litellm, 'the source URL is recorded');
  assert.equal(litellm.retrieved, today);
  assert.match(litellm.name, /downloaded/);
  // The curated overlay still applies on top of the downloaded prices (families, tokenizers, successors).
  assert.equal(gpt4o.tokenizer.encoding, 'o200k_base');
  assert.equal(book.lookup('claude-3-5-sonnet-20241022')?.model.tokenizer.profile, core.PriceBook.fromCatalog(JSON.parse(readFileSync(join(repoRoot, 'pricing/catalog.json'), 'utf8'))).lookup('claude-3-5-sonnet-20241022')?.model.tokenizer.profile);

  // `spendlens catalog` and a scan see the new layer; the staleness warning is gone.
  const summary = await cli(['catalog', '--format', 'json'], cacheDir);
  const s = JSON.parse(summary.stdout);
  assert.equal(s.updated, today);
  assert.equal(s.stale, null);
  assert.deepEqual(s.layers.map(l => l.kind), ['bundled', 'updated']);
  const scan = await cli(['scan', 'test/fixtures/demo-app', '--format', 'json'], cacheDir);
  const report = JSON.parse(scan.stdout);
  assert.equal(report.catalog.stale, null);
  const call = report.calls.find(c => c.model === 'gpt-4o');
  assert.equal(call.inputPricePerM, expected.changedPrice.expectedInput);
});

test('a redirect is followed, and the same map from --from FILE gives the same catalog', async () => {
  const viaHttp = tempDir('spendlens-update-');
  const viaFile = tempDir('spendlens-update-');
  assert.equal((await cli(['catalog', 'update', '--url', `${base}/moved`], viaHttp)).code, 0);
  const file = join(tempDir('spendlens-map-'), 'map.json');
  writeFileSync(file, routes.get('/changed.json').body);
  const r = await cli(['catalog', 'update', '--from', file], viaFile);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`models from ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const models = dir => JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')).models;
  assert.deepEqual(models(viaFile), models(viaHttp), 'same map → same models whichever way it came');
});

for (const c of expected.refused) {
  test(`refused: ${c.case} → exit 2, the previous catalog kept`, async () => {
    const cacheDir = tempDir('spendlens-update-');
    assert.equal((await cli(['catalog', 'update', '--url', `${base}/map.json`], cacheDir)).code, 0);
    const before = readFileSync(join(cacheDir, 'catalog.json'));
    const r = await cli(['catalog', 'update', '--url', `${base}${c.path}`], cacheDir);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /^spendlens: catalog update refused: /);
    assert.match(r.stderr, new RegExp(c.error));
    assert.match(r.stderr, new RegExp(`${base}${c.path}`), 'the error names the URL');
    assert.match(r.stderr, /The previous catalog is kept\./);
    assert.deepEqual(readFileSync(join(cacheDir, 'catalog.json')), before, 'the cached catalog is untouched');
  });
}

test('refused with no catalog before: nothing is written, the bundled prices serve', async () => {
  const cacheDir = tempDir('spendlens-update-');
  const r = await cli(['catalog', 'update', '--url', `${base}/page.html`], cacheDir);
  assert.equal(r.code, 2);
  assert.equal(existsSync(join(cacheDir, 'catalog.json')), false);
  assert.deepEqual(updatedBook(cacheDir).layers.map(l => l.kind), ['bundled']);
});

test('one negative price: that entry is rejected and named, the model keeps the bundled price, the rest updates', async () => {
  const cacheDir = tempDir('spendlens-update-');
  const r = await cli(['catalog', 'update', '--url', `${base}/one-negative.json`], cacheDir);
  assert.equal(r.code, 0, r.stderr);
  const { key, field, value, bundledInput } = expected.rejectedEntry;
  assert.match(r.stdout, new RegExp(`  ${key}: ${field} is negative \\(${value}\\)`));
  const model = updatedBook(cacheDir).lookup(key).model;
  assert.equal(model.input, bundledInput);
  assert.notEqual(model.source, 'updated');
});

test('checkLitellmMap names each bad entry; a missing input price next to an output price is rejected', () => {
  const text = JSON.stringify({
    sample_spec: { input_cost_per_token: 'ignored' },
    ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`ok-${i}`, { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 }])),
    'half-priced': { litellm_provider: 'openai', mode: 'chat', output_cost_per_token: 2e-6 },
    'string-price': { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: '0.000001', output_cost_per_token: 2e-6 },
    'image-model': { litellm_provider: 'openai', mode: 'image_generation', output_cost_per_token: 2e-6 },
  });
  const { map: kept, rejected } = core.checkLitellmMap(text, 'x.json');
  assert.deepEqual(rejected, [
    { key: 'half-priced', reason: 'output_cost_per_token without input_cost_per_token (missing input price)' },
    { key: 'string-price', reason: 'input_cost_per_token is "0.000001"' },
  ]);
  assert.ok(kept['image-model'], 'a model not priced per token is not judged by token prices');
  assert.equal(kept.sample_spec, undefined);
});

test('usage: --url and --from together, --url without update, an unknown catalog command → exit 2', async () => {
  const cacheDir = tempDir('spendlens-update-');
  for (const args of [['catalog', 'update', '--url', `${base}/map.json`, '--from', 'x.json'], ['catalog', '--url', `${base}/map.json`], ['catalog', 'upgrade']]) {
    const r = await cli(args, cacheDir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^spendlens: /);
  }
  assert.equal(existsSync(join(cacheDir, 'catalog.json')), false);
});

test('the staleness warning names `spendlens catalog update` on the CLI', async () => {
  const cacheDir = tempDir('spendlens-update-');
  const r = await cli(['scan', 'test/fixtures/demo-app'], cacheDir);
  // The bundled prices are of 2026-07-24: stale (over 120 days) from 2026-11-22 on.
  assert.match(r.stdout, /warning: Prices are \d+ days old \(catalog updated 2026-07-24\); refresh with `spendlens catalog update`/);
  assert.doesNotMatch(r.stdout, /npm run catalog/);
});
