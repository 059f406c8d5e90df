// The cost diff core (src/core/diff): matching calls between two reports, deltas, totals and the writers.
// Pure: synthetic reports, no files, no git (the git side is tested through the CLI in cli-diff.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

let seq = 0;
/** A priced call with the fields the diff reads; cost = tokens × $1 / $4 per M, unless `price: null`. */
function call(over = {}) {
  const c = {
    file: 'src/a.ts', line: 10, column: 3, start: seq * 10, end: seq * 10 + 5, language: 'typescript', provider: 'openai', vendor: 'openai',
    api: 'chat.completions.create', kind: 'chat', model: 'gpt-4o', catalogModel: 'gpt-4o', modelSource: 'literal', modelDefinedAt: null,
    promptSource: ['literal'], inputTokens: 1000, inputTokensExact: true, inputBreakdown: [], outputTokens: 500, outputTokensSource: 'default',
    streaming: false, inLoop: false, inputPricePerM: 2.5, outputPricePerM: 10, callsPerMonth: 1000, callsPerMonthSource: 'default',
    encoding: 'o200k_base', tokenRatio: 1, assumptions: [], suggestion: null, findings: [], functionName: 'summarize', ...over,
  };
  seq++;
  if (!('costPerCall' in over)) c.costPerCall = c.inputPricePerM === null ? null : (c.inputTokens * c.inputPricePerM + c.outputTokens * c.outputPricePerM) / 1e6;
  c.monthlyCost = c.costPerCall === null ? null : c.costPerCall * c.callsPerMonth;
  return c;
}
function report(calls) {
  return {
    tool: 'spendlens', version: '0.1.0', root: '/x', catalog: { updated: '2026-07-24', models: 1, stale: null, sources: [], layers: [] },
    calls, totals: core.totalsOf(calls), skipped: [], warnings: [],
  };
}
const near = (a, b) => Math.abs(a - b) < 1e-9;

test('a call that only moved down is unchanged; nothing is reported', () => {
  const d = core.diffReports(report([call({ line: 10 })]), report([call({ line: 25 })]));
  assert.deepEqual(d.counts, { added: 0, removed: 0, changed: 0, unchanged: 1, base: 1, head: 1 });
  assert.equal(d.calls.length, 0);
  assert.equal(d.totalDelta, 0);
  assert.equal(d.totalDeltaPct, 0);
});

test('model switch to a cheaper one: changed, negative delta, reasons and both sides', () => {
  const base = report([call({ model: 'gpt-4o', catalogModel: 'gpt-4o' })]);
  const head = report([call({ line: 12, model: 'gpt-4o-mini', catalogModel: 'gpt-4o-mini', inputPricePerM: 0.15, outputPricePerM: 0.6 })]);
  const d = core.diffReports(base, head, { baseRef: 'main', headRef: 'working tree' });
  assert.equal(d.counts.changed, 1);
  const [c] = d.calls;
  assert.equal(c.change, 'changed');
  assert.deepEqual(c.changes, ['model']);
  assert.equal(c.base.model, 'gpt-4o');
  assert.equal(c.head.model, 'gpt-4o-mini');
  assert.equal(c.line, 12);
  // gpt-4o: 1000×2.5 + 500×10 = $0.0075/call; mini: 1000×0.15 + 500×0.6 = $0.00045/call; × 1000/month
  assert.ok(near(d.baseTotal, 7.5));
  assert.ok(near(d.headTotal, 0.45));
  assert.ok(near(d.totalDelta, -7.05));
  assert.ok(near(c.monthlyDelta, -7.05));
  assert.ok(near(c.costPerCallDelta, -0.00705));
  assert.ok(near(d.totalDeltaPct, -94));
  assert.equal(d.baseRef, 'main');
  assert.equal(core.judgeIncrease(d, { pct: 0 }).exceeded, false, 'a cheaper head passes any gate');
});

test('added and removed calls, and the order by size of delta', () => {
  const base = report([call({ file: 'src/a.ts', functionName: 'summarize' }), call({ file: 'src/old.ts', functionName: 'gone', callsPerMonth: 10 })]);
  const head = report([call({ file: 'src/a.ts', functionName: 'summarize' }), call({ file: 'src/b.ts', functionName: 'translate', api: 'responses.create', callsPerMonth: 5000 })]);
  const d = core.diffReports(base, head);
  assert.equal(d.counts.added, 1);
  assert.equal(d.counts.removed, 1);
  assert.equal(d.counts.unchanged, 1);
  assert.deepEqual(d.calls.map(c => [c.change, c.file]), [['added', 'src/b.ts'], ['removed', 'src/old.ts']]);
  assert.ok(d.calls[0].monthlyDelta > 0 && d.calls[1].monthlyDelta < 0);
  assert.equal(d.calls[0].base, null);
  assert.equal(d.calls[1].head, null);
  assert.ok(near(d.totalDelta, d.calls[0].monthlyDelta + d.calls[1].monthlyDelta));
});

test('token and volume changes are changes; which ones are named', () => {
  const d = core.diffReports(report([call()]), report([call({ inputTokens: 3000, callsPerMonth: 20000 })]));
  assert.deepEqual(d.calls[0].changes, ['inputTokens', 'callsPerMonth']);
  assert.ok(d.totalDelta > 0);
});

test('two calls of the same API in one function pair in source order even when lines shift', () => {
  const base = report([call({ line: 10, model: 'gpt-4o' }), call({ line: 20, model: 'o3', catalogModel: 'o3' })]);
  const head = report([call({ line: 40, model: 'gpt-4o' }), call({ line: 50, model: 'o3', catalogModel: 'o3' })]);
  const d = core.diffReports(base, head);
  assert.equal(d.counts.unchanged, 2);
});

test('a renamed function is matched by file + API, a moved file by function + API', () => {
  const renamed = core.diffReports(report([call({ functionName: 'summarize' })]), report([call({ functionName: 'summarizeDoc', line: 11 })]));
  assert.equal(renamed.counts.unchanged, 1);
  const moved = core.diffReports(report([call({ file: 'src/a.ts' })]), report([call({ file: 'src/lib/a.ts' })]));
  assert.equal(moved.counts.unchanged, 1, 'moving alone does not change cost');
  const movedAndChanged = core.diffReports(report([call({ file: 'src/a.ts' })]), report([call({ file: 'src/lib/a.ts', outputTokens: 50 })]));
  assert.deepEqual(movedAndChanged.calls[0].changes, ['outputTokens', 'moved']);
});

test('with an unequal count, nearest lines pair first', () => {
  const base = report([call({ line: 10 }), call({ line: 30, outputTokens: 100 })]);
  const head = report([call({ line: 31, outputTokens: 100 })]);
  const d = core.diffReports(base, head);
  assert.equal(d.counts.removed, 1);
  assert.equal(d.counts.unchanged, 1);
  assert.equal(d.calls[0].base.line, 10);
});

test('unpriced sides count as $0 and are flagged; a base at $0 is judged by dollars, not an infinite percentage', () => {
  const d = core.diffReports(report([call({ model: 'mystery', catalogModel: null, inputPricePerM: null, outputPricePerM: null })]), report([call()]));
  assert.equal(d.calls[0].unpriced, true);
  assert.equal(d.calls[0].costPerCallDelta, null);
  assert.equal(d.totalDeltaPct, null);
  assert.equal(core.judgeIncrease(d, { pct: 20 }).exceeded, false);
  assert.match(core.judgeIncrease(d, { pct: 20 }).text, /base costs \$0, so the 20% threshold does not apply/);
  assert.equal(core.judgeIncrease(d, { pct: 20, usd: 5 }).exceeded, true, `$7.50 of new spend is over $5 (${d.headTotal})`);
  assert.equal(core.judgeIncrease(d, { usd: 10 }).exceeded, false);
  assert.equal(d.warnings.length, 1);
  assert.equal(core.judgeIncrease(core.diffReports(report([]), report([])), { usd: 0 }).exceeded, false);
});

test('writers: Markdown headline, table and JSON carry the figures', () => {
  const base = report([call({ callsPerMonth: 100000 })]);
  const head = report([call({ callsPerMonth: 100000, model: 'gpt-4o-mini', catalogModel: 'gpt-4o-mini', inputPricePerM: 0.15, outputPricePerM: 0.6 })]);
  const d = core.diffReports(base, head, { baseRef: 'origin/main' });
  const md = core.writeDiffMarkdown(d);
  assert.match(md, /projected monthly LLM spend −\$705 \(−94 %\): \$750 → \$45\.00\/month/);
  assert.match(md, /`origin\/main`/);
  assert.match(md, /\| changed \| `src\/a\.ts:10` \(summarize\) \| gpt-4o → gpt-4o-mini \|/);
  assert.match(md, /\*\*−\$705\*\*/);
  const table = core.writeDiffTable(d);
  assert.match(table, /Projected monthly LLM spend −\$705/);
  assert.match(table, /changed\s+src\/a\.ts:10\s+gpt-4o → gpt-4o-mini/);
  const json = JSON.parse(core.writeDiffJson(d));
  for (const k of ['totalDelta', 'baseTotal', 'headTotal', 'totalDeltaPct', 'counts', 'calls']) assert.ok(k in json, k);
  assert.ok(near(json.totalDelta, -705));
  assert.equal(core.signedUsd(12.4), '+$12.40');
  assert.equal(core.signedPct(null, 3), 'new spend');
  assert.match(core.writeDiffMarkdown(core.diffReports(report([]), report([]))), /No LLM call changed cost/);
});

test('markdown: cheaper options for added or changed calls, counts in words, long lists fold', () => {
  const suggestion = { model: 'gpt-4o-mini', costPerCall: 0.00045, savingsPct: 94, reason: 'simple', complexity: 'simple' };
  const base = report([call({ functionName: 'old', suggestion })]);
  const head = report([call({ functionName: 'old', suggestion }), call({ file: 'src/new.ts', functionName: 'tag', suggestion, callsPerMonth: 2000 })]);
  const d = core.diffReports(base, head);
  assert.equal(d.calls[0].head.suggestion.model, 'gpt-4o-mini');
  assert.ok(near(d.calls[0].head.suggestion.monthlySavings, (0.0075 - 0.00045) * 2000));
  const md = core.writeDiffMarkdown(d);
  assert.match(md, /1 call added, 0 changed, 0 removed, 1 unchanged/);
  assert.match(md, /\*\*Cheaper options for the calls this change adds or edits\*\*\n\n- `src\/new\.ts:10`: gpt-4o → gpt-4o-mini would save ≈\$14\.10\/month \(−94%\)/);
  assert.doesNotMatch(md, /src\/a\.ts:10`: gpt-4o → gpt-4o-mini would save/, 'unchanged calls are not this PR\'s business');
  assert.doesNotMatch(md, /<details>/);
  const many = core.diffReports(report([]), report(Array.from({ length: 12 }, (_, i) => call({ file: `src/f${i}.ts` }))));
  const folded = core.writeDiffMarkdown(many);
  assert.match(folded, /<details><summary>12 calls with a cost change<\/summary>/);
  assert.match(folded, /12 calls added/);
});
