// "Spendlens: Update Pricing Catalog" in the real VS Code: the command downloads the price map from a server on
// 127.0.0.1 (set through spendlens.catalog.updateUrl), the language server keeps it in SPENDLENS_CACHE_DIR (set by
// test/e2e/runTest.js to a folder of the test run), re-prices the workspace and the staleness warning goes away.
// Runs last: it changes the prices the other suites would see.
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const path = require('path');
const vscode = require('vscode');
const { activate, open, waitForLenses, waitFor, positionOf } = require('./helpers');

const REPO = path.resolve(__dirname, '../../..');

suite('[F] catalog update', () => {
  let api, server, base;
  suiteSetup(async () => {
    api = await activate();
    const map = JSON.parse(fs.readFileSync(path.join(REPO, 'pricing/source/litellm_model_prices.json'), 'utf8'));
    map['claude-sonnet-4-5'].input_cost_per_token = 1e-6; // bundled: $3 / 1M
    const body = JSON.stringify(map);
    server = http.createServer((req, res) => {
      if (req.url === '/map.json') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); return; }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><title>Sign in</title>');
    });
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  suiteTeardown(async () => {
    server?.close();
    await vscode.workspace.getConfiguration('spendlens').update('catalog.updateUrl', undefined, vscode.ConfigurationTarget.Global);
  });

  const details = async () => {
    const doc = await open('app/tagging.py');
    await waitForLenses(doc, 2);
    const line = positionOf(doc, 'claude.messages.create').line + 1;
    return vscode.commands.executeCommand('spendlens.showCallDetails', doc.uri.toString(), line);
  };

  test('the staleness warning in the status bar names the command, not npm run catalog', async () => {
    await vscode.commands.executeCommand('spendlens.refresh');
    const stale = await waitFor('a staleness warning', () => api.ctx.lastTotals && api.ctx.lastTotals.stale);
    assert.match(stale, /refresh with the command "Spendlens: Update Pricing Catalog"/);
  });

  test('an HTML page at the URL is refused and the prices stay', async () => {
    await vscode.workspace.getConfiguration('spendlens').update('catalog.updateUrl', `${base}/login`, vscode.ConfigurationTarget.Global);
    const result = await vscode.commands.executeCommand('spendlens.updateCatalog');
    assert.strictEqual(result.ok, false);
    assert.match(result.message, /an HTML page/);
    assert.match(await details(), /\$3(\.00)? \/ 1M in/);
  });

  test('spendlens.updateCatalog downloads from spendlens.catalog.updateUrl and re-prices the workspace', async () => {
    await vscode.workspace.getConfiguration('spendlens').update('catalog.updateUrl', `${base}/map.json`, vscode.ConfigurationTarget.Global);
    const result = await vscode.commands.executeCommand('spendlens.updateCatalog');
    assert.strictEqual(result.ok, true, JSON.stringify(result));
    assert.strictEqual(result.source, `${base}/map.json`);
    if (process.env.SPENDLENS_CACHE_DIR) assert.strictEqual(result.path, path.join(process.env.SPENDLENS_CACHE_DIR, 'catalog.json'));
    // Never into the extension's own files (here the extension is the repository; the run's cache folder lies inside it).
    for (const own of ['pricing', 'dist']) assert.ok(!result.path.startsWith(path.join(REPO, own)), `written into the extension's ${own}/: ${result.path}`);
    assert.ok(!result.path.startsWith(path.join(REPO, 'pricing')) && fs.readFileSync(path.join(REPO, 'pricing/catalog.json'), 'utf8').includes('"updated": "2026-07-24"'), 'the bundled catalog is untouched');
    assert.ok(fs.existsSync(result.path));
    const markdown = await waitFor('the new price in the call details', async () => {
      const md = await details();
      return /\$1(\.00)? \/ 1M in/.test(md) ? md : false;
    });
    assert.match(markdown, new RegExp(`catalog of ${result.retrieved}`));
    await waitFor('totals without the staleness warning', () => api.ctx.lastTotals && api.ctx.lastTotals.stale === null);
  });
});
