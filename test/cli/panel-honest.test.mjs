// The panel on what a real app gives it (#20 item 5): a Vendor column from the policy's vendor (not the framework),
// grouping by vendor, the reason an empty Cheaper column is empty, unpriced rows `—` and counted, assumed models
// marked, paths shortened in the middle. The reports come from the CLI's pipeline on test/fixtures/honest/<case>/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { cli, repoRoot } from './cli-helpers.mjs';

function load(entry) {
  const out = esbuild.buildSync({ entryPoints: [join(repoRoot, entry)], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => { throw new Error('no imports expected'); });
  return module.exports;
}

const vm = load('src/webview/viewModel.ts');
const ex = load('src/webview/exporters.ts');
const fmt = load('src/shared/format.ts');
const fixture = name => join(repoRoot, 'test/fixtures/honest', name);
const reportOf = name => {
  const r = cli(['scan', fixture(name), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};
const opts = (o = {}) => ({ ...vm.defaultViewOptions(), ...o });

test('panel: vendor beside the framework, why the Cheaper column is empty, grouping by vendor', () => {
  const expected = JSON.parse(readFileSync(join(fixture('panel'), 'expected.json'), 'utf8'));
  const rows = vm.rowsFromReports([reportOf('panel')]);
  for (const [where, want] of Object.entries(expected.rows)) {
    const row = rows.find(r => `${r.file}:${r.line}` === where);
    assert.ok(row, where);
    for (const [k, v] of Object.entries(want)) assert.equal(row[k], v, `${where} ${k}`);
  }
  const view = vm.buildView(rows, opts({ groupBy: 'vendor' }));
  assert.deepEqual(view.groups.map(g => g.label).sort(), [...expected.vendorGroups].sort(), 'one group per vendor, not one "langchain" group');
  assert.equal(vm.buildView(rows, opts({ filter: 'anthropic' })).shown, 1, 'the filter matches the vendor');
  assert.ok(vm.sortRows(rows, opts({ sortKey: 'vendor', sortDir: 'asc' }))[0].vendor === 'anthropic');
  assert.equal(fmt.shortenPath('src/graphs/doc-editor/nodes/models.ts:10', 34), expected.shortLocation);
  const csv = ex.toCsv(vm.buildView(rows, opts()), opts()).split(/\r?\n/);
  assert.match(csv[0], /,vendor,model_assumed,model_source$/);
});

test('panel: unpriced rows are — and counted; assumed models are marked', () => {
  const rows = vm.rowsFromReports([reportOf('unpriced')]);
  const totals = vm.totalsOf(rows, opts());
  assert.equal(totals.unknown, 2);
  // The footer counts them and names them (tooltip); the summary line names them too.
  const expected = JSON.parse(readFileSync(join(fixture('unpriced'), 'expected.json'), 'utf8'));
  assert.deepEqual(vm.totalsLabel(totals), { text: expected.panelFooter, title: expected.panelFooterTitle });
  assert.equal(fmt.unpricedSentence(totals.unpricedSites), expected.panelSummary);
  assert.deepEqual(vm.totalsLabel(vm.totalsOf(rows.filter(r => r.costPerCall !== null), opts())).title, null);
  for (const row of rows.filter(r => r.costPerCall === null)) {
    const p = vm.priceRow(row, opts());
    assert.equal(fmt.formatUsd(p.costPerCall), '—');
    assert.equal(fmt.formatMonthly(p.monthly), '—', 'the month is — too, not $0');
  }
  assert.deepEqual(rows.filter(r => r.costPerCall === null).map(r => r.noSuggestion).sort(), ['model not resolved', 'model unknown']);
  const assumed = vm.rowsFromReports([reportOf('assume-model')]);
  assert.equal(assumed.filter(r => r.modelAssumed).length, 6);
  assert.ok(assumed.find(r => !r.modelAssumed && r.model === 'gpt-4o-mini'));
});
