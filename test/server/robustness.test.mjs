// The server under less friendly conditions: a bad catalogPath, a team price override (and its change on
// disk), settings that switch features off, a bare client without optional capabilities, and a document
// outside every workspace folder. Each test starts its own server and always stops it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, fixtureCopy, fileUri, serverPath } from './lsp-client.mjs';

const CLASSIFY_LINE = 17;
const dollars = title => Number(/\$([\d.,]+)\/call/.exec(title)?.[1].replace(/,/g, '') ?? NaN);
const lensAt = (lenses, line) => lenses.find(l => l.range.start.line === line - 1);

/** Polls `get()` until `ok(value)`, for effects the server applies asynchronously. */
async function eventually(get, ok, ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (ok(value) || Date.now() > end) return value;
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Runs `body(client, fx)` against a fresh server on a fresh copy of the fixture, and always cleans up. */
async function withServer(opts, body) {
  assert.ok(existsSync(serverPath), 'dist/server.js is missing: run npm run build first');
  const fx = fixtureCopy('basic');
  if (opts.prepare) opts.prepare(fx.dir);
  const client = new LspClient(opts);
  try {
    await client.initialize(opts.noFolder ? null : fx.uri);
    await body(client, fx);
  } finally {
    await client.dispose();
    fx.dispose();
  }
}

test('a missing or broken catalogPath is reported and the bundled prices keep serving', async () => {
  for (const catalogPath of ['/nonexistent/prices.json', 'broken.json']) {
    await withServer({ settings: { catalogPath }, prepare: dir => writeFileSync(join(dir, 'broken.json'), '{ "models": [ oops ') }, async (client, fx) => {
      const uri = await client.open(fx.dir, 'src/app.ts');
      const title = lensAt(await client.lenses(uri), CLASSIFY_LINE).command.title;
      assert.ok(dollars(title) > 0, title);
      const warning = await client.waitFor(() => client.messages.find(m => m.message.includes(catalogPath)), 5000, 'warning');
      assert.equal(warning.type, 2);
      const report = await client.request('spendlens/workspaceReport', {});
      assert.ok(report.catalog.layers.some(l => l.kind === 'bundled' && l.ok));
    });
  }
});

test('a team .spendlens/pricing.json overrides a price, and a change on disk is picked up', async () => {
  const override = input => JSON.stringify({ models: [{ id: 'gpt-4o', input, output: 10 }] });
  await withServer({ prepare: dir => { mkdirSync(join(dir, '.spendlens')); writeFileSync(join(dir, '.spendlens/pricing.json'), override(2.5)); } }, async (client, fx) => {
    const uri = await client.open(fx.dir, 'src/app.ts');
    const before = dollars(lensAt(await client.lenses(uri), 7).command.title);
    writeFileSync(join(fx.dir, '.spendlens/pricing.json'), override(250));
    const refreshes = client.lensRefreshes;
    await client.notifyServer('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(fx.dir, '.spendlens/pricing.json'), type: 2 }] });
    await client.waitFor(() => client.lensRefreshes > refreshes, 10000, 'lens refresh after the price change');
    const after = dollars(lensAt(await client.lenses(uri), 7).command.title);
    assert.ok(after > before * 3, `${after} vs ${before}`);
    const report = await client.request('spendlens/workspaceReport', {});
    assert.ok(report.catalog.layers.some(l => l.kind === 'workspace' && l.ok));
  });
});

test('settings: codeLens.enable false → no lenses; showMonthly false → no monthly figure; didChangeConfiguration re-reads', async () => {
  await withServer({ settings: { codeLens: { enable: false } } }, async (client, fx) => {
    const uri = await client.open(fx.dir, 'src/app.ts');
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    client.settings = { showMonthly: false };
    await client.notifyServer('workspace/didChangeConfiguration', { settings: null });
    const lenses = await client.lenses(uri);
    assert.ok(lenses.length > 0);
    const title = lensAt(lenses, CLASSIFY_LINE).command.title;
    assert.ok(title.includes('$') && !title.includes('/mo'), title);
    client.settings = { callsPerMonth: 50000, showMonthly: true };
    await client.notifyServer('workspace/didChangeConfiguration', { settings: null });
    const details = await eventually(() => client.request('spendlens/callDetails', { uri, line: CLASSIFY_LINE }), d => d?.call.callsPerMonth === 50000);
    assert.equal(details.call.callsPerMonth, 50000);
  });
});

test('a bare client (no configuration pull, progress, refresh or documentChanges) still gets everything', async () => {
  await withServer({ capabilities: {} }, async (client, fx) => {
    const uri = await client.open(fx.dir, 'src/app.ts');
    const lenses = await client.lenses(uri);
    assert.ok(lenses.some(l => l.command.title.includes('$')));
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 6, character: 4 }, end: { line: 6, character: 4 } }, context: { diagnostics: [] } });
    const fix = actions.find(a => a.title.startsWith('Switch to '));
    if (fix) assert.ok(fix.edit.changes[fileUri(fx.dir, 'src/models.ts')], 'plain `changes` keyed by the other file');
    assert.equal(client.progress.length, 0);
  });
});

test('a document outside every workspace folder gets a session of its own', async () => {
  await withServer({ noFolder: true }, async (client, fx) => {
    const uri = await client.open(fx.dir, 'py/agent.py');
    const lenses = await client.lenses(uri);
    assert.equal(lenses.length, 1);
    assert.ok(lenses[0].command.title.includes('claude'), lenses[0].command.title);
  });
});

test('untrusted workspace: a catalogPath outside the folder is ignored with a warning', async () => {
  await withServer({ settings: { catalogPath: '/etc/hostname' }, initializationOptions: { trusted: false } }, async (client, fx) => {
    const uri = await client.open(fx.dir, 'src/app.ts');
    await client.lenses(uri);
    const warning = await client.waitFor(() => client.messages.find(m => m.message.includes('not trusted')), 5000, 'untrusted warning');
    assert.ok(warning.message.includes('/etc/hostname'));
  });
});

test('an unsaved (untitled:) document is analysed by its language id', async () => {
  await withServer({}, async (client, fx) => {
    const uri = 'untitled:Untitled-1';
    const text = readFileSync(join(fx.dir, 'py/agent.py'), 'utf8');
    await client.notifyServer('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    const lenses = await client.lenses(uri);
    assert.equal(lenses.length, 1);
    assert.ok(lenses[0].command.title.includes('claude'), lenses[0].command.title);
    assert.deepEqual(lenses[0].command.arguments, [uri, 7]);
  });
});
