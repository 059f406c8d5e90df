const assert = require('assert');
const vscode = require('vscode');
const { activate, open, waitForLenses, positionOf, waitFor, amountIn, lensTitles } = require('./helpers');

/** The "Switch to …" quick fixes offered on the call that contains `needle`. */
async function switchActions(doc, needle) {
  const at = positionOf(doc, needle, 0, needle.length - 1);
  const range = new vscode.Range(at, at);
  return waitFor('a "Switch to" quick fix', async () => {
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value, 10)) || [];
    const found = actions.filter(a => /^Switch to /.test(a.title));
    return found.length ? found : false;
  });
}

suite('[E] quick fixes', () => {
  suiteSetup(activate);

  test('"Switch to …" on a literal model edits the literal in place and lowers the price', async () => {
    const doc = await open('src/support.ts');
    const before = (await waitForLenses(doc, 2)).find(t => t.includes('gpt-4o'));
    const [action] = await switchActions(doc, 'chat.completions.create');
    assert.ok(action.edit, 'the quick fix carries no WorkspaceEdit');
    const target = /^Switch to (\S+)/.exec(action.title)[1];
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.ok(doc.getText().includes(`model: '${target}'`), `literal not switched to '${target}' (quotes kept)`);
    const after = await waitFor('the lens to show the new model', async () => {
      const t = (await lensTitles(doc)).find(x => x.includes(target));
      return t && /\$\d/.test(t) ? t : false;
    });
    assert.ok(amountIn(after) < amountIn(before), `price did not drop: ${before} -> ${after}`);
  });

  test('"Switch to …" on an imported constant edits the file that defines it', async () => {
    const doc = await open('src/sentiment.ts');
    await waitForLenses(doc, 1);
    const [action] = await switchActions(doc, 'chat.completions.create');
    const uris = action.edit.entries().map(([uri]) => uri.path);
    assert.ok(uris.length === 1 && uris[0].endsWith('/src/models.ts'), `edit targets ${JSON.stringify(uris)}`);
    const target = /^Switch to (\S+)/.exec(action.title)[1];
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const models = await vscode.workspace.openTextDocument(action.edit.entries()[0][0]);
    assert.match(models.getText(), new RegExp(`SENTIMENT_MODEL = '${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`));
    assert.ok(!doc.isDirty, 'the calling file should not be edited');
    await waitFor('the dependent lens to follow the constant', async () => (await lensTitles(doc)).some(t => t.includes(target)));
  });

  test('spendlens.showAlternatives: picking an alternative switches the model (Python)', async () => {
    const doc = await open('app/tagging.py');
    await waitForLenses(doc, 2);
    const line = positionOf(doc, 'client.chat.completions.create').line + 1;
    let done = false;
    const picked = vscode.commands.executeCommand('spendlens.showAlternatives', doc.uri.toString(), line).finally(() => { done = true; });
    // The quick pick has no handle in the API: accept its first (best) item once it shows.
    for (let i = 0; i < 50 && !done; i++) {
      await new Promise(r => setTimeout(r, 300));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const model = await picked;
    assert.ok(typeof model === 'string' && model !== 'gpt-4o', `picked: ${model}`);
    assert.ok(doc.getText().includes(`model="${model}"`), `the Python literal was not switched to "${model}" (double quotes kept)`);
  });
});
