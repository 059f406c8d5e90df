// Opening a file that other files import, as it is on disk, changes nothing they read: the server re-analyses no
// dependant and sends no workspace/codeLens/refresh (a refresh restarts the editor's lens debounce in every visible
// editor, the file just opened included). An edit of it still refreshes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, repo } from './lsp-client.mjs';

test('opening an imported file unchanged sends no lens refresh; editing it does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-lsp-open-'));
  cpSync(join(repo, 'test/fixtures/server/open-unchanged'), dir, { recursive: true });
  const client = new LspClient();
  try {
    await client.initialize(pathToFileURL(dir).href);
    const chatUri = await client.open(dir, 'src/chat.ts');
    await client.waitFor(() => client.totals.findLast(t => t.complete), 20000, 'index');
    const inputBefore = (await client.request('spendlens/callDetails', { uri: chatUri, line: 7 })).call.inputTokens;
    const refreshes = client.lensRefreshes;
    const totals = client.totals.length;
    const promptsUri = await client.open(dir, 'src/prompts.ts');
    // The push after the open ends with a totals notification.
    await client.waitFor(() => client.totals.length > totals && client.diagnostics.has(promptsUri), 10000, 'the push of the opened file');
    assert.equal(client.lensRefreshes, refreshes, 'no lens refresh for a file opened as it is on disk');
    const text = readFileSync(join(dir, 'src/prompts.ts'), 'utf8').replace('one sentence.', 'one sentence, citing the help-center article that answers it and its section title.');
    await client.changeAll(promptsUri, text);
    await client.waitFor(() => client.lensRefreshes > refreshes, 10000, 'a lens refresh after the edit');
    const inputAfter = (await client.request('spendlens/callDetails', { uri: chatUri, line: 7 })).call.inputTokens;
    assert.ok(inputAfter > inputBefore, `the dependant's prompt grew: ${inputBefore} → ${inputAfter}`);
  } finally {
    await client.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
