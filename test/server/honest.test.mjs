// Honest display in the language server (#19 item 6, #20), over stdio against the BUILT server: the lens marks a
// default volume `*` and an assumed model, the hover says why; an unresolved call offers "Assume a model…", the
// spendlens/assumeModel request writes .spendlens/config.json and the call is then priced as assumed; usage.json keys
// that match no call get a warning on the key naming the nearest call; the totals name the unpriced calls.
// Fixtures: test/fixtures/honest/<case>/ (shared with the CLI tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, fileUri, repo } from './lsp-client.mjs';

function copy(name) {
  const dir = mkdtempSync(join(tmpdir(), `spendlens-honest-${name}-`));
  cpSync(join(repo, 'test/fixtures/honest', name), dir, { recursive: true });
  return { dir, uri: pathToFileURL(dir).href, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function withServer(name, run) {
  const fx = copy(name);
  const client = new LspClient({ settings: { showMonthly: true } });
  try {
    await client.initialize(fx.uri);
    await client.waitFor(() => client.totals.findLast(t => t.complete), 20000, 'indexed totals');
    await run(client, fx);
  } finally {
    await client.dispose();
    fx.dispose();
  }
}

const lensAt = (lenses, line) => lenses.find(l => l.range.start.line === line - 1)?.command.title;

test('unpriced calls: lens, hover and quick fix say how to price them; assuming a model writes config.json and prices the call', () =>
  withServer('unpriced', async (client, fx) => {
    const totals = client.totals.findLast(t => t.complete);
    assert.equal(totals.unknownModels, 2);
    assert.deepEqual(totals.unpricedSites, ['src/chat.ts:6', 'src/chat.ts:13']);
    const uri = await client.open(fx.dir, 'src/chat.ts');
    const lenses = await client.lenses(uri);
    assert.match(lensAt(lenses, 6), /^⚠ model not resolved · .* · quick fix: Assume a model…$/);
    assert.match(lensAt(lenses, 20), /^≈ \$[\d.]+\/call · .* · gpt-4o · \$[\d.]+\/mo\*$/, 'a default volume is marked *');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 10 } });
    assert.match(hover.contents.value, /the code does not show the model \(`process\.env\.ANSWER_MODEL!`\)\. Quick fix \*\*Assume a model for this call…\*\*/);
    const priced = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 19, character: 10 } });
    assert.match(priced.contents.value, /1,000 calls\/month\\\* \(\\\* the assumed default volume/);

    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [] } });
    const assume = actions.find(a => a.title === 'Assume a model for this call…');
    assert.ok(assume, actions.map(a => a.title).join(' | '));
    assert.deepEqual(assume.command.arguments.slice(0, 2), [uri, 6]);

    const choices = await client.request('spendlens/assumeModelChoices', { uri, line: 6 });
    assert.ok(choices.models.some(m => m.id === 'gpt-4o') && choices.models.every(m => m.provider === 'openai'), 'the call\'s vendor\'s models');
    assert.deepEqual(choices.scopes.map(s => [s.scope, s.key]), [['call', 'src/chat.ts#answer'], ['workspace', 'defaultModel']]);

    const written = await client.request('spendlens/assumeModel', { uri, line: 6, model: 'gpt-4o-mini', scope: 'call' });
    assert.equal(written.key, 'src/chat.ts#answer');
    assert.deepEqual(JSON.parse(readFileSync(join(fx.dir, '.spendlens/config.json'), 'utf8')), { assumeModels: { 'src/chat.ts#answer': 'gpt-4o-mini' } });
    const after = await client.lenses(uri);
    assert.match(lensAt(after, 6), /· gpt-4o-mini \(assumed\) · /);
    const hoverAfter = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 10 } });
    assert.match(hoverAfter.contents.value, /`gpt-4o-mini` _\(assumed: \.spendlens\/config\.json assumeModels\\\["src\/chat\.ts#answer"\\\]\)_/);
    const total = await client.waitFor(() => client.totals.findLast(t => t.complete && t.unknownModels === 1), 10000, 'one unpriced left');
    assert.deepEqual(total.unpricedSites, ['src/chat.ts:13']);
    // The change is a quick fix away again: "Change the assumed model…".
    const again = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(again.some(a => a.title === 'Change the assumed model…'));
  }));

test('calls through a model function: the quick fix offers that scope and writes "fn()"', () =>
  withServer('assume-model', async (client, fx) => {
    const uri = await client.open(fx.dir, 'src/agent.ts');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, context: { diagnostics: [] } });
    const fn = actions.find(a => a.title === 'Assume a model for calls through getModelFromConfig()…');
    assert.ok(fn, actions.map(a => a.title).join(' | '));
    assert.equal(fn.command.arguments[3], 'function');
    const r = await client.request('spendlens/assumeModel', { uri, line: 16, model: 'gpt-4.1-nano', scope: 'function' });
    assert.equal(r.key, 'getModelFromConfig()');
    const config = JSON.parse(readFileSync(join(fx.dir, '.spendlens/config.json'), 'utf8'));
    assert.equal(config.assumeModels['getModelFromConfig()'], 'gpt-4.1-nano');
    assert.equal(config.defaultModel, 'gpt-4.1-mini', 'other keys are kept');
    const lenses = await client.lenses(uri);
    assert.match(lensAt(lenses, 16), /gpt-4\.1-nano \(assumed\)/);
    assert.match(lensAt(lenses, 24), /gpt-4\.1-nano \(assumed\)/);
  }));

test('a model object from the app\'s own factory (getChatModel(config) in another file): the quick fix names that function', () =>
  withServer('assume-model', async (client, fx) => {
    const uri = await client.open(fx.dir, 'src/agent.ts');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 38, character: 0 }, end: { line: 38, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(actions.some(a => a.title === 'Assume a model for calls through getChatModel()…'), actions.map(a => a.title).join(' | '));
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 38, character: 10 } });
    assert.match(hover.contents.value, /getChatModel\(config\) → config\.chatModel/);
  }));

test('usage.json and assumeModels keys that match no call: a warning on each key, naming the nearest call', () =>
  withServer('unmatched-keys', async (client, fx) => {
    const usageUri = fileUri(fx.dir, '.spendlens/usage.json');
    const configUri = fileUri(fx.dir, '.spendlens/config.json');
    const usage = await client.waitFor(() => client.diagnostics.get(usageUri), 10000, 'usage.json diagnostics');
    const text = readFileSync(join(fx.dir, '.spendlens/usage.json'), 'utf8');
    assert.deepEqual(usage.diagnostics.map(d => d.message), [
      '"src/summarize.ts#summarize" matches no call — nearest: "src/summarize.ts#summarizeTicket"; its volume is not used',
      '"src/summarize.ts:40" matches no call — nearest: "src/summarize.ts:13"; its volume is not used',
      '"src/sumarize.ts#tagTicket" matches no call — nearest: "src/summarize.ts#tagTicket"; its volume is not used',
    ]);
    const first = usage.diagnostics[0].range;
    assert.equal(text.split('\n')[first.start.line].slice(first.start.character, first.end.character), '"src/summarize.ts#summarize"');
    assert.ok(usage.diagnostics.every(d => d.severity === 2 && d.source === 'spendlens' && d.code === 'unmatched-key'));
    const config = client.diagnostics.get(configUri);
    assert.equal(config.diagnostics.length, 1);
  }));
