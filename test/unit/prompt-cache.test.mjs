// Prompt caching priced into $/call (src/core/estimate/caching.ts): the workspace test/fixtures/caching/workspace is
// scanned by the Session with the bundled catalog; each case's cache use and cost are checked against
// test/fixtures/caching/expected.json and the pricing formula.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { casesIn } from '../fixtures/advisor/helpers.mjs';

const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');
const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'test/fixtures/caching');
const root = join(fixtures, 'workspace');
const { cases } = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8'));
const book = core.loadPriceBook({ bundledPath: join(repo, 'pricing/catalog.json') });

test('the prompt cache each call uses is priced into its cost, with the assumption stated', async () => {
  const session = new core.Session({ root, book });
  const report = await session.scanWorkspace();
  const seen = new Set();
  for (const [id, call] of casesIn(root, report)) {
    seen.add(id);
    const want = cases[id];
    const model = book.lookup(call.catalogModel).model;
    assert.equal(call.promptCache?.kind ?? null, want.kind, id);
    if (want.finding) assert.ok(call.findings.some(f => f.code === want.finding), `${id}: ${want.finding}`);
    else assert.ok(!call.findings.some(f => f.code === 'prompt-caching'), `${id}: no prompt-caching hint for a cache in use`);
    const uncached = (call.inputTokens * call.inputPricePerM + call.outputTokens * call.outputPricePerM) / 1e6;
    if (!want.kind) {
      assert.ok(Math.abs(call.costPerCall - uncached) < 1e-15, `${id}: no cache, plain price`);
      continue;
    }
    const cache = call.promptCache;
    assert.equal(call.callsPerMonth, want.callsPerMonth, id);
    assert.equal(Math.round(cache.hitRate * 100), want.hitRatePct, `${id} hit rate`);
    assert.ok(Math.abs(cache.hitRate - (1 - Math.exp(-call.callsPerMonth * 5 / 43200))) < 1e-12);
    assert.ok(cache.prefixTokens >= 1024 && cache.prefixTokens < call.inputTokens, `${id}: prefix ${cache.prefixTokens} of ${call.inputTokens}`);
    const miss = want.kind === 'explicit' ? model.cacheWrite : call.inputPricePerM;
    const prefixPrice = cache.hitRate * model.cachedInput + (1 - cache.hitRate) * miss;
    const expected = ((call.inputTokens - cache.prefixTokens) * call.inputPricePerM + cache.prefixTokens * prefixPrice + call.outputTokens * call.outputPricePerM) / 1e6;
    assert.ok(Math.abs(call.costPerCall - expected) < 1e-12, `${id}: ${call.costPerCall} vs ${expected}`);
    assert.equal(call.costPerCall < uncached, want.cheaperThanUncached, `${id}: caching ${want.cheaperThanUncached ? 'saves' : 'costs more'} at ${call.callsPerMonth} calls/month`);
    const said = call.assumptions.find(a => a.startsWith('prompt cache: '));
    assert.ok(said, `${id}: assumption`);
    assert.match(said, new RegExp(`${want.hitRatePct} % of calls`));
    if (want.kind === 'automatic') assert.match(said, /assumed: the prefix stays first and unchanged/);
    else assert.match(said, new RegExp(`misses write it at \\$${model.cacheWrite}/1M`));
  }
  assert.deepEqual([...seen].sort(), Object.keys(cases).sort(), 'every case was found');
});

test('a comparison prices the other model with the same cache use (like with like)', async () => {
  const session = new core.Session({ root, book });
  const report = await session.scanWorkspace();
  const busy = casesIn(root, report).find(([id]) => id === 'anthropic-cache-control-busy')?.[1];
  const other = book.lookup('claude-opus-4-5').model;
  const input = Math.round(busy.inputTokens / busy.tokenRatio * other.tokenizer.ratio);
  const onOther = core.cacheOn(other, busy.promptCache, input);
  assert.equal(onOther.kind, 'explicit');
  assert.equal(onOther.hitRate, busy.promptCache.hitRate);
  const withCache = core.costOf(other, input, 300, onOther);
  assert.ok(withCache < core.costOf(other, input, 300), 'the cache lowers the other model\'s cost too');
  // A model that does not cache the same way (OpenAI's automatic cache vs cache_control) gets no cache use.
  assert.equal(core.cacheOn(book.lookup('gpt-4.1').model, busy.promptCache, input), null);
});

test('hit rate: calls arriving at random within the 5-minute cache lifetime', () => {
  assert.equal(core.cacheHitRate(0), 0);
  assert.equal(Math.round(core.cacheHitRate(1000) * 100), 11);
  assert.equal(Math.round(core.cacheHitRate(30000) * 100), 97);
  assert.ok(core.cacheHitRate(1e7) > 0.999);
});
