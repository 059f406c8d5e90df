// The cost panel's view model (src/webview/viewModel.ts + exporters.ts): grouping, sorting, totals,
// what-if, the volume multiplier, filtering, virtual-scroll windows and CSV/JSON export, on
// test/fixtures/panel/basic (a WorkspaceReport + expected.json). The webview code has no bundle of its
// own outside dist/webview.js (an IIFE), so the pure modules are bundled here with esbuild.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function loadTs(entry) {
  const out = esbuild.buildSync({
    stdin: { contents: `export * from './${entry}';`, resolveDir: join(root, 'src/webview'), loader: 'ts' },
    bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => { throw new Error('no imports expected'); });
  return module.exports;
}

const vm = loadTs('viewModel');
const ex = loadTs('exporters');
const fixture = join(root, 'test/fixtures/panel/basic');
const report = JSON.parse(readFileSync(join(fixture, 'report.json'), 'utf8'));
const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8'));
const rows = vm.rowsFromReports([report]);
const opts = (o = {}) => ({ ...vm.defaultViewOptions(), ...o });
const loc = r => `${r.file}:${r.line}`;
const near = (actual, want, msg) => assert.ok(Math.abs(actual - want) < 1e-9, `${msg ?? ''} ${actual} ≠ ${want}`);

test('rows: one per call, unknown model named, Apply only where the model literal is editable', () => {
  assert.equal(rows.length, report.calls.length);
  assert.equal(rows.find(r => r.file === 'app.ts').model, 'unknown');
  for (const [key, can] of Object.entries(expected.canApply)) assert.equal(rows.find(r => loc(r) === key).canApply, can, key);
  assert.equal(rows.find(r => r.file === 'src/chat.ts').folder, 'src');
  assert.equal(rows.find(r => r.file === 'app.ts').folder, '.');
  assert.equal(new Set(rows.map(r => r.id)).size, rows.length, 'row ids are unique');
});

test('rows carry the suggestion as a hypothesis: kind, complexity, evidence; the tooltip lists the evidence; a service tier has no Apply', () => {
  const down = rows.find(r => loc(r) === 'src/chat.ts:10').suggestion;
  assert.equal(down.kind, 'downgrade');
  assert.equal(down.complexity, 'simple');
  assert.deepEqual(down.evidence.slice(0, 2), ['the answer is yes or no', 'max_tokens 2']);
  assert.equal(vm.suggestionTooltip(down), 'smaller model: Likely fine on gpt-4o-mini: the answer is yes or no, max_tokens 2. Verify before switching.\n• the answer is yes or no\n• max_tokens 2\n• the placeholder ${msg} is data to label, not the problem');
  assert.equal(rows.find(r => loc(r) === 'src/agents/summarize.py:5').suggestion.kind, 'newer-same-tier');
  const call = report.calls.find(c => `${c.file}:${c.line}` === 'src/chat.ts:10');
  const batch = { ...call, suggestion: { kind: 'service-tier', serviceTier: 'batch', model: call.model, costPerCall: 0.001, savingsPct: 50, reason: 'Batch API for this offline loop.', complexity: 'moderate', evidence: ['loop in a script'] } };
  const [row] = vm.rowsFromReports([{ ...report, calls: [batch] }]);
  assert.equal(row.suggestion.serviceTier, 'batch');
  assert.equal(row.canApply, false, 'the same model: nothing to switch');
});

test('totals: monthly, savings and unknown prices over all rows', () => {
  const view = vm.buildView(rows, opts());
  near(view.totals.monthly, expected.totals.monthly, 'monthly');
  near(view.totals.savings, expected.totals.savings, 'savings');
  assert.equal(view.totals.unknown, expected.totals.unknown);
  assert.equal(view.totals.calls, expected.totals.calls);
  near(view.totals.baselineMonthly, view.totals.monthly, 'baseline = monthly without what-if');
});

test('what-if applies every suggestion: the total drops by exactly the savings', () => {
  const off = vm.buildView(rows, opts()).totals;
  const on = vm.buildView(rows, opts({ whatIf: true })).totals;
  near(on.monthly, expected.whatIfMonthly, 'what-if monthly');
  near(on.baselineMonthly - on.monthly, on.savings, 'baseline − what-if = savings');
  near(on.baselineMonthly, off.monthly);
  const switched = vm.priceRow(rows.find(r => loc(r) === 'src/chat.ts:10'), { whatIf: true, multiplier: 1 });
  assert.equal(switched.model, 'gpt-4o-mini');
  assert.equal(switched.switched, true);
  const kept = vm.priceRow(rows.find(r => loc(r) === 'src/chat.ts:30'), { whatIf: true, multiplier: 1 });
  assert.equal(kept.model, 'gpt-4o');
});

test('volume multiplier scales calls, cost and savings linearly, and is clamped', () => {
  const t2 = vm.buildView(rows, opts({ multiplier: 2 })).totals;
  near(t2.monthly, expected.multiplier2Monthly, 'x2 monthly');
  near(t2.savings, expected.totals.savings * 2, 'x2 savings');
  assert.equal(vm.priceRow(rows[0], { whatIf: false, multiplier: 2 }).callsPerMonth, rows[0].callsPerMonth * 2);
  assert.equal(vm.clampMultiplier(1e9), vm.MULTIPLIER_MAX);
  assert.equal(vm.clampMultiplier(0), vm.MULTIPLIER_MIN);
  assert.equal(vm.clampMultiplier(NaN), 1);
});

test('sorting: by monthly both ways with unknown prices last, by model, by location', () => {
  const by = o => vm.buildView(rows, opts(o)).groups.flatMap(g => g.rows).map(loc);
  assert.deepEqual(by({ sortKey: 'monthly', sortDir: 'desc' }), expected.sortedByMonthlyDesc);
  assert.deepEqual(by({ sortKey: 'monthly', sortDir: 'asc' }), expected.sortedByMonthlyAsc);
  assert.deepEqual(by({ sortKey: 'model', sortDir: 'asc' }), expected.sortedByModelAsc);
  const byLocation = by({ sortKey: 'location', sortDir: 'asc' });
  assert.deepEqual(byLocation, [...byLocation].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  assert.deepEqual(by({ sortKey: 'location', sortDir: 'desc' }), [...byLocation].reverse());
  // Every sort key gives a permutation of the rows (nothing lost or duplicated).
  for (const sortKey of vm.SORT_KEYS) assert.equal(new Set(by({ sortKey })).size, rows.length, sortKey);
});

test('grouping: by folder and by model, with per-group totals, costliest group first', () => {
  const groups = o => vm.buildView(rows, opts(o)).groups.map(g => [g.label, Number(g.totals.monthly.toFixed(6)), g.rows.length]);
  assert.deepEqual(groups({ groupBy: 'folder' }), expected.groupsByFolder);
  assert.deepEqual(groups({ groupBy: 'model' }), expected.groupsByModel);
  assert.deepEqual(groups({ groupBy: 'model', whatIf: true }), expected.groupsByModelWhatIf);
  const byProvider = vm.buildView(rows, opts({ groupBy: 'provider' }));
  near(byProvider.groups.reduce((s, g) => s + g.totals.monthly, 0), byProvider.totals.monthly, 'group totals add up');
  assert.equal(vm.buildView(rows, opts({ groupBy: 'file' })).groups.length, 4);
});

test('filter: every word must match file, provider, model, api, function or suggestion', () => {
  const filtered = f => vm.buildView(rows, opts({ filter: f })).groups.flatMap(g => g.rows).map(loc);
  assert.deepEqual(filtered('ANTHROPIC'), expected.filterAnthropic);
  assert.deepEqual(filtered('chat.ts mini'), expected.filterWords);
  assert.deepEqual(filtered('no-such-thing'), []);
  const v = vm.buildView(rows, opts({ filter: 'chat.ts' }));
  assert.equal(v.shown, 2);
  assert.equal(v.total, rows.length);
  near(v.totals.monthly, 8.75, 'totals follow the filter');
});

test('flatten: group headers, collapsed groups hide their rows', () => {
  const view = vm.buildView(rows, opts({ groupBy: 'folder' }));
  const items = vm.flatten(view, 'folder', new Set());
  assert.equal(items.filter(i => i.kind === 'group').length, 3);
  assert.equal(items.filter(i => i.kind === 'row').length, rows.length);
  const collapsed = vm.flatten(view, 'folder', new Set(['src/agents']));
  assert.equal(collapsed.filter(i => i.kind === 'row').length, rows.length - 2);
  assert.equal(collapsed.find(i => i.kind === 'group' && i.group.key === 'src/agents').collapsed, true);
  assert.equal(vm.flatten(vm.buildView(rows, opts()), 'none', new Set()).every(i => i.kind === 'row'), true);
});

test('1,000+ rows: view builds fast and the DOM window stays small', () => {
  const many = [];
  for (let i = 0; i < 5000; i++) {
    const c = report.calls[i % report.calls.length];
    many.push({ ...c, file: `pkg${i % 40}/f${i}.ts`, line: (i % 300) + 1 });
  }
  const bigRows = vm.rowsFromReports([{ ...report, calls: many }]);
  const t0 = performance.now();
  const view = vm.buildView(bigRows, opts({ groupBy: 'folder', filter: 'pkg', sortKey: 'saving' }));
  const items = vm.flatten(view, 'folder', new Set());
  const ms = performance.now() - t0;
  assert.equal(items.length, 5000 + 40);
  assert.ok(ms < 500, `view over 5,000 rows took ${ms.toFixed(0)} ms`);
  const w = vm.visibleWindow(items.length, 24 * 2000, 600, 24, 10);
  assert.deepEqual([w.start, w.end], [1990, 2035]);
  assert.equal(w.padTop + (w.end - w.start) * 24 + w.padBottom, items.length * 24, 'spacers keep the scroll height');
  const top = vm.visibleWindow(items.length, 0, 600, 24, 10);
  assert.equal(top.start, 0);
  const past = vm.visibleWindow(3, 10_000, 600, 24, 10);
  assert.ok(past.start <= past.end && past.end <= 3 && past.padBottom >= 0);
});

test('cost breakdown for the charts: by model and by file, the tail summed as "other"', () => {
  const byModel = vm.costBreakdown(rows, 'model', { whatIf: false, multiplier: 1 });
  assert.deepEqual(byModel.map(s => s.label), ['claude-opus-4', 'gpt-4o', 'text-embedding-3-small']);
  const byFile = vm.costBreakdown(rows, 'file', { whatIf: false, multiplier: 1 }, 2);
  assert.deepEqual(byFile.map(s => s.label), ['src/agents/summarize.py', 'other (2)']);
  near(byFile[1].value, 8.85);
});

test('calls-per-month input parsing', () => {
  assert.equal(vm.parseCallsPerMonth('1,200'), 1200);
  assert.equal(vm.parseCallsPerMonth(' 2k '), 2000);
  assert.equal(vm.parseCallsPerMonth('1.5M'), 1_500_000);
  assert.equal(vm.parseCallsPerMonth('0'), 0);
  assert.equal(vm.parseCallsPerMonth('-5'), null);
  assert.equal(vm.parseCallsPerMonth('lots'), null);
  assert.equal(vm.parseCallsPerMonth(''), null);
});

test('restored view options are sanitized', () => {
  assert.deepEqual(vm.sanitizeViewOptions(null), vm.defaultViewOptions());
  const o = vm.sanitizeViewOptions({ sortKey: 'evil', groupBy: 'model', multiplier: 1e6, whatIf: 'yes', filter: 3 });
  assert.equal(o.sortKey, 'monthly');
  assert.equal(o.groupBy, 'model');
  assert.equal(o.multiplier, vm.MULTIPLIER_MAX);
  assert.equal(o.whatIf, false);
  assert.equal(o.filter, '');
});

test('CSV: RFC 4180 quoting and no spreadsheet formulas from workspace strings', () => {
  assert.equal(ex.csvField('plain'), 'plain');
  assert.equal(ex.csvField('a,b'), '"a,b"');
  assert.equal(ex.csvField('say "hi"'), '"say ""hi"""');
  assert.equal(ex.csvField('two\nlines'), '"two\nlines"');
  assert.equal(ex.csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(ex.csvField('+1'), "'+1");
  assert.equal(ex.csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(ex.csvField(null), '');
  assert.equal(ex.csvField(0.1 + 0.2), '0.3');
  assert.equal(ex.csvField(-3), '-3', 'numbers are not text: no formula guard');
});

test('CSV and JSON export follow the view (filter, what-if, multiplier)', () => {
  const o = opts({ whatIf: true, multiplier: 2, sortKey: 'location', sortDir: 'asc' });
  const view = vm.buildView(rows, o);
  const csv = ex.toCsv(view, o);
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines.length, rows.length + 1);
  const header = lines[0].split(',');
  const chat10 = lines.find(l => l.startsWith('src/chat.ts,10,')).split(',');
  assert.equal(chat10[header.indexOf('model')], 'gpt-4o-mini');
  assert.equal(chat10[header.indexOf('calls_per_month')], '2000');
  assert.equal(chat10[header.indexOf('monthly_usd')], '0.78');
  assert.equal(chat10[header.indexOf('saving_monthly_usd')], '12.22');
  const unknown = lines.find(l => l.startsWith('app.ts,')).split(',');
  assert.equal(unknown[header.indexOf('cost_per_call_usd')], '');

  const json = JSON.parse(ex.toJson(vm.buildView(rows, opts({ filter: 'anthropic' })), opts({ filter: 'anthropic' })));
  assert.equal(json.calls.length, 1);
  assert.equal(json.calls[0].model, 'claude-opus-4');
  assert.equal(json.totals.monthly_usd, 24);
  assert.equal(json.view.filter, 'anthropic');

  const weird = vm.rowsFromReports([{ ...report, calls: [{ ...report.calls[3], file: 'src/a,"b".ts', model: '=cmd()' }] }]);
  const weirdCsv = ex.toCsv(vm.buildView(weird, opts()), opts());
  assert.ok(weirdCsv.includes('"src/a,""b"".ts"'), weirdCsv);
  assert.ok(weirdCsv.includes(",'=cmd(),"), weirdCsv);
});
