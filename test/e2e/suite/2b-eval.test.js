// "Generate comparison eval…" in the real VS Code: the quick fix next to "Switch to …" and the palette command write
// promptfooconfig.yaml / prompt.json / tests.csv for the call into spendlens-eval/<file>-<line>/ and open the YAML.
// (Named 2b so it runs before the quick-fix suite switches the fixture's models.)
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { activate, open, waitForLenses, positionOf, waitFor, workspaceRoot } = require('./helpers');

const EVAL_TITLE = 'Generate comparison eval…';

async function actionsAt(doc, needle) {
  const at = positionOf(doc, needle, 0, needle.length - 1);
  return waitFor('the quick fixes of the call', async () => {
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value, 10)) || [];
    return actions.some(a => a.title === EVAL_TITLE) ? actions : false;
  });
}

suite('[E] comparison eval', () => {
  suiteSetup(activate);
  const written = [];
  suiteTeardown(() => { for (const d of written) fs.rmSync(d, { recursive: true, force: true }); });

  test('the quick fix sits next to "Switch to …" and writes the eval of the call, YAML opened', async () => {
    const doc = await open('src/support.ts');
    await waitForLenses(doc, 2);
    const actions = await actionsAt(doc, 'chat.completions.create');
    const titles = actions.map(a => a.title);
    const sw = titles.findIndex(t => /^Switch to /.test(t));
    assert.ok(sw >= 0, JSON.stringify(titles));
    assert.strictEqual(titles[sw + 1], EVAL_TITLE, `expected the eval right after "Switch to": ${JSON.stringify(titles)}`);
    const target = /^Switch to (\S+)/.exec(titles[sw])[1];
    const action = actions[sw + 1];
    assert.strictEqual(action.command.command, 'spendlens.generateEval');

    const dir = await vscode.commands.executeCommand(action.command.command, ...action.command.arguments);
    assert.ok(typeof dir === 'string', `the command returned ${dir}`);
    written.push(dir);
    const line = positionOf(doc, 'openai.chat.completions.create').line + 1;
    assert.strictEqual(path.relative(workspaceRoot().fsPath, dir).split(path.sep).join('/'), `spendlens-eval/support-ts-${line}`);

    const yaml = fs.readFileSync(path.join(dir, 'promptfooconfig.yaml'), 'utf8');
    assert.match(yaml, /^  - id: openai:chat:gpt-4o$/m);
    assert.ok(yaml.includes(`  - id: openai:chat:${target}\n`), `candidate ${target} missing:\n${yaml}`);
    assert.strictEqual((yaml.match(/^      max_tokens: 3$/gm) || []).length, 2, 'both providers keep max_tokens 3');
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'prompt.json'), 'utf8')), [
      { role: 'system', content: 'Detect the language of the text. Reply with only the ISO 639-1 code, e.g. en.' },
      { role: 'user', content: '{{text}}' },
    ]);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'tests.csv'), 'utf8').split('\n')[0], '__description,text,current_output');
    await waitFor('the YAML to be the active editor', async () =>
      vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.fsPath === path.join(dir, 'promptfooconfig.yaml'));

    // Run again after the user filled tests.csv: the config is rewritten, their tests are kept.
    fs.writeFileSync(path.join(dir, 'tests.csv'), '__description,text,current_output\nmine,Bonjour,fr\n');
    fs.writeFileSync(path.join(dir, 'promptfooconfig.yaml'), 'stale');
    await vscode.commands.executeCommand(action.command.command, ...action.command.arguments);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'tests.csv'), 'utf8'), '__description,text,current_output\nmine,Bonjour,fr\n');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'promptfooconfig.yaml'), 'utf8'), yaml);
  });

  test('from the palette, on the call under the cursor (Python)', async () => {
    const doc = await open('app/tagging.py');
    await waitForLenses(doc, 2);
    const at = positionOf(doc, 'client.chat.completions.create', 0, 8);
    vscode.window.activeTextEditor.selection = new vscode.Selection(at, at);
    const dir = await vscode.commands.executeCommand('spendlens.generateEval');
    assert.ok(typeof dir === 'string', `the command returned ${dir}`);
    written.push(dir);
    const prompt = JSON.parse(fs.readFileSync(path.join(dir, 'prompt.json'), 'utf8'));
    assert.deepStrictEqual(prompt.map(m => m.role), ['system', 'user']);
    assert.strictEqual(prompt[1].content, '{{title}}');
    assert.match(fs.readFileSync(path.join(dir, 'promptfooconfig.yaml'), 'utf8'), /^  - id: openai:chat:gpt-4o$/m);
  });

  test('on a line with no call it writes nothing', async () => {
    const doc = await open('app/tagging.py');
    const at = positionOf(doc, 'claude = anthropic.Anthropic()');
    vscode.window.activeTextEditor.selection = new vscode.Selection(at, at);
    const before = fs.existsSync(path.join(workspaceRoot().fsPath, 'spendlens-eval')) ? fs.readdirSync(path.join(workspaceRoot().fsPath, 'spendlens-eval')).length : 0;
    assert.strictEqual(await vscode.commands.executeCommand('spendlens.generateEval'), undefined);
    assert.strictEqual(fs.readdirSync(path.join(workspaceRoot().fsPath, 'spendlens-eval')).length, before);
  });
});
