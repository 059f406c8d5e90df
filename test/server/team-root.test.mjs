// A workspace folder inside a repository uses the team files at the repository's root, as the CLI does: the fixture
// test/fixtures/cli/monorepo (`.spendlens/` at the top, volumes and excludes keyed from there) is opened at
// packages/api, over stdio against the built server.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, fileUri, repo } from './lsp-client.mjs';

const monthly = title => Number(/\$([\d.,]+)\/mo/.exec(title)?.[1].replace(/,/g, '') ?? NaN);

describe('team files at the repository root, for a folder opened inside it', () => {
  let dir, api, client, chatUri;
  const rootUsage = () => join(dir, '.spendlens/usage.json');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'spendlens-lsp-teamroot-'));
    cpSync(join(repo, 'test/fixtures/cli/monorepo'), dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    // A team price for gpt-4o at the root too: $100 / $200 per 1M tokens.
    writeFileSync(join(dir, '.spendlens/pricing.json'), JSON.stringify({ models: [{ id: 'gpt-4o', provider: 'openai', mode: 'chat', input: 100, output: 200 }] }));
    api = join(dir, 'packages/api');
    client = new LspClient({ settings: { showMonthly: true } });
    client.capabilities.workspace.didChangeWatchedFiles.relativePatternSupport = true;
    client.registrations = [];
    client.conn.onRequest('client/registerCapability', p => { client.registrations.push(...p.registrations); return null; });
    await client.initialize(pathToFileURL(api).href);
    chatUri = await client.open(api, 'src/chat.ts');
  });

  after(async () => {
    await client?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the root\'s usage.json, config.json excludes and pricing.json apply to the folder', async () => {
    const totals = await client.waitFor(() => client.totals.findLast(t => t.complete), 20000, 'totals');
    assert.equal(totals.calls, 1, 'src/legacy/** and *.draft.ts are excluded by the root config, rebased onto the folder');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: chatUri }, position: { line: 5, character: 35 } });
    assert.ok(hover, 'no hover');
    assert.match(hover.contents.value, /50,000 calls\/month \(\.spendlens\/usage\.json \("packages\/api\/src\/chat\.ts#answer"\)\)/, 'the key as the root file spells it');
    assert.match(hover.contents.value, /\$100(\.00)? \/ 1M in/, 'the root pricing.json layer');
    const [lens] = await client.lenses(chatUri);
    assert.doesNotMatch(lens.command.title, /\/mo\*/, 'not the default volume');
  });

  test('spendlens/teamFiles names the root\'s files for the folder (Open Volumes File opens that one)', async () => {
    const files = await client.request('spendlens/teamFiles', { uri: pathToFileURL(api).href });
    assert.deepEqual(files, { usageFile: rootUsage(), configFile: join(dir, '.spendlens/config.json') });
    assert.equal(await client.request('spendlens/teamFiles', { uri: pathToFileURL(tmpdir()).href }), null, 'no folder there');
  });

  test('editing a volume writes the root usage.json with the key spelled from there, and creates no .spendlens/ in the folder', async () => {
    const r = await client.request('spendlens/setCallsPerMonth', { uri: chatUri, line: 6, callsPerMonth: 1234 });
    assert.ok(r, 'no answer');
    assert.equal(r.usageFile, rootUsage());
    assert.equal(r.key, 'packages/api/src/chat.ts#answer');
    assert.equal(JSON.parse(readFileSync(rootUsage(), 'utf8')).callsPerMonth['packages/api/src/chat.ts#answer'], 1234);
    assert.equal(existsSync(join(api, '.spendlens')), false);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: chatUri }, position: { line: 5, character: 35 } });
    assert.match(hover.contents.value, /1,234 calls\/month/);
  });

  test('the root\'s .spendlens/ is watched, and a change there re-prices the folder', async () => {
    assert.ok(client.registrations.some(r => r.method === 'workspace/didChangeWatchedFiles'
      && r.registerOptions.watchers.some(w => w.globPattern.baseUri === pathToFileURL(dir).href && w.globPattern.pattern === '.spendlens/*.json')),
      JSON.stringify(client.registrations));
    writeFileSync(rootUsage(), JSON.stringify({ callsPerMonth: { 'packages/api/src/chat.ts#answer': 7 } }));
    const before = client.totals.length;
    await client.notifyServer('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, '.spendlens/usage.json'), type: 2 }] });
    await client.waitFor(() => client.totals.length > before && client.totals.at(-1).complete, 20000, 'totals after the change');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: chatUri }, position: { line: 5, character: 35 } });
    assert.match(hover.contents.value, /\b7 calls\/month/);
  });

  test('a root usage.json key that matches no call is flagged in the root file, as written there', async () => {
    writeFileSync(rootUsage(), '{\n  "callsPerMonth": {\n    "packages/api/src/chat.ts#answr": 7\n  }\n}\n');
    await client.notifyServer('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, '.spendlens/usage.json'), type: 2 }] });
    const published = await client.waitFor(() => client.diagnostics.get(fileUri(dir, '.spendlens/usage.json'))?.diagnostics.length && client.diagnostics.get(fileUri(dir, '.spendlens/usage.json')), 20000, 'unmatched-key diagnostics');
    const [d] = published.diagnostics;
    assert.equal(d.code, 'unmatched-key');
    assert.deepEqual(d.range.start, { line: 2, character: 4 }, 'on the key itself');
    assert.match(d.message, /"packages\/api\/src\/chat\.ts#answr" matches no call — nearest: "packages\/api\/src\/chat\.ts#answer"/);
  });
});
