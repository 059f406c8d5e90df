// Observed spend in the real editor: "Spendlens: Calibrate from Usage File…" reads an OTLP JSON spans file (written
// here, as the OpenTelemetry file exporter writes one), the CodeLens and the hover show the observed figures, and an
// edit of .spendlens/observed.json on disk reaches the lens through the file watcher.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { activate, open, positionOf, hoverText, waitFor } = require('./helpers');

const DAY_NS = 86400n * 1000000000n;
const T0 = 1777593600n * 1000000000n; // 2026-05-01T00:00:00Z

function spansFile() {
  const s = (key, v) => ({ key, value: { stringValue: v } });
  const i = (key, v) => ({ key, value: { intValue: String(v) } });
  const span = (n, day, input, output) => ({
    traceId: String(n).padStart(32, '0'), spanId: String(n).padStart(16, '0'), name: 'chat gpt-4o', kind: 3,
    startTimeUnixNano: String(T0 + BigInt(day) * DAY_NS), endTimeUnixNano: String(T0 + BigInt(day) * DAY_NS + 1000000n),
    attributes: [s('gen_ai.operation.name', 'chat'), s('gen_ai.provider.name', 'openai'), s('gen_ai.request.model', 'gpt-4o'),
      i('gen_ai.usage.input_tokens', input), i('gen_ai.usage.output_tokens', output),
      s('code.file.path', '/srv/app/src/support.ts'), i('code.line.number', 10), s('code.function.name', 'detectLanguage')],
  });
  const traces = { resourceSpans: [{ resource: { attributes: [s('service.name', 'support')] }, scopeSpans: [{ scope: { name: 'e2e' }, spans: [span(1, 0, 120, 2), span(2, 7, 130, 2), span(3, 14, 110, 2)] }] }] };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'spendlens-e2e-')), 'spans.jsonl');
  fs.writeFileSync(file, JSON.stringify(traces) + '\n');
  return file;
}

async function lensAt(doc, line) {
  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100)) || [];
  const lens = lenses.find(l => l.range.start.line === line - 1);
  return (lens && lens.command && lens.command.title) || '';
}

suite('[E] Observed spend', () => {
  suiteSetup(activate);

  const observedPath = () => path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, '.spendlens', 'observed.json');

  suiteTeardown(() => { try { fs.rmSync(observedPath()); } catch { /* not written */ } });

  test('Calibrate from Usage File… → the CodeLens and the hover show the observed figures', async () => {
    const doc = await open('src/support.ts');
    await waitFor('the lens on line 8', async () => /\$\d/.test(await lensAt(doc, 8)));
    const result = await vscode.commands.executeCommand('spendlens.calibrate', spansFile());
    assert.ok(result && result.ok, JSON.stringify(result));
    assert.strictEqual(result.sites, 1);
    const title = await waitFor('an observed lens', async () => { const t = await lensAt(doc, 8); return t.includes('◆ observed 14 d') ? t : false; });
    assert.match(title, /\/mo ◆ observed 14 d( ·|$)/);
    const at = positionOf(doc, 'chat.completions.create', 0, 'chat.completions.'.length);
    const md = await waitFor('an observed hover', async () => {
      const text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at));
      return /Observed/.test(text) ? text : false;
    });
    assert.match(md, /3 calls over 14 days · otlp · matched by code location \(file and line\)/);
    assert.match(md, /static estimate/);
    assert.match(md, /\| input tokens \| \d+ \| 120 \(p50 120, p90 130\) \| 120 \|/);
    assert.match(md, /calls\/month \| \| 6\.5 \| 6\.5 \(observed\)/);
    // The other call of the file saw no usage: no observed mark.
    assert.ok(!(await lensAt(doc, 20)).includes('observed'));
  });

  test('an edit of observed.json on disk reaches the lens through the file watcher', async () => {
    const doc = await open('src/support.ts');
    const o = JSON.parse(fs.readFileSync(observedPath(), 'utf8'));
    o.sites[0].days = 2;
    o.sites[0].callsPerMonth = 45.7;
    fs.writeFileSync(observedPath(), JSON.stringify(o, null, 2));
    await waitFor('the lens to show the new window', async () => (await lensAt(doc, 8)).includes('◆ observed 2 d'));
    fs.rmSync(observedPath());
    await waitFor('the lens without observed figures', async () => { const t = await lensAt(doc, 8); return /\$\d/.test(t) && !t.includes('observed'); });
  });
});
