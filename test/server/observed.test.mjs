// Observed spend in the language server: spendlens/calibrate writes observed.json and the lenses and hovers show the
// observed figures; a change to observed.json on disk (the watcher) is picked up live; a bad file names itself.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, fileUri, repo } from './lsp-client.mjs';

const fixtures = join(repo, 'test/fixtures/observed');
const lensAt = (lenses, line) => lenses.find(l => l.range.start.line === line - 1);

describe('observed spend over LSP', () => {
  let dir, client, replyUri;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'spendlens-lsp-observed-'));
    cpSync(join(fixtures, 'app'), dir, { recursive: true });
    client = new LspClient({ settings: { showMonthly: true } });
    await client.initialize(pathToFileURL(dir).href);
    replyUri = await client.open(dir, 'src/lib/reply.ts');
    await client.waitFor(() => client.totals.findLast(t => t.complete), 20000, 'index');
  });

  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('before calibration the lens carries no observed mark', async () => {
    const title = lensAt(await client.lenses(replyUri), 7).command.title;
    assert.ok(!title.includes('observed'), title);
  });

  test('spendlens/calibrate with a malformed file fails naming the file and line, writing nothing', async () => {
    const bad = join(fixtures, 'malformed/spans.jsonl');
    const r = await client.request('spendlens/calibrate', { uri: pathToFileURL(dir).href, files: [bad] });
    assert.equal(r.ok, false);
    assert.match(r.error, /spans\.jsonl:3: invalid JSON/);
    assert.throws(() => readFileSync(join(dir, '.spendlens/observed.json')));
  });

  test('spendlens/calibrate writes observed.json; lens, hover and report show the observed figures', async () => {
    const r = await client.request('spendlens/calibrate', { uri: pathToFileURL(dir).href, files: [join(fixtures, 'otlp-stable/spans.jsonl')] });
    assert.equal(r.ok, true, r.error);
    assert.equal(r.sites, 5);
    assert.equal(r.unmatched, 1);
    assert.match(r.summary, /code location \(file \+ line\)\s+4\s+4\s+1/);
    const title = lensAt(await client.lenses(replyUri), 7).command.title;
    assert.match(title, /\/mo ◆ observed 14 d( ·|$)/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: replyUri }, position: { line: 6, character: 20 } });
    const md = hover.contents.value;
    assert.match(md, /\*\*Observed\*\* 4 calls over 14 days · otlp · matched by code location \(file and line\)/);
    assert.match(md, /\| input tokens \| \d+ \| 850 \(p50 800, p90 1,000\) \| 850 \|/);
    assert.match(md, /\| calls\/month \| \| 8\.7 \| 8\.7 \(observed\) \|/);
    const report = await client.request('spendlens/workspaceReport', {});
    assert.equal(report.observed.unmatched[0].model, 'gpt-5-mystery');
    const tagger = report.calls.find(c => c.file === 'src/workers/tagger.ts');
    assert.equal(tagger.callsPerMonthSource, 'observed-spread');
    const taggerUri = await client.open(dir, 'src/workers/tagger.ts');
    assert.match(lensAt(await client.lenses(taggerUri), 6).command.title, /◇ observed, spread 14 d( ·|$)/);
  });

  test('a change to observed.json on disk is picked up through the file watcher', async () => {
    const path = join(dir, '.spendlens/observed.json');
    const o = JSON.parse(readFileSync(path, 'utf8'));
    const site = o.sites.find(s => s.file === 'src/lib/reply.ts');
    site.days = 3; site.callsPerMonth = 40.6;
    writeFileSync(path, JSON.stringify(o));
    const refreshes = client.lensRefreshes;
    await client.notifyServer('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, '.spendlens/observed.json'), type: 2 }] });
    await client.waitFor(() => client.lensRefreshes > refreshes, 10000, 'lens refresh after observed.json changed');
    const title = lensAt(await client.lenses(replyUri), 7).command.title;
    assert.match(title, /◆ observed 3 d( ·|$)/);
    const details = await client.request('spendlens/callDetails', { uri: replyUri, line: 7 });
    assert.equal(details.call.callsPerMonth, 40.6);
  });
});
