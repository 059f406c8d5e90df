// Outputs as billed (test/fixtures/js/outputs-as-billed): reasoning only where the model reasons by default or the
// call asks for it, always within the cap, and every comparison (cheaper model, deprecated successor) like with like.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');

const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const root = fileURLToPath(new URL('../fixtures/js/outputs-as-billed', import.meta.url));
const session = new core.Session({ root, book });
const scanned = session.scanWorkspace();
const at = async line => (await scanned).calls.find(c => c.line === line);
const settings = core.defaultSettings();

test('the catalog says which models reason by default, apart from which can reason', () => {
  const caps = id => book.lookup(id, null).model.capabilities;
  for (const id of ['gpt-5', 'gpt-5-mini', 'o3', 'o4-mini', 'deepseek-reasoner', 'gemini-2.5-pro', 'gemini-2.5-flash']) assert.equal(caps(id).reasoningByDefault, true, id);
  for (const id of ['claude-sonnet-4-5', 'claude-opus-4-1', 'gpt-5.1', 'gpt-4o', 'gemini-2.5-flash-lite', 'deepseek-chat']) assert.notEqual(caps(id).reasoningByDefault, true, id);
  assert.equal(caps('claude-sonnet-4-5').reasoning, true, 'Claude can think when asked');
});

test('reasoning allowance: effort scale, thinking budget, off switches', () => {
  const f = features => ({ features: { tools: false, vision: false, jsonMode: false, messageCount: 1, history: false, cacheControl: false, fewShot: false, ...features } });
  const plain = { id: 'm', capabilities: { reasoning: true } };
  const byDefault = { id: 'r', capabilities: { reasoning: true, reasoningByDefault: true } };
  assert.equal(core.reasoningFor(f({}), plain, 1000), null);
  assert.equal(core.reasoningFor(f({}), byDefault, 1000).tokens, 1000);
  assert.equal(core.reasoningFor(f({ reasoningEffort: 'none' }), byDefault, 1000), null);
  assert.equal(core.reasoningFor(f({ reasoningEffort: 'minimal' }), plain, 1000).tokens, 250);
  assert.equal(core.reasoningFor(f({ reasoningEffort: 'HIGH' }), plain, 1000).tokens, 2000);
  assert.equal(core.reasoningFor(f({ thinkingBudget: 0 }), byDefault, 1000), null);
  assert.equal(core.reasoningFor(f({ thinkingBudget: 500 }), plain, 1000).tokens, 500);
  assert.equal(core.reasoningFor(f({ thinkingBudget: 8000 }), plain, 1000).tokens, 1000);
  assert.equal(core.reasoningFor(f({ thinkingBudget: -1 }), plain, 1000).tokens, 1000);
});

test('a deprecated model\'s same-price successor is priced with the same cap: ±0 %', async () => {
  const old = await at(30);
  const dep = old.findings.find(f => f.code === 'deprecated-model');
  assert.ok(dep, 'deprecated finding');
  assert.match(dep.message, /claude-3-5-sonnet .*→ (use )?claude-sonnet-4-5: ±0% per call/);
});

test('cheaper models are priced for the same call: same cap, no reasoning the call would not get', async () => {
  const call = await at(11);
  assert.equal((await scanned).calls.length, 8);
  // Other providers' models too: OpenAI's and Gemini's include models that reason by default.
  const crossSession = new core.Session({ root, book, settings: { ...settings, advice: { ...settings.advice, allowCrossProvider: true } } });
  const crossCall = (await crossSession.scanWorkspace()).calls.find(c => c.line === 11);
  const alts = [...session.alternatives(call), ...crossSession.alternatives(crossCall)];
  assert.ok(alts.some(a => book.lookup(a.model, null).model.provider !== 'anthropic'), 'cross-provider alternatives listed');
  for (const a of alts) {
    const m = book.lookup(a.model, null).model;
    assert.notEqual(m.capabilities.reasoningByDefault, true, `${a.model}: a model that reasons by default cannot answer within 20 tokens`);
    const input = core.rescaleTokens(call.inputTokens, call.tokenRatio, m);
    assert.ok(Math.abs(a.costPerCall - core.costOf(m, input, 20)) < 1e-12, `${a.model} priced with the same 20-token cap`);
  }
});

test('settings change the allowance everywhere it is used', async () => {
  const session = new core.Session({ root, book, settings: { ...settings, reasoningAllowance: 3000 } });
  const calls = (await session.scanWorkspace()).calls;
  assert.equal(calls.find(c => c.line === 39).outputTokens, 3400);
  assert.equal(calls.find(c => c.line === 11).outputTokens, 20);
  assert.equal(calls.find(c => c.line === 57).outputTokens, 400);
});
