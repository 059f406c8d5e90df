// The estimate layer on hand-made facts and prices: framing, placeholders, ratios, caps, tiers, volumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');

const models = {
  'gpt-4o': { id: 'gpt-4o', provider: 'openai', input: 2.5, output: 10, tokenizer: { encoding: 'o200k_base', exact: true } },
  'claude-x': { id: 'claude-x', provider: 'anthropic', input: 3, output: 15, tokenizer: { encoding: 'o200k_base', exact: false, ratio: 1.2 } },
  'gem-pro': { id: 'gem-pro', provider: 'gemini', input: 1.25, output: 10, above: [{ threshold: 200000, input: 2.5, output: 15 }], tokenizer: { encoding: 'o200k_base', exact: false, ratio: 1 } },
  'o-think': { id: 'o-think', provider: 'openai', input: 1, output: 4, capabilities: { reasoning: true }, tokenizer: { encoding: 'o200k_base', exact: true } },
};
const prices = {
  updated: '2026-07-24',
  lookup: (id) => (models[id] ? { model: models[id], matchedBy: 'id' } : null),
  nearest: () => ['gpt-4o'],
};

function fact(over = {}) {
  return {
    language: 'typescript', file: 'a.ts', line: 1, column: 1, start: 0, end: 10,
    provider: 'openai', vendor: 'openai', api: 'chat.completions.create', kind: 'chat',
    model: { value: 'gpt-4o', source: 'literal', definedAt: null },
    prompt: [{ role: 'system', text: 'Be brief.', placeholders: [], source: 'literal' }, { role: 'user', text: 'Hello there', placeholders: [], source: 'literal' }],
    promptSource: ['literal'], maxOutputTokens: null, streaming: false, inLoop: false,
    features: { tools: false, vision: false, jsonMode: false, messageCount: 2, history: false, cacheControl: false, fewShot: false },
    volume: null, functionName: 'f', ...over,
  };
}
const settings = core.defaultSettings();
const volume = { callsPerMonth: 1000, source: 'default' };

test('OpenAI chat: exact tokens with framing (3 per message + 3)', () => {
  const c = core.priceCall(fact(), prices, settings, volume);
  const text = core.countTokens('Be brief.') + core.countTokens('Hello there');
  assert.equal(c.inputTokens, text + 2 * 3 + 3);
  assert.equal(c.inputTokensExact, true);
  assert.equal(c.outputTokens, 400);
  assert.match(c.outputTokensSource, /default 400/);
  assert.equal(c.costPerCall, (c.inputTokens * 2.5 + 400 * 10) / 1e6);
  assert.equal(c.monthlyCost, c.costPerCall * 1000);
  assert.ok(c.assumptions.some(a => /1000 calls\/month assumed/.test(a)));
});

test('placeholders add the configured tokens each and make the count an estimate', () => {
  const f = fact({ prompt: [{ role: 'user', text: 'Thread:\n', placeholders: ['${thread}'], source: 'template' }] });
  const c = core.priceCall(f, prices, settings, volume);
  assert.equal(c.inputTokens, core.countTokens('Thread:\n') + 50 + 3 + 3);
  assert.equal(c.inputTokensExact, false);
  assert.ok(c.assumptions.some(a => a.includes('${thread}')));
});

test('a static cap below the default bounds the output; a larger cap leaves the default', () => {
  assert.equal(core.priceCall(fact({ maxOutputTokens: { value: 5, param: 'max_tokens' } }), prices, settings, volume).outputTokens, 5);
  const big = core.priceCall(fact({ maxOutputTokens: { value: 4096, param: 'max_tokens' } }), prices, settings, volume);
  assert.equal(big.outputTokens, 400);
  assert.match(big.outputTokensSource, /under max_tokens 4096/);
});

test('other vendors: encoding × calibration ratio, no framing, marked inexact', () => {
  const f = fact({ provider: 'anthropic', vendor: 'anthropic', model: { value: 'claude-x', source: 'literal', definedAt: null } });
  const c = core.priceCall(f, prices, settings, volume);
  const raw = core.countTokens('Be brief.') + core.countTokens('Hello there');
  assert.equal(c.inputTokens, Math.round(raw * 1.2));
  assert.equal(c.inputTokensExact, false);
  assert.equal(c.tokenRatio, 1.2);
});

test('prices above a context threshold apply to long prompts', () => {
  const long = 'word '.repeat(210_000);
  const f = fact({ vendor: 'gemini', model: { value: 'gem-pro', source: 'literal', definedAt: null }, prompt: [{ role: 'user', text: long, placeholders: [], source: 'literal' }] });
  const c = core.priceCall(f, prices, settings, volume);
  assert.ok(c.inputTokens > 200000);
  assert.equal(c.inputPricePerM, 2.5);
  assert.equal(c.outputPricePerM, 15);
});

test('reasoning models get the reasoning allowance on top of the default', () => {
  const c = core.priceCall(fact({ model: { value: 'o-think', source: 'literal', definedAt: null } }), prices, settings, volume);
  assert.equal(c.outputTokens, 1400);
  assert.match(c.outputTokensSource, /reasoning allowance/);
});

test('embeddings have no output tokens', () => {
  const c = core.priceCall(fact({ kind: 'embedding', api: 'embeddings.create' }), prices, settings, volume);
  assert.equal(c.outputTokens, 0);
});

test('unknown model: no price, nearest ids in the assumptions', () => {
  const c = core.priceCall(fact({ model: { value: 'gpt-4oo', source: 'literal', definedAt: null } }), prices, settings, volume);
  assert.equal(c.costPerCall, null);
  assert.equal(c.monthlyCost, null);
  assert.ok(c.assumptions.some(a => /not in the catalog.*nearest: gpt-4o/.test(a)));
});

test('volume from a comment is used and named', () => {
  const c = core.priceCall(fact(), prices, settings, { callsPerMonth: 20000, source: 'comment "spendlens: 20000/month"' });
  assert.equal(c.monthlyCost, c.costPerCall * 20000);
  assert.ok(c.assumptions.some(a => a.includes('20000 calls/month from comment')));
});

test('money formatting keeps small per-call costs readable', () => {
  assert.equal(core.formatUsd(0.00042), '$0.00042');
  assert.equal(core.formatUsd(0.0042), '$0.0042');
  assert.equal(core.formatUsd(0.042), '$0.042');
  assert.equal(core.formatUsd(1.2), '$1.20');
  assert.equal(core.formatUsd(1240), '$1,240');
  assert.equal(core.formatUsd(-3.5), '−$3.50');
  assert.equal(core.formatUsd(null), '—');
});
