// The background index must not starve requests: on a folder of 150 files with LLM calls, a lens
// request sent once the index has begun is answered before the index reports its end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, fixtureCopy, serverPath } from './lsp-client.mjs';

test('requests are served while the folder is being indexed', async () => {
  assert.ok(existsSync(serverPath), 'dist/server.js is missing: run npm run build first');
  const fx = fixtureCopy('basic');
  const app = readFileSync(join(fx.dir, 'src/app.ts'), 'utf8').replace("'./models'", "'../src/models'");
  // No Python here: loading its parser is a real await that would hand the loop over anyway.
  rmSync(join(fx.dir, 'py'), { recursive: true });
  mkdirSync(join(fx.dir, 'generated'));
  for (let i = 0; i < 150; i++) writeFileSync(join(fx.dir, 'generated', `f${i}.ts`), app);
  const client = new LspClient();
  try {
    await client.initialize(fx.uri);
    const uri = await client.open(fx.dir, 'src/app.ts');
    await client.waitFor(() => client.progress.some(p => p.kind === 'begin'), 30000, 'index begin');
    const lenses = await client.lenses(uri);
    const endedBefore = client.progress.some(p => p.kind === 'end');
    assert.equal(lenses.length, 4);
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 120000, 'index end');
    assert.equal(endedBefore, false, 'the lens waited for the whole index');
    const reports = client.progress.filter(p => p.kind === 'report');
    assert.ok(reports.length >= 2 && reports.length <= 101, `${reports.length} progress reports`);
    const report = await client.request('spendlens/workspaceReport', {});
    assert.equal(report.totals.calls, 4 + 150 * 4);
  } finally {
    await client.dispose();
    fx.dispose();
  }
});
