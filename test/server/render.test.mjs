// The server's pure renderers on hand-made PricedCalls: money/token formatting, lens titles, hover
// Markdown, the model-switch edit (other file, quotes kept), usage.json keys and writes.
// src/server has no test bundle, so the modules are bundled here with esbuild.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = mkdtempSync(join(tmpdir(), 'spendlens-render-'));
const outfile = join(outDir, 'render.cjs');
await esbuild.build({
  stdin: {
    contents: ['format', 'codeLens', 'hover', 'codeActions', 'usage', 'assume', 'calls', 'diagnostics'].map(m => `export * from './src/server/${m}';`).join('\n'),
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', external: ['vscode'],
});
const r = createRequire(import.meta.url)(outfile);
rmSync(outDir, { recursive: true, force: true });
const { TextDocument } = createRequire(import.meta.url)('vscode-languageserver-textdocument');

/** A priced call with every field; override what a test is about. */
function call(over = {}) {
  return {
    file: 'src/app.ts', line: 3, column: 1, start: 20, end: 60, language: 'typescript', provider: 'openai', vendor: 'openai',
    api: 'chat.completions.create', kind: 'chat', model: 'gpt-4o', catalogModel: 'gpt-4o', modelSource: 'literal',
    modelDefinedAt: null, promptSource: ['literal'], inputTokens: 1234, inputTokensExact: true,
    inputBreakdown: [{ role: 'system', tokens: 200, placeholders: 0, source: 'literal' }, { role: 'user', tokens: 1034, placeholders: 0, source: 'template' }],
    outputTokens: 300, outputTokensSource: 'default 400 for chat, no cap', streaming: false, inLoop: false,
    costPerCall: 0.0042, inputPricePerM: 2.5, outputPricePerM: 10, callsPerMonth: 1000, callsPerMonthSource: 'default',
    monthlyCost: 4.2, encoding: 'o200k_base', tokenRatio: 1, assumptions: ['1000 calls/month assumed (default)'],
    suggestion: null, findings: [], functionName: 'summarize', ...over,
  };
}

test('formatUsd covers fractions of a cent to thousands', () => {
  assert.equal(r.formatUsd(0.00042), '$0.00042');
  assert.equal(r.formatUsd(0.0042), '$0.0042');
  assert.equal(r.formatUsd(0.042), '$0.042');
  assert.equal(r.formatUsd(0.5), '$0.50');
  assert.equal(r.formatUsd(1.2), '$1.20');
  assert.equal(r.formatUsd(126.4), '$126');
  assert.equal(r.formatUsd(1234.5), '$1,235');
  assert.equal(r.formatUsd(0), '$0');
  assert.equal(r.formatUsd(0.004), '$0.004');
  assert.equal(r.formatUsd(1e-9), '<$0.000001');
  assert.equal(r.formatTokens(300), '300');
  assert.equal(r.formatTokens(1234), '1.2k');
  assert.equal(r.formatTokens(45_600), '46k');
  assert.equal(r.formatTokens(1_200_000), '1.2M');
});

test('lens title: exact count, estimate, monthly, unknown and unresolved models', () => {
  // At the default volume the monthly figure is marked `*` (the hover says it is the assumed default).
  assert.equal(r.lensTitle(call(), { showMonthly: true }), '$0.0042/call · 1.2k in / ~300 out · gpt-4o · $4.20/mo*');
  assert.equal(r.lensTitle(call({ modelSource: 'assumed', callsPerMonthSource: 'comment' }), { showMonthly: true }), '$0.0042/call · 1.2k in / ~300 out · gpt-4o (assumed) · $4.20/mo');
  assert.equal(r.lensTitle(call(), { showMonthly: false }), '$0.0042/call · 1.2k in / ~300 out · gpt-4o');
  // A volume the team set is shown even when showMonthly is off.
  assert.match(r.lensTitle(call({ callsPerMonthSource: 'comment', callsPerMonth: 30000, monthlyCost: 126 }), { showMonthly: false }), /\$126\/mo$/);
  // Placeholders make it an estimate; a static cap makes the output exact.
  const approx = call({ inputTokensExact: false, inputBreakdown: [{ role: 'user', tokens: 90, placeholders: 1, source: 'template' }], outputTokens: 5, outputTokensSource: 'max_tokens: 5' });
  // The input count carries the hover's `≈` too.
  assert.match(r.lensTitle(approx, { showMonthly: false }), /^≈ \$0\.0042\/call · ≈1\.2k in \/ 5 out/);
  assert.equal(r.lensTitle(call({ catalogModel: null, costPerCall: null, monthlyCost: null, model: 'gpt-9' }), { showMonthly: true }), '⚠ unknown model "gpt-9" · 1.2k in / ~300 out');
  assert.match(r.lensTitle(call({ model: null, catalogModel: null, costPerCall: null, monthlyCost: null }), { showMonthly: true }), /^⚠ model not resolved/);
});

test('hover lists the breakdown, prices with catalog date, volume source, suggestion and findings', () => {
  const md = r.hoverMarkdown(call({
    suggestion: { kind: 'downgrade', model: 'gpt-4o-mini', costPerCall: 0.00025, savingsPct: 94, reason: 'Likely fine on gpt-4o-mini: the output is one of 3 listed labels (a, b, c), max_tokens 3. Verify before switching.', complexity: 'simple', evidence: ['the output is one of 3 listed labels (a, b, c)', 'max_tokens 3'] },
    findings: [{ code: 'no-output-cap', severity: 'information', message: 'No max_tokens: output is unbounded' }],
  }), { updated: '2026-07-24', sources: ['LiteLLM model price map'], stale: 'Prices are 127 days old' });
  for (const needle of ['| system | 200 | literal |', '| user | 1,034 | template |', '**input**', '**output**', 'no cap',
    '$2.50 / 1M in', '$10.00 / 1M out', 'catalog of 2026-07-24', 'LiteLLM model price map', '$0.0042 per call',
    '$4.20/month', '1,000 calls/month\\* (\\* the assumed default volume', 'o200k_base', '`gpt-4o-mini`', '−94%', 'no-output-cap', 'Prices are 127 days old',
    '(smaller model)', 'Likely fine on gpt-4o-mini: the output is one of 3 listed labels', 'Verify before switching.', '- max_tokens 3']) {
    assert.ok(md.includes(needle), `hover lacks ${needle}:\n${md}`);
  }
  // The finding's message is the diagnostic's, which the editor shows in the hover already: only its code here.
  assert.ok(!md.includes('No max_tokens: output is unbounded'), md);
});

test('model switch edits inside the quotes of the literal, in the file that defines it', () => {
  const models = "export const A = 'x';\nexport const SUMMARY_MODEL = \"gpt-4o\";\n";
  const start = models.indexOf('"gpt-4o"');
  const c = call({ modelSource: 'import', modelDefinedAt: { file: 'src/models.ts', start, end: start + 8, line: 2, column: 29, quote: '"' } });
  const read = f => f === 'src/models.ts' ? { uri: 'file:///w/src/models.ts', text: models, version: null } : null;
  const plain = r.modelSwitchEdit(c, 'gpt-4o-mini', read, { documentChanges: false });
  assert.deepEqual(plain, { changes: { 'file:///w/src/models.ts': [{ range: { start: { line: 1, character: 30 }, end: { line: 1, character: 36 } }, newText: 'gpt-4o-mini' }] } });
  const versioned = r.modelSwitchEdit(c, 'gpt-4o-mini', f => ({ ...read(f), version: 7 }), { documentChanges: true });
  assert.equal(versioned.documentChanges[0].textDocument.version, 7);
  // The literal no longer holds the model the analysis saw: no edit rather than a wrong one.
  assert.equal(r.modelSwitchEdit(c, 'gpt-4o-mini', () => ({ uri: 'u', text: models.replace('gpt-4o', 'o3-pro'), version: null }), { documentChanges: false }), null);
  assert.equal(r.modelSwitchEdit(call(), 'gpt-4o-mini', read, { documentChanges: false }), null);
});

test('code actions: preferred quick fix with its diagnostics, plus the alternatives command', () => {
  const text = "const m = 'gpt-4o';\n";
  const c = call({ modelDefinedAt: { file: 'src/app.ts', start: 10, end: 18, line: 1, column: 11, quote: "'" },
    suggestion: { kind: 'downgrade', model: 'gpt-4o-mini', costPerCall: 0.0003, savingsPct: 93.6, reason: 'Likely fine on gpt-4o-mini: the answer is yes or no, max_tokens 2. Verify before switching.', complexity: 'simple', evidence: [] } });
  const diag = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } }, source: 'spendlens', message: 'm', data: { line: 3, column: 1 } };
  const other = { ...diag, source: 'eslint' };
  const actions = r.codeActionsFor([c], { uri: 'file:///w/src/app.ts', diagnostics: [diag, other], read: () => ({ uri: 'file:///w/src/app.ts', text, version: 3 }), edit: { documentChanges: false }, adviceEnabled: true });
  // Switch, then "Generate comparison eval…" (verify before switching), then the alternatives.
  assert.equal(actions.length, 3);
  assert.equal(actions[0].title, 'Switch to gpt-4o-mini (−94%): Likely fine on gpt-4o-mini: the answer is yes or no, max_tokens 2. Verify before switching.');
  assert.equal(actions[0].isPreferred, true);
  assert.deepEqual(actions[0].diagnostics, [diag]);
  assert.equal(actions[0].edit.changes['file:///w/src/app.ts'][0].newText, 'gpt-4o-mini');
  assert.equal(actions[1].command.command, 'spendlens.generateEval');
  assert.deepEqual(actions[1].command.arguments, ['file:///w/src/app.ts', 3, 'gpt-4o-mini']);
  assert.equal(actions[2].command.command, 'spendlens.showAlternatives');
  assert.deepEqual(actions[2].command.arguments, ['file:///w/src/app.ts', 3]);
});

test('diagnostics: one per finding on the call\'s first line, code linked to the docs', () => {
  const text = 'x;\nclient.create({\n  model: "m",\n});\n';
  const doc = TextDocument.create('file:///w/a.ts', 'typescript', 1, text);
  const c = call({ start: 3, end: text.length - 2, line: 2, findings: [
    { code: 'no-output-cap', severity: 'information', message: 'no cap' }, { code: 'call-in-loop', severity: 'hint', message: 'loop' }] });
  const d = r.diagnosticsFor(doc, [c, call({ findings: [] })]);
  assert.equal(d.length, 2);
  assert.deepEqual(d[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 15 } });
  assert.equal(d[0].severity, 3);
  assert.equal(d[1].severity, 4);
  assert.equal(d[0].source, 'spendlens');
  assert.match(d[0].codeDescription.href, /#no-output-cap$/);
});

test('usage.json: function key when unique, line key otherwise; existing content kept', () => {
  const a = call({ functionName: 'summarize' });
  assert.equal(r.usageKey(a, [a, call({ functionName: 'other' })]), 'src/app.ts#summarize');
  assert.equal(r.usageKey(a, [a, call({ functionName: 'summarize', line: 9 })]), 'src/app.ts:3');
  assert.equal(r.usageKey(call({ functionName: null }), []), 'src/app.ts:3');
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-usage-'));
  try {
    mkdirSync(join(dir, '.spendlens'));
    writeFileSync(join(dir, '.spendlens/usage.json'), JSON.stringify({ $schema: 'x', callsPerMonth: { 'src/app.ts:3': 10, 'b.py#f': 5 } }));
    const w = r.writeCallsPerMonth(dir, 'src/app.ts#summarize', 'src/app.ts:3', 2500);
    assert.equal(w.key, 'src/app.ts:3', 'an existing line key wins and is updated');
    const saved = JSON.parse(readFileSync(w.path, 'utf8'));
    assert.deepEqual(saved, { $schema: 'x', callsPerMonth: { 'b.py#f': 5, 'src/app.ts:3': 2500 } });
    writeFileSync(join(dir, '.spendlens/usage.json'), '[1]');
    assert.throws(() => r.writeCallsPerMonth(dir, 'k', 'l', 1), /not a JSON object/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// test/fixtures/team-files-write/: a commented usage.json (4-space indent, trailing commas) and a config.json (tabs, CRLF).
const writeFixture = name => readFileSync(join(root, 'test/fixtures/team-files-write', name), 'utf8');

test('writing a volume keeps usage.json\'s comments, order, indentation and trailing commas; a new key goes to its sorted place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-usage-'));
  try {
    mkdirSync(join(dir, '.spendlens'));
    const before = writeFixture('usage.json');
    writeFileSync(join(dir, '.spendlens/usage.json'), before);
    const updated = r.writeCallsPerMonth(dir, 'src/app.ts#summarize', 'src/app.ts:3', 2500);
    assert.equal(updated.key, 'src/app.ts:3');
    assert.equal(readFileSync(updated.path, 'utf8'), before.replace('"src/app.ts:3": 10,', '"src/app.ts:3": 2500,'), 'only the value changed');
    const added = r.writeCallsPerMonth(dir, 'src/m.ts#ask', 'src/m.ts:4', 40);
    const text = readFileSync(added.path, 'utf8');
    for (const comment of ['// Volumes from the March dashboard; keep the notes.', '// batch job', '/* the summariser is moved to a queue in Q3 */']) {
      assert.ok(text.includes(comment), `lost: ${comment}\n${text}`);
    }
    assert.match(text, /\n {8}"src\/app\.ts:3": 2500,\n {8}"src\/m\.ts#ask": 40,\n {8}"src\/z\.ts#later": 7,/, text);
    // What the core reads back (JSONC): the new volume and the old ones.
    const core = createRequire(import.meta.url)(join(root, 'out/core.cjs'));
    const problems = [];
    assert.deepEqual(core.loadUsage(dir, problems).callsPerMonth, { 'b.py#f': 5, 'src/app.ts:3': 2500, 'src/m.ts#ask': 40, 'src/z.ts#later': 7 });
    assert.deepEqual(problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('assuming a model keeps config.json\'s comments, tabs and CRLF line endings; a broken file is left untouched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-assume-'));
  try {
    mkdirSync(join(dir, '.spendlens'));
    const before = writeFixture('config.json');
    writeFileSync(join(dir, '.spendlens/config.json'), before);
    r.writeAssumedModel(dir, 'call', 'src/agent.ts#plan', 'gpt-4.1-mini');
    const { path } = r.writeAssumedModel(dir, 'workspace', 'defaultModel', 'gpt-4o-mini');
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes('\t// model choices agreed with finance\r\n'), text);
    assert.match(text, /"getModel\(\)": "gpt-4o", \/\/ the router\r\n/, 'a trailing comment stays with its entry');
    assert.match(text, /\r\n\t\t"src\/agent\.ts#plan": "gpt-4\.1-mini"/);
    assert.match(text, /\r\n\t"defaultModel": "gpt-4o-mini"/);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'no bare LF added');
    const broken = '{ "assumeModels": { "a": "b" ';
    writeFileSync(path, broken);
    assert.throws(() => r.writeAssumedModel(dir, 'workspace', 'defaultModel', 'x'), /config\.json:1:\d+: invalid JSON/);
    assert.equal(readFileSync(path, 'utf8'), broken);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('calls are found by index, position (innermost) and line', () => {
  const doc = TextDocument.create('file:///w/a.ts', 'typescript', 1, 'aaaa\nbbbbbbbbbb\ncccc\n');
  const outer = call({ start: 0, end: 15, line: 1 });
  const inner = call({ start: 6, end: 9, line: 2, column: 2 });
  assert.equal(r.callIndexFor([outer, inner], { position: { line: 1, character: 2 } }, doc), 1);
  assert.equal(r.callIndexFor([outer, inner], { position: { line: 0, character: 1 } }, doc), 0);
  assert.equal(r.callIndexFor([outer, inner], { line: 2 }, doc), 1);
  assert.equal(r.callIndexFor([outer, inner], { index: 5 }, doc), -1);
  assert.equal(r.callIndexFor([outer, inner], { line: 7 }, doc), -1);
});

test('finding fixes: deprecated model → successor, unknown id → nearest un-prefixed catalog ids', () => {
  const text = "model = 'gpt-4o-turbo-xl'\nold = 'claude-3-5-sonnet'\n";
  const read = () => ({ uri: 'file:///w/a.py', text, version: null });
  const at = (id) => { const start = text.indexOf(`'${id}'`); return { file: 'a.py', start, end: start + id.length + 2, line: 1, column: 1, quote: "'" }; };
  const unknown = call({ model: 'gpt-4o-turbo-xl', catalogModel: null, costPerCall: null, modelDefinedAt: at('gpt-4o-turbo-xl'),
    findings: [{ code: 'unknown-model', severity: 'information', message: 'm', data: { model: 'gpt-4o-turbo-xl', nearest: ['gpt-4-turbo', 'azure/gpt-35-turbo', 'gpt-4o'] } }] });
  const diag = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, source: 'spendlens', code: 'unknown-model', message: 'm', data: { line: 3, column: 1 } };
  const a = r.codeActionsFor([unknown], { uri: 'file:///w/a.py', diagnostics: [diag], read, edit: { documentChanges: false }, adviceEnabled: true });
  assert.deepEqual(a.map(x => x.title), ['Change to gpt-4-turbo (a catalog model)', 'Change to gpt-4o (a catalog model)']);
  assert.equal(a[0].edit.changes['file:///w/a.py'][0].newText, 'gpt-4-turbo');
  assert.deepEqual(a[0].diagnostics, [diag]);
  const deprecated = call({ model: 'claude-3-5-sonnet', modelDefinedAt: at('claude-3-5-sonnet'),
    findings: [{ code: 'deprecated-model', severity: 'warning', message: 'm', data: { successor: 'claude-sonnet-4-5' } }] });
  const b = r.codeActionsFor([deprecated], { uri: 'file:///w/a.py', diagnostics: [], read, edit: { documentChanges: false }, adviceEnabled: false });
  assert.equal(b.length, 1);
  assert.equal(b[0].title, 'Migrate to claude-sonnet-4-5 (successor of a deprecated model)');
  assert.equal(b[0].isPreferred, undefined);
  const e = b[0].edit.changes['file:///w/a.py'][0];
  assert.deepEqual(e.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 24 } });
});

test('a newer model of the same tier and a service tier: the hover names the kind and lists the evidence; a service tier offers no model switch; the lens shows the hypothesis', () => {
  const newer = { kind: 'newer-same-tier', model: 'claude-opus-4-5', costPerCall: 0.0014, savingsPct: 67, complexity: 'complex',
    reason: 'claude-opus-4-5: a newer claude-opus model of the same frontier tier, no step down in size. Check one output before switching.',
    evidence: ['same family (claude-opus) and tier (frontier), released after claude-opus-4-1', 'priced with the same tokens, max_tokens 4000, 1 completion'] };
  const md = r.hoverMarkdown(call({ model: 'claude-opus-4-1', suggestion: newer }), { updated: '2026-07-24', sources: [], stale: null });
  for (const needle of ['**Suggestion** (newer model, same tier) switch to `claude-opus-4-5`', 'no step down in size', '- same family (claude-opus) and tier (frontier)', '- priced with the same tokens, max_tokens 4000, 1 completion']) {
    assert.ok(md.includes(needle), `hover lacks ${needle}:\n${md}`);
  }
  assert.match(r.lensTitle(call({ suggestion: newer }), { showMonthly: false }), / · 💡 claude-opus-4-5 \(same tier\) −67%\?$/);

  const batch = { kind: 'service-tier', serviceTier: 'batch', model: 'gpt-4o', costPerCall: 0.0021, savingsPct: 50, complexity: 'moderate',
    reason: 'Batch API for this offline loop: the same gpt-4o, results within 24 h.', evidence: ['the call runs in a loop in a script'] };
  const c = call({ suggestion: batch, modelDefinedAt: { file: 'src/app.ts', start: 10, end: 18, line: 1, column: 11, quote: "'" } });
  assert.ok(r.hoverMarkdown(c, { updated: '2026-07-24', sources: [], stale: null }).includes('**Suggestion** (cheaper service tier) use the batch tier of `gpt-4o`'));
  const actions = r.codeActionsFor([c], { uri: 'file:///w/src/app.ts', diagnostics: [], read: () => ({ uri: 'file:///w/src/app.ts', text: "const m = 'gpt-4o';\n", version: 1 }), edit: { documentChanges: false }, adviceEnabled: true });
  assert.ok(!actions.some(a => a.title.startsWith('Switch to')), actions.map(a => a.title).join(' | '));
  assert.match(r.lensTitle(c, { showMonthly: false }), / · 💡 batch tier −50%\?$/);
});
