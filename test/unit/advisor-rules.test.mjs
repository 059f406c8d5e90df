// The advisor inside the whole pipeline: a small workspace (test/fixtures/advisor/rules) scanned by the
// Session with the bundled catalog; each call must carry exactly the findings listed in expected.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, catalogBook, casesIn } from '../fixtures/advisor/helpers.mjs';

const root = join(here, 'rules');
const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')).cases;

test('findings of each call in the rules workspace', async () => {
  const session = new core.Session({ root, book: catalogBook(), settings: { advice: { enable: true, minSavingsPct: 30, allowCrossProvider: false, preferredModels: [] } } });
  const report = await session.scanWorkspace();
  const seen = new Set();
  for (const [id, call] of casesIn(root, report)) {
    seen.add(id);
    const want = expected[id];
    assert.equal(call.file, want.file, id);
    assert.deepEqual(call.findings.map(f => f.code).sort(), [...want.findings].sort(), `${id}: ${call.findings.map(f => f.message).join(' | ')}`);
    assert.equal(call.suggestion?.model ?? null, want.suggestion, `${id} suggestion`);
    if (want.suggestionKind) assert.equal(call.suggestion.kind, want.suggestionKind, `${id} suggestion kind`);
    for (const f of call.findings) {
      assert.ok(f.message.length > 10 && f.message.length < 200, `${id}: message length`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
    }
    const byCode = Object.fromEntries(call.findings.map(f => [f.code, f]));
    if (want.promptCachingMode) {
      assert.equal(byCode['prompt-caching'].data.mode, want.promptCachingMode, id);
      assert.ok(byCode['prompt-caching'].savingsPerCall > 0);
    }
    if ('promptCache' in want) assert.equal(call.promptCache?.kind ?? null, want.promptCache, `${id} prompt cache priced`);
    if (call.promptCache) {
      // The cached prefix is priced into $/call: cheaper than the same tokens at the input price.
      const uncached = (call.inputTokens * call.inputPricePerM + call.outputTokens * call.outputPricePerM) / 1e6;
      assert.ok(call.costPerCall < uncached, `${id}: ${call.costPerCall} < ${uncached}`);
      assert.ok(call.assumptions.some(a => a.startsWith('prompt cache: ')), `${id}: the cache assumption is stated`);
    }
    if (want.successor) assert.equal(byCode['deprecated-model'].data.successor, want.successor);
    if (want.nearest) assert.equal(byCode['unknown-model'].data.nearest[0], want.nearest);
    if (byCode['batch-api']) assert.ok(Math.abs(byCode['batch-api'].savingsPerCall - call.costPerCall / 2) < 1e-12, 'gpt-4o batch prices are half');
  }
  assert.deepEqual([...seen].sort(), Object.keys(expected).sort(), 'every case was extracted');
});
