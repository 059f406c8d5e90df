// No network: the core scan, the CLI (every format) and the language server (initialize, didOpen, codeLens,
// hover) run under a preload that records and refuses every socket, DNS lookup, http(s) request and fetch.
// A control run proves the preload catches an attempt, so an empty log means nothing was tried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, repo } from './helpers.mjs';
import { LspClient, fixtureCopy } from '../server/lsp-client.mjs';

const PRELOAD = join(repo, 'test/hostile/no-network-preload.cjs');
const DEMO = join(repo, 'test/fixtures/demo-app');

function netLog() {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-net-'));
  const path = join(dir, 'attempts.log');
  const loaded = () => (existsSync(`${path}.loaded`) ? readFileSync(`${path}.loaded`, 'utf8') : '');
  return { path, loaded, read: () => (existsSync(path) ? readFileSync(path, 'utf8') : ''), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function guarded(args, log) {
  const r = spawnSync(process.execPath, ['--require', PRELOAD, ...args], {
    cwd: repo, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SPENDLENS_NET_LOG: log.path },
  });
  if (r.error) throw r.error;
  return r;
}

test('control: the preload records and refuses fetch, http, DNS and raw sockets', () => {
  const log = netLog();
  try {
    const probe = `
      const tries = [() => fetch('https://example.com'), () => require('https').get('https://example.com'),
        () => require('dns').lookup('example.com', () => {}), () => new (require('net').Socket)().connect(443, 'example.com')];
      for (const t of tries) { try { const p = t(); p?.catch?.(() => {}); } catch {} }`;
    const r = guarded(['-e', probe], log);
    assert.equal(r.status, 0, r.stderr);
    const attempts = log.read();
    for (const what of ['fetch', 'https.get', 'dns.lookup', 'net.Socket.connect']) assert.ok(attempts.includes(what), `${what} not caught:\n${attempts}`);
  } finally { log.dispose(); }
});

test('core scan of the demo app opens no socket', () => {
  const log = netLog();
  try {
    const script = `
      const core = require(${JSON.stringify(join(repo, 'out/core.cjs'))});
      const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
      core.initPythonParser().then(() => new core.Session({ root: ${JSON.stringify(DEMO)}, book }).scanWorkspace())
        .then(r => console.log(JSON.stringify({ calls: r.calls.length, priced: r.calls.filter(c => c.costPerCall !== null).length })));`;
    const r = guarded(['-e', script], log);
    assert.equal(r.status, 0, r.stderr);
    const { calls, priced } = JSON.parse(r.stdout.trim().split('\n').pop());
    assert.ok(calls >= 5 && priced >= 5, r.stdout);
    assert.match(log.loaded(), /\d+ /, 'the preload did not run');
    assert.equal(log.read(), '', 'network attempts during the core scan');
  } finally { log.dispose(); }
});

test('the CLI (table, JSON, Markdown, SARIF, catalog) opens no socket', () => {
  const log = netLog();
  try {
    for (const format of ['table', 'json', 'markdown', 'sarif']) {
      const r = guarded([cliPath, 'scan', DEMO, '--format', format], log);
      assert.equal(r.status, 0, `${format}: ${r.stderr}`);
      assert.ok(r.stdout.length > 200, `${format}: no output`);
    }
    const r = guarded([cliPath, 'catalog'], log);
    assert.ok(r.status === 0 || r.status === 2, r.stderr);
    assert.equal(log.loaded().split('\n').filter(l => l.includes('cli.js')).length, 5, 'the preload did not run in every CLI process');
    assert.equal(log.read(), '', 'network attempts from the CLI');
  } finally { log.dispose(); }
});

test('the language server over stdio (initialize, didOpen, codeLens, hover) opens no socket', async () => {
  const log = netLog();
  const fx = fixtureCopy('basic');
  const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, SPENDLENS_NET_LOG: process.env.SPENDLENS_NET_LOG };
  // LspClient spawns the built server with this process's environment: the preload rides on NODE_OPTIONS.
  process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${PRELOAD}`.trim();
  process.env.SPENDLENS_NET_LOG = log.path;
  let client;
  try {
    client = new LspClient();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
  try {
    await client.initialize(fx.uri);
    const uri = await client.open(fx.dir, 'src/app.ts');
    const lenses = await client.lenses(uri);
    assert.ok(lenses.some(l => l.command?.title.includes('$')), JSON.stringify(lenses));
    const at = lenses[0].range.start;
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: at.line, character: at.character + 1 } });
    assert.ok(hover?.contents?.value?.length > 0, 'no hover');
    const pyUri = await client.open(fx.dir, 'py/agent.py');
    assert.ok((await client.lenses(pyUri)).length > 0);
    await client.request('spendlens/workspaceReport', {});
    assert.match(log.loaded(), /server\.js --stdio/, 'the preload did not run in the server');
    assert.equal(log.read(), '', 'network attempts from the language server');
  } finally {
    await client.dispose();
    fx.dispose();
    log.dispose();
  }
});
