const assert = require('assert');
const vscode = require('vscode');
const { activate, open, waitForLenses, lensTitles, waitFor, positionOf } = require('./helpers');

suite('[E] commands', () => {
  let api;
  suiteSetup(async () => { api = await activate(); });

  test('spendlens.refresh re-scans and the status bar shows a monthly total', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('spendlens.refresh'), true);
    const text = await waitFor('a $ total in the status bar', () => (/\$[\d,.]+\/mo/.test(api.ctx.statusText) ? api.ctx.statusText : false));
    assert.match(text, /≈ \$/);
    assert.ok(api.ctx.lastTotals && api.ctx.lastTotals.calls >= 5, `totals: ${JSON.stringify(api.ctx.lastTotals)}`);
  });

  test('spendlens.toggleCodeLens flips the setting; lenses go away and come back', async () => {
    const doc = await open('app/tagging.py');
    await waitForLenses(doc, 2);
    const setting = () => vscode.workspace.getConfiguration('spendlens').get('codeLens.enable');
    assert.strictEqual(setting(), true);
    assert.strictEqual(await vscode.commands.executeCommand('spendlens.toggleCodeLens'), false);
    assert.strictEqual(setting(), false);
    await waitFor('lenses to go away', async () => (await lensTitles(doc)).length === 0);
    assert.strictEqual(await vscode.commands.executeCommand('spendlens.toggleCodeLens'), true);
    assert.strictEqual(setting(), true);
    await waitForLenses(doc, 2);
  });

  test('spendlens.showCallDetails (the lens command) shows the call breakdown', async () => {
    const doc = await open('app/tagging.py');
    await waitForLenses(doc, 2);
    const line = positionOf(doc, 'claude.messages.create').line + 1;
    const markdown = await vscode.commands.executeCommand('spendlens.showCallDetails', doc.uri.toString(), line);
    assert.ok(typeof markdown === 'string' && markdown.includes('claude-sonnet-4-5'), `details: ${markdown}`);
    const shown = vscode.workspace.textDocuments.find(d => d.uri.scheme === 'spendlens-details');
    assert.ok(shown, 'no details document opened');
    assert.strictEqual(shown.getText(), markdown);
  });

  test('spendlens.showPanel opens the cost report', async () => {
    const result = await vscode.commands.executeCommand('spendlens.showPanel');
    assert.ok(result, 'showPanel returned nothing (error shown?)');
    const webviewTabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputWebview);
    await waitFor('a webview tab for the cost panel', () => webviewTabs().length > 0);
  });

  test('spendlens.openCatalog opens the bundled pricing catalog', async () => {
    const opened = await vscode.commands.executeCommand('spendlens.openCatalog');
    assert.ok(typeof opened === 'string' && opened.endsWith('catalog.json'), String(opened));
    assert.ok(vscode.window.activeTextEditor.document.uri.fsPath.endsWith('catalog.json'));
  });

  test('spendlens.restartServer restarts the server and lenses come back', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('spendlens.restartServer'), true);
    assert.ok(api.ctx.running);
    const doc = await open('src/support.ts');
    await waitForLenses(doc, 2);
  });

  test('a crashed server is restarted by the client and lenses come back', async () => {
    const before = api.ctx.languageClient;
    // vscode-languageclient keeps the ipc child process in a private field; killing it simulates a crash.
    const child = before._serverProcess;
    assert.ok(child && child.pid, 'no server process to kill');
    child.kill('SIGKILL');
    await waitFor('the client to notice the crash', () => !api.ctx.running, 30000);
    await waitFor('the client to restart the server', () => api.ctx.running && before._serverProcess && before._serverProcess.pid !== child.pid, 60000);
    const doc = await open('src/sentiment.ts');
    await waitForLenses(doc, 1);
  });

  test('settings reach the server through the client (workspace/configuration): callsPerMonth scales the monthly figure', async () => {
    const doc = await open('app/tagging.py');
    const monthly = titles => {
      const t = titles.find(x => x.includes('claude-sonnet-4-5'));
      const m = t && /\$([\d,.]+)\/mo/.exec(t);
      return m ? Number(m[1].replace(/,/g, '')) : undefined;
    };
    const base = monthly(await waitForLenses(doc, 2));
    assert.ok(base > 0, 'no monthly figure in the claude lens');
    const config = vscode.workspace.getConfiguration('spendlens');
    await config.update('callsPerMonth', 10000, vscode.ConfigurationTarget.Global);
    try {
      const scaled = await waitFor('the monthly figure to follow callsPerMonth', async () => {
        const m = monthly(await lensTitles(doc));
        return m !== undefined && Math.abs(m - base * 10) <= base * 0.05 + 0.01 ? m : false;
      }, 60000);
      assert.ok(scaled > base);
    } finally {
      await config.update('callsPerMonth', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the figure to come back', async () => monthly(await lensTitles(doc)) === base, 60000);
  });
});
