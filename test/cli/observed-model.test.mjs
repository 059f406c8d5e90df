// `spendlens calibrate` then `scan` on test/fixtures/observed-model: OpenTelemetry GenAI spans (usage/spans.jsonl)
// name the models the calls ran with; calls whose code does not show the model are priced with it, labelled as
// observed in the table, the Markdown and the JSON; a literal the traffic contradicts is a finding. The spans carry
// prompt and response text (a marker) that no output may contain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, loadWebview, repoRoot } from './cli-helpers.mjs';

const base = join(repoRoot, 'test/fixtures/observed-model');
const MARKER = 'SPENDLENS_PRIVACY_MARKER_m0dl';

test('calibrate + scan: observed models fill unresolved models, a mix is weighted, assumeModels wins, a contradicted literal is a finding', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-obsmodel-cli-'));
  try {
    cpSync(join(base, 'app'), dir, { recursive: true });
    const cal = cli(['calibrate', '--from', join(base, 'usage/spans.jsonl'), dir]);
    assert.equal(cal.code, 0, cal.stderr);
    const observed = readFileSync(join(dir, '.spendlens/observed.json'), 'utf8');
    const sites = Object.fromEntries(JSON.parse(observed).sites.map(s => [`${s.file}:${s.line}`, s.models]));
    assert.deepEqual(sites['src/router.ts:8'], [{ model: 'gpt-4o', calls: 3 }, { model: 'openai/gpt-4o-mini', calls: 1 }]);
    assert.deepEqual(sites['py/summarise.py:9'], [{ model: 'claude-sonnet-4-5', calls: 2 }]);

    const json = cli(['scan', dir, '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    const at = Object.fromEntries(report.calls.map(c => [`${c.file}:${c.line}`, c]));
    assert.equal(at['src/chat.ts:7'].model, 'gpt-4o-mini');
    assert.equal(at['src/chat.ts:7'].modelSource, 'observed');
    assert.equal(at['src/chat.ts:7'].modelObservedFrom, 'otlp, 8 d, n=5');
    assert.equal(at['py/summarise.py:9'].modelSource, 'observed');
    assert.equal(at['py/summarise.py:9'].vendor, 'anthropic');
    assert.equal(at['src/router.ts:8'].modelSource, 'observed');
    assert.deepEqual(at['src/router.ts:8'].observedModels.map(m => [m.model, m.share]), [['gpt-4o', 0.75], ['openai/gpt-4o-mini', 0.25]]);
    // The team's assumeModels entry wins; defaultModel does not (every observed call above took the observed model).
    assert.equal(at['src/pinned.ts:7'].model, 'gpt-4.1');
    assert.equal(at['src/pinned.ts:7'].modelSource, 'assumed');
    assert.ok(at['src/pinned.ts:7'].assumptions.includes('observed usage ran gpt-4o (otlp, 8 d, n=2); the assumeModels entry wins over it'));
    assert.equal(at['src/literal.ts:7'].model, 'gpt-4o');
    assert.ok(at['src/literal.ts:7'].findings.some(f => f.code === 'observed-model-differs' && /ran gpt-4o-mini \(100% of the calls; otlp, 8 d, n=4\)/.test(f.message)));
    // Every call is priced now: none counted as unpriced.
    assert.equal(report.totals.unknownModels, 0);
    assert.ok(report.calls.every(c => c.costPerCall !== null));

    // The panel: the model cell's tag and tooltip, the CSV's model_source.
    const vm = await loadWebview('viewModel');
    const rows = Object.fromEntries(vm.rowsFromReports([report]).map(r => [`${r.file}:${r.line}`, r]));
    assert.equal(rows['src/chat.ts:7'].modelTag, ' (observed)');
    assert.equal(rows['src/chat.ts:7'].modelFrom, 'model from observed usage: otlp, 8 d, n=5');
    assert.equal(rows['src/router.ts:8'].modelTag, ' +1 (observed mix)');
    assert.equal(rows['src/router.ts:8'].modelFrom, 'model from observed usage: gpt-4o 75%, openai/gpt-4o-mini 25%; otlp, 8 d, n=4');
    assert.equal(rows['src/pinned.ts:7'].modelTag, ' (assumed)');
    assert.equal(rows['src/literal.ts:7'].modelTag, '');
    const ex = await loadWebview('exporters');
    const options = vm.defaultViewOptions();
    const csv = ex.toCsv(vm.buildView(Object.values(rows), options), options).split('\r\n');
    assert.match(csv.find(l => l.startsWith('src/chat.ts,')), /,observed$/);

    const table = cli(['scan', dir]);
    assert.match(table.stdout, /src\/chat\.ts:7\s+openai\s+gpt-4o-mini \(observed\)/);
    assert.match(table.stdout, /src\/router\.ts:8\s+openai\s+gpt-4o \+1 \(observed mix\)/);
    assert.match(table.stdout, /py\/summarise\.py:9\s+anthropic\s+claude-sonnet-4-5 \(observed\)/);
    const md = cli(['scan', dir, '--format', 'markdown']);
    assert.match(md.stdout, /gpt-4o-mini \(observed\)/);
    const sarif = cli(['scan', dir, '--format', 'sarif']);
    assert.match(sarif.stdout, /observed-model-differs/);

    for (const [what, text] of [['calibrate', cal.stdout + cal.stderr], ['observed.json', observed], ['json', json.stdout], ['table', table.stdout], ['markdown', md.stdout], ['sarif', sarif.stdout]]) {
      assert.ok(!text.includes(MARKER), `${what} holds no prompt or response text`);
    }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('calibrate: a model assumed by defaultModel is no fact of the code: records of that model are not matched to it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-obsmodel-cli-'));
  try {
    cpSync(join(base, 'app'), dir, { recursive: true });
    // One span of the fixture with its code location taken out, naming the model config.json assumes by default.
    const span = JSON.parse(readFileSync(join(base, 'usage/spans.jsonl'), 'utf8').split('\n')[0]);
    const s = span.resourceSpans[0].scopeSpans[0].spans[0];
    s.attributes = s.attributes.filter(a => !a.key.startsWith('code.')).map(a => (a.key === 'gen_ai.request.model' ? { ...a, value: { stringValue: 'gpt-4.1-mini' } } : a));
    const usage = join(dir, 'one.jsonl');
    writeFileSync(usage, JSON.stringify(span) + '\n');
    const r = cli(['calibrate', '--from', usage, dir]);
    assert.equal(r.code, 0, r.stderr);
    const o = JSON.parse(readFileSync(join(dir, '.spendlens/observed.json'), 'utf8'));
    assert.deepEqual(o.sites, []);
    assert.deepEqual(o.unmatched.map(u => [u.model, u.calls]), [['gpt-4.1-mini', 1]]);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
