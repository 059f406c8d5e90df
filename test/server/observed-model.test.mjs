// Observed usage fills the model over LSP: after spendlens/calibrate on test/fixtures/observed-model, the lens says
// `gpt-4o-mini (observed)`, the hover names the source, window and sample size, a mix lists its shares, the
// assume-model quick fix is still offered (an assumeModels entry wins), and a literal the traffic contradicts gets
// a diagnostic.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, repo } from './lsp-client.mjs';

const base = join(repo, 'test/fixtures/observed-model');
const lensAt = (lenses, line) => lenses.find(l => l.range.start.line === line - 1);
const hoverAt = (client, uri, line) => client.request('textDocument/hover', { textDocument: { uri }, position: { line: line - 1, character: 20 } }).then(h => h.contents.value);

describe('observed model over LSP', () => {
  let dir, client, chatUri, routerUri, literalUri;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'spendlens-lsp-obsmodel-'));
    cpSync(join(base, 'app'), dir, { recursive: true });
    client = new LspClient({ settings: { showMonthly: true } });
    await client.initialize(pathToFileURL(dir).href);
    chatUri = await client.open(dir, 'src/chat.ts');
    routerUri = await client.open(dir, 'src/router.ts');
    literalUri = await client.open(dir, 'src/literal.ts');
    await client.waitFor(() => client.totals.findLast(t => t.complete), 20000, 'index');
    const r = await client.request('spendlens/calibrate', { uri: pathToFileURL(dir).href, files: [join(base, 'usage/spans.jsonl')] });
    assert.equal(r.ok, true, r.error);
  });

  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('lens and hover label a model taken from observed usage', async () => {
    assert.match(lensAt(await client.lenses(chatUri), 7).command.title, /· gpt-4o-mini \(observed\) ·/);
    const md = await hoverAt(client, chatUri, 7);
    assert.match(md, /^\*\*Spendlens\*\* · `gpt-4o-mini` _\(model from observed usage: otlp, 8 d, n=5\)_/);
    assert.match(md, /model from observed usage: gpt-4o-mini \(otlp, 8 d, n=5\); the code does not show it/);
  });

  test('a mix shows every model with its share', async () => {
    assert.match(lensAt(await client.lenses(routerUri), 8).command.title, /· gpt-4o \+1 \(observed mix\) ·/);
    const md = await hoverAt(client, routerUri, 8);
    assert.match(md, /`gpt-4o` 75%, `openai\/gpt-4o-mini` 25% _\(model from observed usage: otlp, 8 d, n=4\)_/);
    assert.match(md, /priced as the observed mix, weighted by requests/);
  });

  test('the assume-model quick fix is offered on an observed model (an assumeModels entry wins over traffic)', async () => {
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: chatUri }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(actions.some(a => a.title === 'Assume another model than the observed one…'), actions.map(a => a.title).join('\n'));
  });

  test('a literal the traffic contradicts gets a diagnostic', async () => {
    await client.waitFor(() => client.diagnostics.get(literalUri)?.diagnostics.some(d => d.code === 'observed-model-differs'), 10000, 'observed-model-differs diagnostic');
    const d = client.diagnostics.get(literalUri).diagnostics.find(x => x.code === 'observed-model-differs');
    assert.match(d.message, /The code says gpt-4o, but the observed traffic ran gpt-4o-mini/);
    const report = await client.request('spendlens/workspaceReport', {});
    assert.equal(report.calls.find(c => c.file === 'src/chat.ts').modelSource, 'observed');
  });
});
