// The request behind "Spendlens: Update Pricing Catalog" over stdio against the BUILT server: the server downloads
// the price map from a 127.0.0.1 server, keeps it in SPENDLENS_CACHE_DIR, re-prices the open folder, and the
// staleness warning (which names the editor command) goes away; a refused download changes nothing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, fixtureCopy, repo } from './lsp-client.mjs';

const map = JSON.parse(readFileSync(join(repo, 'pricing/source/litellm_model_prices.json'), 'utf8'));
map['gpt-4o'].input_cost_per_token = 1e-6; // bundled: $2.50 / 1M
const served = JSON.stringify(map);

describe('spendlens/updateCatalog (fixture lsp/basic)', () => {
  let fx, client, http, base, cacheDir, appUri, hoverAt;

  before(async () => {
    http = createServer((req, res) => {
      if (req.url === '/map.json') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(served); return; }
      if (req.url === '/login') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!doctype html><title>Sign in</title>'); return; }
      res.writeHead(404); res.end();
    });
    await new Promise(resolve => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${http.address().port}`;
    cacheDir = mkdtempSync(join(tmpdir(), 'spendlens-lsp-cache-'));
    fx = fixtureCopy('basic');
    client = new LspClient({ settings: { showMonthly: true }, env: { SPENDLENS_CACHE_DIR: cacheDir } });
    await client.initialize(fx.uri);
    appUri = await client.open(fx.dir, 'src/app.ts');
    const lines = readFileSync(join(fx.dir, 'src/app.ts'), 'utf8').split('\n');
    const line = lines.findIndex(l => l.includes('model: "gpt-4o"'));
    hoverAt = () => client.request('textDocument/hover', { textDocument: { uri: appUri }, position: { line, character: 14 } });
    await client.waitFor(() => client.diagnostics.get(appUri), 30000, 'diagnostics of app.ts');
  });

  after(async () => {
    await client?.dispose();
    fx?.dispose();
    http?.close();
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  test('before: the bundled prices, and the staleness warning names the editor command', async () => {
    const hover = (await hoverAt()).contents.value;
    assert.match(hover, /\*\*Prices\*\* \$2\.50 \/ 1M in/);
    assert.match(hover, /refresh with the command "Spendlens: Update Pricing Catalog"/);
    assert.doesNotMatch(hover, /npm run catalog/);
    const report = await client.request('spendlens/workspaceReport', {});
    assert.match(report.catalog.stale, /"Spendlens: Update Pricing Catalog"/);
  });

  test('a refused download answers ok: false with the reason and changes nothing', async () => {
    for (const [path, reason] of [['/login', /an HTML page/], ['/gone.json', /HTTP 404/]]) {
      const result = await client.request('spendlens/updateCatalog', { url: `${base}${path}` });
      assert.equal(result.ok, false);
      assert.match(result.message, reason);
    }
    assert.equal(existsSync(join(cacheDir, 'catalog.json')), false);
    assert.match((await hoverAt()).contents.value, /\$2\.50 \/ 1M in/);
  });

  test('an accepted download is kept in the cache, re-prices the folder and clears the warning', async () => {
    const result = await client.request('spendlens/updateCatalog', { url: `${base}/map.json` });
    assert.equal(result.ok, true, result.message);
    assert.equal(result.path, join(cacheDir, 'catalog.json'));
    assert.equal(result.source, `${base}/map.json`);
    assert.ok(result.models > 1000);
    assert.ok(existsSync(result.path));
    const hover = (await hoverAt()).contents.value;
    assert.match(hover, /\*\*Prices\*\* \$1(\.00)? \/ 1M in/);
    assert.match(hover, new RegExp(`catalog of ${result.retrieved}`));
    assert.doesNotMatch(hover, /Prices are \d+ days old/);
    await client.waitFor(() => client.totals.at(-1)?.stale === null, 10000, 'totals without the staleness warning');
  });
});
