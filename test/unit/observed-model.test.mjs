// Observed usage fills the model a call's code does not show (src/core/observed/model.ts, Session.withAssumedModel):
// the dominant model, or a mix weighted by observed requests; an `assumeModels` entry for the call wins over it,
// and it wins over `defaultModel`; a literal the traffic contradicts is a finding (observed-model-differs).
// The workspace is test/fixtures/observed-model/app with an observed.json built by hand here (calibrate writes the
// same shape: the CLI test runs calibrate itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { core, repo } from '../fixtures/advisor/helpers.mjs';

const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const stats = mean => ({ mean, p50: mean, p90: mean, samples: 4 });
const site = (file, line, models, over = {}) => ({
  file, line, function: null, model: null, calls: models.reduce((s, m) => s + m.calls, 0), days: 8, callsPerMonth: 15.2,
  matchedBy: 'code-location', matched: {}, inputTokens: stats(118), outputTokens: stats(95), cachedInputTokens: null,
  estimateAtCalibration: { inputTokens: 0, outputTokens: 0 }, sources: ['otlp'], models, ...over,
});

test('observedModelOf: the dominant model, shares over the calls that named one, spellings of one model merged', () => {
  const seen = core.observedModelOf(site('a.ts', 1, [
    { model: 'gpt-4o', calls: 5 }, { model: 'openai/gpt-4o-mini', calls: 2 }, { model: 'gpt-4o-2024-08-06', calls: 1 }, { model: 'gpt-4o-mini', calls: 2 },
  ]));
  assert.equal(seen.model, 'gpt-4o');
  assert.deepEqual(seen.mix.map(m => [m.model, m.calls, m.share]), [['gpt-4o', 6, 0.6], ['openai/gpt-4o-mini', 4, 0.4]]);
  assert.equal(seen.requests, 10);
  assert.equal(seen.from, 'otlp, 8 d, n=10');
  assert.equal(core.observedModelOf(site('a.ts', 1, [])), null, 'no model named: nothing to fill');
  assert.equal(core.observedModelOf({ ...site('a.ts', 1, []), models: undefined }), null, 'an observed.json written before models were recorded');
  assert.equal(core.observedModelOf(site('a.ts', 1, [{ model: 'x', calls: 1 }], { days: null })).from, 'otlp, no time window, n=1');
});

test('trafficDisagrees: only when more than half the calls ran a model the code does not name', () => {
  const seen = models => core.observedModelOf(site('a.ts', 1, models));
  const never = () => false;
  assert.deepEqual(core.trafficDisagrees(['gpt-4o'], seen([{ model: 'gpt-4o-mini', calls: 3 }, { model: 'gpt-4o', calls: 1 }]), never), { model: 'gpt-4o-mini', share: 0.75, calls: 3 });
  assert.equal(core.trafficDisagrees(['gpt-4o'], seen([{ model: 'gpt-4o-mini', calls: 1 }, { model: 'gpt-4o', calls: 1 }]), never), null, 'half is not most');
  assert.equal(core.trafficDisagrees(['gpt-4o'], seen([{ model: 'gpt-4o-2024-08-06', calls: 4 }]), never), null, 'a snapshot of the same model');
  assert.equal(core.trafficDisagrees(['gpt-4o', 'gpt-4o-mini'], seen([{ model: 'gpt-4o-mini', calls: 4 }]), never), null, 'a model the code chooses at run time');
  assert.equal(core.trafficDisagrees(['my-deployment'], seen([{ model: 'gpt-4o', calls: 4 }]), (a, b) => [a, b].every(m => ['my-deployment', 'gpt-4o'].includes(m))), null, 'the same catalog entry');
});

async function scan(sites, config) {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-obsmodel-'));
  cpSync(join(repo, 'test/fixtures/observed-model/app'), dir, { recursive: true });
  if (config) writeFileSync(join(dir, '.spendlens/config.json'), JSON.stringify(config));
  writeFileSync(join(dir, '.spendlens/observed.json'), JSON.stringify({
    version: 1, tool: 'spendlens', generatedAt: '2026-05-09T00:00:00.000Z', sources: [{ path: 'spans.jsonl', format: 'otlp', records: 9, duplicates: 0 }],
    window: { from: '2026-05-01T00:00:00.000Z', to: '2026-05-09T00:00:00.000Z', days: 8 }, tiers: {}, sites, unmatched: [],
  }));
  try {
    const report = await new core.Session({ root: dir, book }).scanWorkspace();
    return Object.fromEntries(report.calls.map(c => [`${c.file}:${c.line}`, c]));
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

test('an unresolved model is filled from observed usage and labelled with its source, window and sample size', async () => {
  const calls = await scan([site('src/chat.ts', 7, [{ model: 'gpt-4o-mini', calls: 5 }]), site('py/summarise.py', 9, [{ model: 'claude-sonnet-4-5', calls: 2 }])], {});
  const chat = calls['src/chat.ts:7'];
  assert.equal(chat.model, 'gpt-4o-mini');
  assert.equal(chat.modelSource, 'observed');
  assert.equal(chat.modelObservedFrom, 'otlp, 8 d, n=5');
  assert.equal(chat.modelExpression, 'process.env.CHAT_MODEL!');
  assert.equal(chat.assumptions[0], 'model from observed usage: gpt-4o-mini (otlp, 8 d, n=5); the code does not show it (the code has `process.env.CHAT_MODEL!`)');
  const m = book.lookup('gpt-4o-mini').model;
  assert.ok(Math.abs(chat.costPerCall - (chat.inputTokens * m.input + chat.outputTokens * m.output) / 1e6) < 1e-12, 'priced with the observed model');
  assert.equal(core.modelLabel(chat), 'gpt-4o-mini (observed)');
  // Python: the observed model's vendor prices it (the Anthropic SDK call here).
  const py = calls['py/summarise.py:9'];
  assert.equal(py.model, 'claude-sonnet-4-5');
  assert.equal(py.vendor, 'anthropic');
  assert.ok(py.costPerCall > 0);
  // Without observed models (a call not in observed.json) the model stays unresolved and unpriced.
  assert.equal(calls['src/router.ts:8'].model, null);
  assert.equal(calls['src/router.ts:8'].costPerCall, null);
});

test('traffic on several models prices the call as their mix, weighted by observed requests', async () => {
  const calls = await scan([site('src/router.ts', 8, [{ model: 'gpt-4o', calls: 3 }, { model: 'gpt-4o-mini', calls: 1 }])], {});
  const c = calls['src/router.ts:8'];
  assert.equal(c.model, 'gpt-4o');
  assert.deepEqual(c.observedModels, [{ model: 'gpt-4o', calls: 3, share: 0.75 }, { model: 'gpt-4o-mini', calls: 1, share: 0.25 }]);
  const big = book.lookup('gpt-4o').model, small = book.lookup('gpt-4o-mini').model;
  const each = p => (c.inputTokens * p.input + c.outputTokens * p.output) / 1e6;
  assert.ok(Math.abs(c.costPerCall - (0.75 * each(big) + 0.25 * each(small))) < 1e-12, `${c.costPerCall}`);
  assert.ok(Math.abs(c.monthlyCost - c.costPerCall * c.callsPerMonth) < 1e-12);
  assert.ok(Math.abs(c.inputPricePerM - (0.75 * big.input + 0.25 * small.input)) < 1e-9);
  assert.match(c.assumptions[0], /^model from observed usage: gpt-4o 75%, gpt-4o-mini 25% of the calls \(otlp, 8 d, n=4\)/);
  assert.ok(c.assumptions.some(a => a.startsWith('priced as the observed mix, weighted by requests (per call: gpt-4o $')), c.assumptions.join('\n'));
  assert.equal(core.modelLabel(c), 'gpt-4o +1 (observed mix)');
});

test('an assumeModels entry for the call wins over observed usage; observed usage wins over defaultModel', async () => {
  const calls = await scan([
    site('src/pinned.ts', 7, [{ model: 'gpt-4o', calls: 2 }]),
    site('src/chat.ts', 7, [{ model: 'gpt-4o-mini', calls: 5 }]),
  ], { assumeModels: { 'src/pinned.ts#draft': 'gpt-4.1' }, defaultModel: 'gpt-4.1-mini' });
  const pinned = calls['src/pinned.ts:7'];
  assert.equal(pinned.model, 'gpt-4.1');
  assert.equal(pinned.modelSource, 'assumed');
  assert.ok(pinned.assumptions.includes('observed usage ran gpt-4o (otlp, 8 d, n=2); the assumeModels entry wins over it'), pinned.assumptions.join('\n'));
  assert.ok(pinned.observed, 'the observed volume and tokens still apply');
  assert.equal(calls['src/chat.ts:7'].model, 'gpt-4o-mini');
  assert.equal(calls['src/chat.ts:7'].modelSource, 'observed');
  assert.equal(calls['src/router.ts:8'].model, 'gpt-4.1-mini', 'no observed model: the default');
  assert.equal(calls['src/router.ts:8'].modelSource, 'assumed');
});

test('a literal model the traffic contradicts is a finding; traffic that agrees is none', async () => {
  const calls = await scan([site('src/literal.ts', 7, [{ model: 'gpt-4o-mini', calls: 4 }])], {});
  const c = calls['src/literal.ts:7'];
  assert.equal(c.model, 'gpt-4o', 'the code\'s model is still the one priced');
  const f = c.findings.find(x => x.code === 'observed-model-differs');
  assert.ok(f, JSON.stringify(c.findings));
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^The code says gpt-4o, but the observed traffic ran gpt-4o-mini \(100% of the calls; otlp, 8 d, n=4\)/);
  const agree = await scan([site('src/literal.ts', 7, [{ model: 'gpt-4o-2024-08-06', calls: 3 }, { model: 'gpt-4o-mini', calls: 1 }])], {});
  assert.equal(agree['src/literal.ts:7'].findings.find(x => x.code === 'observed-model-differs'), undefined);
});
