// The status bar's text and tooltip (src/client/statusText.ts): the monthly total, unpriced calls counted beside it
// (`≈ $31/mo + 10 unpriced`, they are not in the total) and named in the tooltip, the rest counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(fileURLToPath(import.meta.url), '../../..');
const out = esbuild.buildSync({ entryPoints: [join(root, 'src/client/statusText.ts')], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error' });
const module = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => { throw new Error('no imports expected'); });
const { statusText } = module.exports;

const totals = over => ({ calls: 14, costPerCallSum: 0.1, monthly: 31.2, unknownModels: 0, unpricedSites: [], savingsMonthly: 0, folders: 1, stale: null, complete: true, ...over });

test('every call priced: the total alone', () => {
  const s = statusText(totals());
  assert.equal(s.text, '$(graph) ≈ $31.20/mo');
  assert.ok(!s.tooltip.includes('unpriced'));
});

test('unpriced calls are counted beside the total and named in the tooltip', () => {
  const sites = ['src/a.ts:3', 'src/b.ts:9', 'py/c.py:12', 'py/d.py:4', 'src/e.ts:1'];
  const s = statusText(totals({ unknownModels: 10, unpricedSites: sites }));
  assert.equal(s.text, '$(graph) ≈ $31.20/mo + 10 unpriced');
  assert.ok(s.tooltip.split('\n').includes(`10 calls unpriced, not in total (model unknown, not resolved or self-hosted): ${sites.join(', ')} and 5 more`), s.tooltip);
  const two = statusText(totals({ unknownModels: 2, unpricedSites: sites.slice(0, 2) }));
  assert.ok(two.tooltip.includes('2 calls unpriced, not in total (model unknown, not resolved or self-hosted): src/a.ts:3, src/b.ts:9\n'), two.tooltip);
});

test('while indexing the text spins and the tooltip says so', () => {
  const s = statusText(totals({ complete: false, unknownModels: 1, unpricedSites: ['src/a.ts:3'] }));
  assert.equal(s.text, '$(sync~spin) $(graph) ≈ $31.20/mo + 1 unpriced');
  assert.match(s.tooltip, /Indexing the workspace…/);
});
