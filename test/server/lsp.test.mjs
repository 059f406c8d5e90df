// End to end over stdio against the BUILT server (run `npm run build` first): the fixture
// test/fixtures/lsp/basic (a TS file importing its model id from another file, unresolved and unknown
// models, a Python Anthropic call) is opened the way an editor does, and every feature is asked for.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, fixtureCopy, fileUri, repo, serverPath } from './lsp-client.mjs';

const expected = JSON.parse(readFileSync(join(repo, 'test/fixtures/lsp/basic/expected.json'), 'utf8'));
const dollars = title => Number(/\$([\d.,]+)\/call/.exec(title)?.[1].replace(/,/g, '') ?? NaN);
const lensAt = (lenses, line) => lenses.find(l => l.range.start.line === line - 1);

describe('language server over stdio (fixture lsp/basic)', () => {
  let fx, client, appUri, initResult;

  before(async () => {
    assert.ok(existsSync(serverPath), 'dist/server.js is missing: run npm run build first');
    fx = fixtureCopy('basic');
    client = new LspClient({ settings: { showMonthly: true } });
    initResult = await client.initialize(fx.uri);
    appUri = await client.open(fx.dir, 'src/app.ts');
  });

  after(async () => {
    await client?.dispose();
    fx?.dispose();
  });

  test('initialize negotiates incremental sync, lenses with resolve, hover, quick fixes, commands, folders', () => {
    const caps = initResult.capabilities;
    assert.equal(caps.textDocumentSync.change, 2);
    assert.equal(caps.textDocumentSync.openClose, true);
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: true });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix']);
    assert.ok(caps.executeCommandProvider.commands.includes('spendlens.server.applySuggestion'));
    assert.equal(caps.workspace.workspaceFolders.supported, true);
    assert.equal(initResult.serverInfo.name, 'spendlens');
  });

  test('the background index reports $/progress and pushes workspace totals', async () => {
    await client.waitFor(() => client.progress.some(p => p.kind === 'end'), 15000, 'progress end');
    assert.equal(client.progress[0].kind, 'begin');
    const totals = await client.waitFor(() => client.totals.findLast(t => t.complete && t.calls >= expected.reportCalls), 15000, 'totals');
    assert.ok(totals.monthly > 0, JSON.stringify(totals));
    assert.ok(totals.unknownModels >= 2, 'the unresolved and the unknown model count as unknown');
  });

  for (const [file, lenses] of Object.entries(expected.lenses)) {
    test(`codeLens + resolve on ${file}: one lens per call, titles as expected`, async () => {
      const uri = file === 'src/app.ts' ? appUri : await client.open(fx.dir, file);
      const titled = await client.request('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(titled.length, lenses.length, JSON.stringify(titled));
      assert.ok(titled.every(l => l.command && l.data && l.data.uri === uri), 'lenses arrive titled, with their data');
      // A client that sends a bare lens back (data, no command) gets it titled by resolve, identically.
      const resolved = await Promise.all(titled.map(({ command, ...bare }) => client.request('codeLens/resolve', bare)));
      assert.deepEqual(resolved.map(l => l.command), titled.map(l => l.command), 'resolve titles a bare lens as the provider did');
      for (const want of lenses) {
        const lens = lensAt(resolved, want.line);
        assert.ok(lens, `no lens on line ${want.line}: ${JSON.stringify(resolved.map(l => [l.range.start.line + 1, l.command.title]))}`);
        for (const part of want.contains) assert.ok(lens.command.title.includes(part), `"${lens.command.title}" lacks "${part}"`);
        assert.equal(lens.command.command, 'spendlens.showCallDetails');
        assert.deepEqual(lens.command.arguments, [uri, want.line]);
      }
    });
  }

  test('hover on a call shows the token breakdown, prices, volume and assumptions', async () => {
    const { file, line, contains } = expected.hover;
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(fx.dir, file) }, position: { line: line - 1, character: 12 } });
    assert.ok(hover, 'no hover');
    assert.equal(hover.contents.kind, 'markdown');
    for (const part of contains) assert.ok(hover.contents.value.includes(part), `hover lacks "${part}":\n${hover.contents.value}`);
    assert.equal(hover.range.start.line, line - 1);
    const outside = await client.request('textDocument/hover', { textDocument: { uri: appUri }, position: { line: 0, character: 0 } });
    assert.equal(outside, null, 'no hover outside calls');
  });

  test('diagnostics: findings published with source, code and a documentation link', async () => {
    const [file, want] = Object.entries(expected.diagnostics)[0];
    const uri = fileUri(fx.dir, file);
    const published = await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.length && client.diagnostics.get(uri), 10000, 'diagnostics');
    const onLine = published.diagnostics.filter(d => d.range.start.line === want.line - 1);
    for (const code of want.codes) {
      const d = onLine.find(x => x.code === code);
      assert.ok(d, `no ${code} on line ${want.line}: ${JSON.stringify(published.diagnostics.map(x => [x.range.start.line + 1, x.code]))}`);
      assert.equal(d.source, 'spendlens');
      assert.match(d.codeDescription.href, new RegExp(`#${code}$`));
      assert.ok([3, 4].includes(d.severity) || d.severity === 2, `severity ${d.severity}`);
    }
  });

  test('quick fix "Switch to …" edits the model literal in the file that defines it, inside its quotes', async () => {
    const { file, line, editFile, editLine, from } = expected.quickFix;
    const uri = fileUri(fx.dir, file);
    const diagnostics = client.diagnostics.get(uri)?.diagnostics ?? [];
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: line - 1, character: 4 }, end: { line: line - 1, character: 4 } }, context: { diagnostics },
    });
    const fix = actions.find(a => a.title.startsWith('Switch to '));
    assert.ok(fix, `no switch action: ${JSON.stringify(actions.map(a => a.title))}`);
    assert.match(fix.title, /^Switch to (\S+) \(−\d+%\): (Likely fine on \1: .+ Verify before switching\.|\1: a newer .+)$/);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const change = fix.edit.documentChanges[0];
    assert.equal(change.textDocument.uri, fileUri(fx.dir, editFile));
    assert.equal(change.textDocument.version, null, 'the other file is not open: unversioned edit');
    const edit = change.edits[0];
    assert.equal(edit.range.start.line, editLine - 1);
    const lineText = readFileSync(join(fx.dir, editFile), 'utf8').split('\n')[editLine - 1];
    assert.equal(lineText.slice(edit.range.start.character, edit.range.end.character), from, 'replaces exactly the id, quotes kept');
    assert.ok(fix.title.includes(edit.newText));
    assert.ok(actions.some(a => a.command?.command === 'spendlens.showAlternatives'), 'the alternatives command is offered too');
  });

  test('an unknown model id gets "Change to <nearest>" fixes on its literal', async () => {
    const { file, line, title, newText } = expected.unknownModelFix;
    const uri = fileUri(fx.dir, file);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: line - 1, character: 4 }, end: { line: line - 1, character: 4 } }, context: { diagnostics: [] },
    });
    const fix = actions.find(a => a.title === title);
    assert.ok(fix, JSON.stringify(actions.map(a => a.title)));
    const edit = fix.edit.documentChanges[0].edits[0];
    assert.equal(edit.newText, newText);
    assert.equal(edit.range.start.line, line, 'the literal sits on the line after the call start');
  });

  test('spendlens/workspaceReport returns every call of the folder, sorted, with totals', async () => {
    const report = await client.request('spendlens/workspaceReport', {});
    assert.equal(report.tool, 'spendlens');
    assert.equal(report.calls.length, expected.reportCalls);
    assert.ok(report.calls.some(c => c.file === 'py/agent.py'));
    assert.ok(report.catalog.models > 100);
    assert.equal(report.totals.calls, expected.reportCalls);
  });

  test('spendlens/callDetails, alternatives and applySuggestion for a call named by uri + line', async () => {
    const { file, line } = expected.quickFix;
    const uri = fileUri(fx.dir, file);
    const details = await client.request('spendlens/callDetails', { uri, line });
    assert.equal(details.call.line, line);
    assert.ok(details.markdown.includes('**input**'));
    assert.equal(details.range.start.line, line - 1);
    const alternatives = await client.request('spendlens/alternatives', { uri, line });
    assert.ok(alternatives.length > 0, 'a gpt-4o call has cheaper alternatives');
    assert.ok(alternatives.every(a => a.costPerCall < details.call.costPerCall));
    const picked = alternatives[alternatives.length - 1].model;
    const applied = await client.request('spendlens/applySuggestion', { uri, line, model: picked });
    assert.equal(applied.edit.documentChanges[0].edits[0].newText, picked);
    assert.match(applied.label, new RegExp(`^Switch to ${picked.replace(/[.]/g, '\\.')}`));
    assert.equal(await client.request('spendlens/callDetails', { uri, line: 3 }), null, 'no call on that line');
  });

  test('didChange: switching a literal to a cheaper model lowers that lens at once', async () => {
    const text = readFileSync(join(fx.dir, 'src/app.ts'), 'utf8');
    const before = lensAt(await client.lenses(appUri), 17).command.title;
    const lineIndex = 17;  // 0-based line of `model: "gpt-4o",` in classify (line 18)
    const col = text.split('\n')[lineIndex].indexOf('gpt-4o');
    await client.edit(appUri, { start: { line: lineIndex, character: col }, end: { line: lineIndex, character: col + 6 } }, 'gpt-4o-mini');
    const after = lensAt(await client.lenses(appUri), 17).command.title;
    assert.ok(after.includes('gpt-4o-mini'), after);
    assert.ok(dollars(after) < dollars(before), `${after} is not cheaper than ${before}`);
    await client.changeAll(appUri, text);
    assert.equal(lensAt(await client.lenses(appUri), 17).command.title, before, 'back to the original text, back to the original lens');
  });

  test('editing an imported constant re-analyses the importer: lens refresh + new lens', async () => {
    const modelsUri = await client.open(fx.dir, 'src/models.ts');
    const original = readFileSync(join(fx.dir, 'src/models.ts'), 'utf8');
    const refreshes = client.lensRefreshes;
    await client.changeAll(modelsUri, original.replace("'gpt-4o'", "'gpt-4o-mini'"));
    await client.waitFor(() => client.lensRefreshes > refreshes, 5000, 'workspace/codeLens/refresh');
    assert.ok(lensAt(await client.lenses(appUri), 7).command.title.includes('gpt-4o-mini'));
    await client.changeAll(modelsUri, original);
    await client.close(modelsUri);
  });

  test('spendlens/setCallsPerMonth writes .spendlens/usage.json and the lens shows the new monthly cost', async () => {
    const line = 17;
    const result = await client.request('spendlens/setCallsPerMonth', { uri: appUri, line, callsPerMonth: 250000 });
    assert.equal(result.key, 'src/app.ts#classify');
    const saved = JSON.parse(readFileSync(join(fx.dir, '.spendlens/usage.json'), 'utf8'));
    assert.equal(saved.callsPerMonth['src/app.ts#classify'], 250000);
    const details = await client.request('spendlens/callDetails', { uri: appUri, line });
    assert.equal(details.call.callsPerMonth, 250000);
    assert.match(details.call.callsPerMonthSource, /usage\.json/);
    const title = lensAt(await client.lenses(appUri), line).command.title;
    // The monthly figure, then the advisor's hypothesis when the call has one.
    assert.match(title, /\$[\d.,]+\/mo( · 💡 .+\?)?$/, title);
  });

  test('the server-side command applies the switch through workspace/applyEdit', async () => {
    let applied = null;
    client.conn.onRequest('workspace/applyEdit', params => { applied = params; return { applied: true }; });
    await client.request('workspace/executeCommand', { command: 'spendlens.server.applySuggestion', arguments: [appUri, 17, 'gpt-4o-mini'] });
    assert.ok(applied, 'no applyEdit');
    assert.equal(applied.edit.documentChanges[0].textDocument.uri, appUri);
    assert.equal(applied.edit.documentChanges[0].textDocument.version, client.versions.get(appUri), 'the open document is edited at its version');
    assert.equal(applied.edit.documentChanges[0].edits[0].newText, 'gpt-4o-mini');
  });

  test('closing a document clears its diagnostics', async () => {
    await client.close(appUri);
    await client.waitFor(() => client.diagnostics.get(appUri)?.diagnostics.length === 0, 5000, 'cleared diagnostics');
    assert.equal(client.stderr, '', 'nothing written to stderr');
  });
});
