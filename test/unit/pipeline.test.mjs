// Every fixture case, through the whole pipeline (workspace walk → facts → tokens → catalog prices → advice):
// each key written in a case's expected.json must equal the PricedCall's value, for every call, in order.
// Keys that describe facts only (definedAt, features, prompt parts, maxOutputTokens…) are checked by the
// extractor tests instead; this test reads the keys a PricedCall has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const core = require('../../out/core.cjs');

const fixtures = join(fileURLToPath(import.meta.url), '../../fixtures');
const book = core.loadPriceBook({ bundledPath: core.bundledCatalogPath() });
const PRICED_KEYS = new Set(['file', 'line', 'column', 'provider', 'vendor', 'api', 'kind', 'model', 'catalogModel', 'modelSource',
  'promptSource', 'streaming', 'inLoop', 'functionName', 'callsPerMonth', 'callsPerMonthSource', 'inputTokens', 'inputTokensExact',
  'outputTokens', 'outputTokensSource', 'costPerCall', 'suggestion']);

function cases(area) {
  const dir = join(fixtures, area);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(c => existsSync(join(dir, c, 'expected.json'))).map(c => ({ name: `${area}/${c}`, dir: join(dir, c) }));
}

for (const { name, dir } of [...cases('js'), ...cases('python')]) {
  test(`pipeline: ${name}`, async () => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const session = new core.Session({ root: dir, book });
    const report = await session.scanWorkspace();
    const calls = report.calls;
    assert.equal(calls.length, expected.calls.length, `call count in ${name}: ${calls.map(c => `${c.file}:${c.line}`).join(', ')}`);
    expected.calls.forEach((want, i) => {
      for (const [key, value] of Object.entries(want)) {
        if (!PRICED_KEYS.has(key)) continue;
        assert.deepEqual(calls[i][key], value, `${name} call ${i + 1} (${want.file}:${want.line}) ${key}`);
      }
      // Every priced call is internally consistent.
      const c = calls[i];
      if (c.costPerCall !== null) {
        assert.ok(Math.abs(c.costPerCall - (c.inputTokens * c.inputPricePerM + c.outputTokens * c.outputPricePerM) / 1e6) < 1e-12);
      }
    });
  });
}

test('demo app: every SDK call found and priced', async () => {
  const dir = join(fixtures, 'demo-app');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const report = await new core.Session({ root: dir, book }).scanWorkspace();
  const got = report.calls.map(c => ({ file: c.file, line: c.line, provider: c.provider, api: c.api, model: c.model, priced: c.costPerCall !== null }));
  assert.deepEqual(got, expected.calls);
});
