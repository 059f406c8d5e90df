// Hostile documents through the language server over stdio: deep nesting, a 200,000-character prompt, binary
// bytes and invalid text sent as open documents. Every request is answered in bounded time, the server stays
// up, and the ordinary file next to them keeps its lens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serverPath, tsCall, workspace } from './helpers.mjs';
import { LspClient } from '../server/lsp-client.mjs';

const within = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))]);

test('the server answers lenses for hostile documents, warns, and keeps serving the others', async () => {
  assert.ok(existsSync(serverPath), 'dist/server.js is missing: run npm run build first');
  const deep = tsCall("'deep'") + `export const d = ${'['.repeat(5000)}${']'.repeat(5000)};\nexport const e = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`;
  const ws = workspace({
    'src/control.ts': tsCall("'Summarise the ticket.'"),
    'src/deep.ts': deep,
    'src/blob.ts': Buffer.from([0x00, 0xff, 0x00, 0x13, 0x37]),
  });
  const client = new LspClient();
  try {
    await client.initialize(pathToFileURL(ws.root).href);
    const control = await client.open(ws.root, 'src/control.ts');
    const deepUri = await client.open(ws.root, 'src/deep.ts');
    const deepLenses = await within(client.lenses(deepUri), 60_000, 'lenses of the deep file');
    assert.ok(Array.isArray(deepLenses));
    const long = await client.open(ws.root, 'src/long.ts', tsCall(JSON.stringify('y'.repeat(200_000))));
    const [longLens] = await within(client.lenses(long), 60_000, 'lenses of the long prompt');
    assert.match(longLens.command.title, /\$/);
    // Text an editor may hold: NUL, lone surrogates, replacement characters. Never parsed into a crash.
    const odd = await client.open(ws.root, 'src/odd.ts', tsCall("'\u0000\ud800\ufffd'") + '\u0000\u0000');
    assert.ok(Array.isArray(await within(client.lenses(odd), 30_000, 'lenses of the odd text')));
    const [controlLens] = await within(client.lenses(control), 30_000, 'lenses of the control file');
    assert.match(controlLens.command.title, /\$/);
    const report = await within(client.request('spendlens/workspaceReport', {}), 60_000, 'workspace report');
    assert.ok(report.calls.some(c => c.file === 'src/control.ts'));
    const deepFound = report.calls.some(c => c.file === 'src/deep.ts');
    assert.ok(deepFound || report.warnings.some(w => w.startsWith('src/deep.ts: ')), 'the deep file has neither its call nor a warning');
    assert.ok(client.child.exitCode === null, `the server exited: ${client.stderr.slice(-2000)}`);
  } finally {
    await client.dispose();
    ws.dispose();
  }
});
