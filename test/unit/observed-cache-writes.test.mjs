// Observed prompt-cache reads AND writes priced into $/call (src/core/observed/apply.ts): writes at the catalog's
// cache-write price, reads at its cached-input price, the rest of the input at the input price; both replace the
// static cache assumption. Built by hand (an ObservedSite as `spendlens calibrate` writes it) so the figures are exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, fact, sys, user } from '../fixtures/advisor/helpers.mjs';

const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const stats = mean => ({ mean, p50: mean, p90: mean, samples: 40 });
const site = over => ({
  file: 'src/app.ts', line: 1, function: 'handler', model: 'claude-sonnet-4-5', calls: 40, days: 10, callsPerMonth: 121.8,
  matchedBy: 'code-location', matched: {}, inputTokens: stats(5000), outputTokens: stats(200), cachedInputTokens: null,
  estimateAtCalibration: { inputTokens: 0, outputTokens: 0 }, sources: ['otlp'], ...over,
});
const call = fact({ provider: 'anthropic', vendor: 'anthropic', api: 'messages.create', model: { value: 'claude-sonnet-4-5' },
  prompt: [sys('Answer from the guide.'), user('{q}', ['q'])], maxOutputTokens: { value: 400, param: 'max_tokens' }, features: { cacheControl: true } });
const price = observed => core.priceCall({ ...call, }, book, core.defaultSettings(), { callsPerMonth: 1000, source: 'default' }, observed);

test('observed cache writes are priced at the cache-write price, reads at the cached price, the rest at the input price', () => {
  const m = book.lookup('claude-sonnet-4-5').model;
  assert.ok(m.cacheWrite > m.input && m.cachedInput < m.input, 'the catalog prices writes above input and reads below');
  const c = price(site({ cachedInputTokens: stats(3000), cacheWriteInputTokens: stats(1500) }));
  const input = c.inputTokens;
  const expected = ((input - 3000 - 1500) * m.input + 3000 * m.cachedInput + 1500 * m.cacheWrite + c.outputTokens * m.output) / 1e6;
  assert.ok(Math.abs(c.costPerCall - expected) < 1e-12, `${c.costPerCall} vs ${expected}`);
  assert.ok(c.assumptions.includes(`1500 of the input tokens observed as cache writes, priced at $${m.cacheWrite}/1M`), c.assumptions.join('\n'));
  assert.ok(c.assumptions.includes(`3000 of the input tokens observed as cache reads, priced at $${m.cachedInput}/1M`));
  assert.ok(!c.assumptions.some(a => a.startsWith('prompt cache:')), 'observed figures replace the static cache assumption');
  assert.equal(c.promptCache, undefined);
  assert.equal(c.observed.cacheWriteInputTokensMean, 1500);
});

test('writes alone, writes never beyond the input left beside the reads, and files written before writes were kept', () => {
  const m = book.lookup('claude-sonnet-4-5').model;
  const writesOnly = price(site({ cacheWriteInputTokens: stats(2000) }));
  assert.ok(Math.abs(writesOnly.costPerCall - ((writesOnly.inputTokens - 2000) * m.input + 2000 * m.cacheWrite + writesOnly.outputTokens * m.output) / 1e6) < 1e-12);
  const over = price(site({ cachedInputTokens: stats(4500), cacheWriteInputTokens: stats(2000) }));
  const left = over.inputTokens - 4500;
  assert.ok(Math.abs(over.costPerCall - (4500 * m.cachedInput + left * m.cacheWrite + over.outputTokens * m.output) / 1e6) < 1e-12, 'writes clamped to the input left');
  const old = price(site({ cachedInputTokens: stats(3000) })); // no cacheWriteInputTokens key at all
  assert.ok(Math.abs(old.costPerCall - ((old.inputTokens - 3000) * m.input + 3000 * m.cachedInput + old.outputTokens * m.output) / 1e6) < 1e-12);
  assert.ok(!old.assumptions.some(a => a.includes('cache writes')));
});
