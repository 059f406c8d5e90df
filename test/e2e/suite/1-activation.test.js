const assert = require('assert');
const vscode = require('vscode');
const { activate, EXTENSION_ID } = require('./helpers');

const COMMANDS = ['spendlens.showPanel', 'spendlens.refresh', 'spendlens.toggleCodeLens', 'spendlens.showAlternatives',
  'spendlens.showCallDetails', 'spendlens.openCatalog', 'spendlens.updateCatalog', 'spendlens.restartServer', 'spendlens.generateEval', 'spendlens.calibrate'];
// The editor-side additions of #19/#20: assumed models, the log channel, the calls view, the volumes file.
COMMANDS.push('spendlens.assumeModel', 'spendlens.showOutput', 'spendlens.toggleCallsGrouping', 'spendlens.openUsageFile');

suite('[E] activation', () => {
  test('the extension activates and its language server starts', async () => {
    const api = await activate();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID).isActive);
    assert.ok(api.ctx.running, 'language client is not running');
  });

  test('every contributed command is registered and has the Spendlens category', async () => {
    const registered = await vscode.commands.getCommands(true);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
    const contributed = manifest.contributes.commands;
    assert.deepStrictEqual(contributed.map(c => c.command).sort(), [...COMMANDS].sort());
    for (const c of contributed) {
      assert.ok(registered.includes(c.command), `${c.command} not registered`);
      assert.strictEqual(c.category, 'Spendlens', `${c.command} has no category`);
    }
  });
});
