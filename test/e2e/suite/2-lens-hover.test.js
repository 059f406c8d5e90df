const assert = require('assert');
const vscode = require('vscode');
const { activate, open, waitForLenses, positionOf, hoverText, waitFor } = require('./helpers');

suite('[E] CodeLens and hover', () => {
  suiteSetup(activate);

  test('TypeScript: a priced lens above each call, with the model', async () => {
    const doc = await open('src/support.ts');
    const titles = await waitForLenses(doc, 2);
    assert.strictEqual(titles.length, 2, JSON.stringify(titles));
    assert.ok(titles.some(t => /\$\d/.test(t) && t.includes('gpt-4o')), `no gpt-4o price in ${JSON.stringify(titles)}`);
    assert.ok(titles.some(t => /\$\d/.test(t) && t.includes('claude-sonnet-4-5')), `no claude price in ${JSON.stringify(titles)}`);
  });

  test('Python: a priced lens above each call, with the model', async () => {
    const doc = await open('app/tagging.py');
    const titles = await waitForLenses(doc, 2);
    assert.strictEqual(titles.length, 2, JSON.stringify(titles));
    assert.ok(titles.some(t => t.includes('gpt-4o')), JSON.stringify(titles));
    assert.ok(titles.some(t => t.includes('claude-sonnet-4-5')), JSON.stringify(titles));
  });

  test('a model imported from another file is resolved in the lens', async () => {
    const doc = await open('src/sentiment.ts');
    const titles = await waitForLenses(doc, 1);
    assert.ok(titles[0].includes('gpt-4o') && /\$\d/.test(titles[0]), JSON.stringify(titles));
  });

  test('hover on a call shows the token breakdown and the price', async () => {
    const doc = await open('src/support.ts');
    await waitForLenses(doc, 2);
    const at = positionOf(doc, 'chat.completions.create', 0, 'chat.completions.'.length);
    const text = await waitFor('a Spendlens hover', async () => {
      const md = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at));
      return /gpt-4o/.test(md) && /\$\d/.test(md) ? md : false;
    });
    assert.match(text, /system/i, 'no system prompt row in the hover');
    assert.match(text, /token/i, 'no token counts in the hover');
    assert.match(text, /output/i, 'no output estimate in the hover');
  });
});
