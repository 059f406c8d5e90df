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
  'o-think': { id: 'o-think', provider: 'openai', input: 1, output: 4, capabilities: { reasoning: true, reasoningByDefault: true }, tokenizer: { encoding: 'o200k_base', exact: true } },
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

test('counts and dollars read with thousands separators exactly as en-US Intl.NumberFormat writes them', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  const values = [0, -0, 1, 7, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 123456, 999999, 1000000, 1234567,
    12345678, 2 ** 31, 2 ** 53 - 1, 2 ** 53, 1e21, -1, -999, -1000, -1234567, 0.4, 999.5, 1234.49, NaN, Infinity, -Infinity];
  for (let i = 0; i < 2000; i++) values.push(Math.floor(Math.random() * 10 ** (1 + (i % 15))) * (i % 7 === 0 ? -1 : 1));
  for (const v of values) assert.equal(core.formatCount(v), intl.format(Math.round(v)), String(v));
  for (const v of [100, 1240, 99999.6, 1234567.891]) assert.equal(core.formatUsd(v), `$${intl.format(Math.round(v))}`);
});

// ---------- several completions per call (n, candidateCount, num_generations) ----------

test('n completions: output billed n times, input once, and the hover says so', () => {
  const one = core.priceCall(fact(), prices, settings, volume);
  const three = core.priceCall(fact({ features: { ...fact().features, completions: { value: 3, param: 'n' } } }), prices, settings, volume);
  assert.equal(three.inputTokens, one.inputTokens);
  assert.equal(three.outputTokens, 3 * one.outputTokens);
  assert.equal(three.costPerCall, (three.inputTokens * 2.5 + 1200 * 10) / 1e6);
  assert.equal(three.monthlyCost, three.costPerCall * 1000);
  assert.ok(three.assumptions.includes('3 completions per call (n: 3): output counted 3×, input once'), three.assumptions.join('\n'));
  assert.equal(three.outputTokensSource, 'default 400 for chat, no cap, × 3 completions (n)');
  assert.ok(!one.assumptions.some(a => /completions per call/.test(a)));
});

test('n completions: the cap and the reasoning allowance apply to each completion', () => {
  const withN = (over, n, param = 'n') => fact({ ...over, features: { ...fact().features, completions: { value: n, param } } });
  const capped = core.priceCall(withN({ maxOutputTokens: { value: 50, param: 'max_tokens' } }, 4), prices, settings, volume);
  assert.equal(capped.outputTokens, 200);
  assert.match(capped.outputTokensSource, /^max_tokens: 50, × 4 completions \(n\)$/);
  const reasoning = core.priceCall(withN({ model: { value: 'o-think', source: 'literal', definedAt: null } }, 2), prices, settings, volume);
  assert.equal(reasoning.outputTokens, 2 * 1400);
  const gemini = core.priceCall(withN({ vendor: 'gemini', model: { value: 'gem-pro', source: 'literal', definedAt: null } }, 2, 'config.candidateCount'), prices, settings, volume);
  assert.ok(gemini.assumptions.includes('2 completions per call (config.candidateCount: 2): output counted 2×, input once'));
  const emb = core.priceCall(withN({ kind: 'embedding', api: 'embeddings.create' }, 3), prices, settings, volume);
  assert.equal(emb.outputTokens, 0);
  assert.ok(!emb.assumptions.some(a => /completions per call/.test(a)));
});

test('n completions: a cheaper alternative is priced for the same n completions', () => {
  const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
  const simple = over => fact({ prompt: [{ role: 'user', text: 'Suggest a tagline for a bakery.', placeholders: [], source: 'literal' }], ...over });
  const f1 = simple();
  const f3 = simple({ features: { ...f1.features, completions: { value: 3, param: 'n' } } });
  const c1 = core.priceCall(f1, book, settings, volume);
  const c3 = core.priceCall(f3, book, settings, volume);
  const alt1 = core.alternativesFor(f1, c1, book);
  const alt3 = core.alternativesFor(f3, c3, book);
  assert.ok(alt1.length > 0 && alt3.length > 0, 'gpt-4o has cheaper alternatives');
  for (const a of alt3) {
    const same = alt1.find(x => x.model === a.model);
    if (!same) continue;
    const cand = book.lookup(a.model, null).model;
    // The candidate bills what the same call would bill there: a model that reasons by default thinks once per completion.
    const perCompletion = 400 + (cand.capabilities?.reasoningByDefault ? 1000 : 0);
    const extraOutput = perCompletion * (3 - 1);
    assert.ok(Math.abs((a.costPerCall - same.costPerCall) - extraOutput * cand.output / 1e6) < 1e-12, `${a.model}: only the extra output differs`);
  }
});

test('several-completions fixtures: billed output through the whole pipeline (n literal, constant, 1, unknown, Gemini, LangChain, LiteLLM, Cohere, best_of)', async () => {
  const { fileURLToPath } = await import('node:url');
  const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
  const scan = async area => (await new core.Session({ root: fileURLToPath(new URL(`../fixtures/${area}/several-completions`, import.meta.url)), book }).scanWorkspace()).calls;
  const js = await scan('js');
  assert.deepEqual(js.map(c => [c.line, c.outputTokens]), [[14, 120], [23, 1600], [31, 400], [35, 400], [39, 200], [49, 800], [61, 150], [65, 120]]);
  const py = await scan('python');
  assert.deepEqual(py.map(c => [c.line, c.outputTokens]), [[16, 120], [25, 1600], [33, 400], [37, 400], [41, 200], [49, 800], [56, 800], [60, 150], [73, 150]]);
  for (const c of [...js, ...py]) {
    const multiplied = c.outputTokensSource.includes('completions');
    assert.equal(c.assumptions.some(a => /completions per call/.test(a)), multiplied, `${c.file}:${c.line}`);
    assert.ok(Math.abs(c.costPerCall - (c.inputTokens * c.inputPricePerM + c.outputTokens * c.outputPricePerM) / 1e6) < 1e-12);
  }
  assert.equal(py.find(c => c.line === 60).assumptions.find(a => /completions per call/.test(a)), '3 completions per call (num_generations: 3): output counted 3×, input once');
});
