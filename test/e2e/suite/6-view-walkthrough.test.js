// The activity-bar view, the walkthrough, the status bar's visibility and "Assume a model…" in the real VS Code.
// Runs last: it adds a file with an unresolved model to the workspace copy (and removes it at the end).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { activate, open, waitFor, lensTitles, waitForLenses, workspaceRoot, positionOf } = require('./helpers');

const AGENT = 'src/agent-config.ts';
const AGENT_TEXT = `import OpenAI from 'openai';

const client = new OpenAI();

function modelFor(config: { tier: string }): string {
  return config.tier === 'pro' ? process.env.PRO_MODEL! : process.env.BASIC_MODEL!;
}

export async function answer(config: { tier: string }, question: string) {
  const res = await client.chat.completions.create({
    model: modelFor(config),
    messages: [{ role: 'user', content: \`Answer briefly: \${question}\` }],
  });
  return res.choices[0].message.content;
}
`;

suite('[E] view, walkthrough, assumed models', () => {
  let api;
  suiteSetup(async () => { api = await activate(); });
  suiteTeardown(() => {
    const root = workspaceRoot().fsPath;
    fs.rmSync(path.join(root, AGENT), { force: true });
    fs.rmSync(path.join(root, '.spendlens', 'config.json'), { force: true });
  });

  test('the status bar shows the total once the workspace has calls', async () => {
    await waitFor('a visible status bar total', () => api.ctx.statusVisible && /\$[\d,.]+\/mo/.test(api.ctx.statusText));
  });

  test('LLM Calls view: files by monthly cost, a click opens the call; grouped by model on toggle', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.spendlens');
    const groups = await waitFor('groups in the LLM Calls view', async () => {
      await api.callsView.refresh();
      const g = api.callsView.getChildren();
      return g.length >= 3 ? g : false;
    });
    assert.deepEqual([...groups].sort((a, b) => b.monthly - a.monthly).map(g => g.label), groups.map(g => g.label), 'dearest first');
    for (const g of groups) assert.ok(fs.existsSync(path.join(workspaceRoot().fsPath, g.label)), `${g.label} is a workspace file`);
    const group = groups.find(g => g.label === 'src/support.ts');
    assert.ok(group, groups.map(g => g.label).join());
    const groupItem = api.callsView.getTreeItem(group);
    assert.match(groupItem.description, /^≈ \$[\d,.]+\/mo · \d+ calls?$/);
    const [first] = api.callsView.getChildren(group);
    const item = api.callsView.getTreeItem(first);
    assert.match(item.label, /^line \d+ · /);
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
    const editor = await waitFor('the call opened', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith('/src/support.ts') ? e : false;
    });
    assert.equal(editor.selection.active.line, first.call.line - 1);

    assert.equal(await vscode.commands.executeCommand('spendlens.toggleCallsGrouping'), 'model');
    const byModel = api.callsView.getChildren();
    assert.ok(byModel.some(g => g.label === 'claude-sonnet-4-5'), byModel.map(g => g.label).join());
    assert.match(api.callsView.getTreeItem(api.callsView.getChildren(byModel[0])[0]).label, /^src\/.+:\d+$|^app\/.+:\d+$/);
    assert.equal(await vscode.commands.executeCommand('spendlens.toggleCallsGrouping'), 'file');
  });

  test('the walkthrough opens in the Welcome editor', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'spendlens.spendlens#spendlens.start', false);
    const tab = await waitFor('the walkthrough tab', () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t && /welcome|get started|walkthrough/i.test(t.label) ? t : false;
    });
    assert.ok(!(tab.input instanceof vscode.TabInputText), 'not a text editor');
    const ext = vscode.extensions.getExtension('spendlens.spendlens');
    const steps = ext.packageJSON.contributes.walkthroughs[0].steps;
    for (const s of steps) assert.ok(fs.existsSync(path.join(ext.extensionPath, s.media.markdown)), s.media.markdown);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('an unresolved model: "Assume a model for this call…" from the quick fix, through the quick picks, prices it as assumed', async () => {
    fs.writeFileSync(path.join(workspaceRoot().fsPath, AGENT), AGENT_TEXT);
    const doc = await open(AGENT);
    const [title] = await waitForLenses(doc, 1);
    assert.match(title, /^⚠ model not resolved/);
    const at = positionOf(doc, 'chat.completions.create');
    const actions = await waitFor('the assume quick fix', async () => {
      const list = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value)) || [];
      return list.some(a => a.title === 'Assume a model for this call…') ? list : false;
    });
    assert.ok(actions.some(a => a.title === 'Assume a model for calls through modelFor()…'), actions.map(a => a.title).join(' | '));
    // The command with every argument skips the questions: every call whose model comes from modelFor(…).
    const line = at.line + 1;
    const all = await vscode.commands.executeCommand('spendlens.assumeModel', doc.uri.toString(), line, 'gpt-4o', 'function');
    assert.equal(all.key, 'modelFor()');
    await waitFor('the function-wide assumption in the lens', async () => (await lensTitles(doc)).some(t => t.includes('gpt-4o (assumed)') && /\$\d/.test(t)));

    // The quick fix's own command, answered the way a user does: Enter on the first model (the cheapest of the
    // vendor's), then Enter on "This call". The call's own key wins over the function's.
    const action = actions.find(a => a.title === 'Assume a model for this call…');
    const running = vscode.commands.executeCommand(action.command.command, ...action.command.arguments);
    for (let i = 0; i < 2; i++) {
      await new Promise(r => setTimeout(r, 1500));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const result = await running;
    assert.ok(result, 'the assumption was written');
    assert.equal(result.key, 'src/agent-config.ts#answer');
    const config = JSON.parse(fs.readFileSync(path.join(workspaceRoot().fsPath, '.spendlens', 'config.json'), 'utf8'));
    const model = config.assumeModels['src/agent-config.ts#answer'];
    assert.ok(model && model !== 'gpt-4o', JSON.stringify(config));
    assert.equal(config.assumeModels['modelFor()'], 'gpt-4o');
    await waitFor('the lens to show the call\'s assumed model', async () => (await lensTitles(doc)).some(t => t.includes(`${model} (assumed)`)));
  });
});
