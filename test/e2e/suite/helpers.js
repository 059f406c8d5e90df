// Small helpers for the extension-host tests: open fixture files, poll VS Code's provider commands until the
// language server has answered (no fixed sleeps), find a call's position by its text.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'spendlens.spendlens';

function workspaceRoot() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'the e2e workspace folder is not open');
  return folder.uri;
}

function fileUri(rel) {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

async function activate() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Polls `probe` until it returns a truthy value; fails with the last value seen. */
async function waitFor(what, probe, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise(r => setTimeout(r, 200));
  }
  assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

async function lensTitles(doc) {
  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100)) || [];
  return lenses.map(l => (l.command && l.command.title) || '');
}

/** Waits until the document has `count` lenses that all show an amount or a warning. */
async function waitForLenses(doc, count) {
  return waitFor(`${count} priced lenses in ${path.basename(doc.uri.path)}`, async () => {
    const titles = await lensTitles(doc);
    return titles.length >= count && titles.every(t => /\$|⚠/.test(t)) ? titles : false;
  }, 180000);   // the first file waits for the server's cold start (tokenizer, parsers, catalog)
}

/** The position of the n-th occurrence of `needle` in the document (on its first character + offset). */
function positionOf(doc, needle, nth = 0, offset = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) not in ${doc.uri.path}`);
  }
  return doc.positionAt(at + offset);
}

function hoverText(hovers) {
  return (hovers || []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Parses the first `$1.23` / `$0.0042` amount in a lens title. */
function amountIn(title) {
  const m = /\$([\d,]+(?:\.\d+)?)/.exec(title);
  assert.ok(m, `no $ amount in "${title}"`);
  return Number(m[1].replace(/,/g, ''));
}

module.exports = { EXTENSION_ID, workspaceRoot, fileUri, activate, open, waitFor, lensTitles, waitForLenses, positionOf, hoverText, amountIn };
