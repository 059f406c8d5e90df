// The Markdown report of `spendlens scan --format markdown` (src/core/report/markdown.ts) on synthetic reports:
// totals, rows by cost, findings that need attention, folding of long tables, the default-volume note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)('../../out/core.cjs');

function call(over = {}) {
  const c = {
    file: 'src/a.ts', line: 10, column: 3, start: 0, end: 10, language: 'typescript', provider: 'openai', vendor: 'openai',
    api: 'chat.completions.create', kind: 'chat', model: 'gpt-4o', catalogModel: 'gpt-4o', modelSource: 'literal', modelDefinedAt: null,
    promptSource: ['literal'], inputTokens: 1000, inputTokensExact: true, inputBreakdown: [], outputTokens: 500, outputTokensSource: 'default',
    streaming: false, inLoop: false, costPerCall: 0.0075, inputPricePerM: 2.5, outputPricePerM: 10, callsPerMonth: 1000, callsPerMonthSource: 'default',
    encoding: 'o200k_base', tokenRatio: 1, assumptions: [], suggestion: null, findings: [], functionName: 'f', ...over,
  };
  c.monthlyCost = c.costPerCall === null ? null : c.costPerCall * c.callsPerMonth;
  return c;
}
const report = calls => ({
  tool: 'spendlens', version: '0.1.0', root: '/x', catalog: { updated: '2026-07-24', models: 1, stale: null, sources: ['LiteLLM'], layers: [] },
  calls, totals: core.totalsOf(calls), skipped: [], warnings: [],
});

test('totals, rows sorted by monthly cost, savings', () => {
  const md = core.writeMarkdown(report([
    call({ line: 1, callsPerMonth: 10, callsPerMonthSource: 'comment' }),
    call({ line: 2, callsPerMonth: 20000, callsPerMonthSource: 'comment', suggestion: { kind: 'downgrade', model: 'gpt-4o-mini', costPerCall: 0.00045, savingsPct: 94, reason: 'Likely fine on gpt-4o-mini: the answer is yes or no, max_tokens 2. Verify before switching.', complexity: 'simple', evidence: ['the answer is yes or no', 'max_tokens 2'] } }),
    call({ line: 3, callsPerMonth: 5, callsPerMonthSource: 'comment', model: 'claude-opus-4-1', suggestion: { kind: 'newer-same-tier', model: 'claude-opus-4-5', costPerCall: 0.0025, savingsPct: 67, reason: 'claude-opus-4-5: a newer claude-opus model of the same frontier tier, no step down in size.', complexity: 'complex', evidence: ['same family (claude-opus) and tier (frontier)'] } }),
  ]));
  assert.match(md, /\*\*≈\$150\/month\*\* across \*\*3 call sites\*\* · cheaper models could save \*\*≈\$141\/month\*\*/);
  const rows = md.split('\n').filter(l => l.startsWith('| `'));
  assert.deepEqual(rows.map(r => r.split(' | ')[0]), ['| `src/a.ts:2`', '| `src/a.ts:1`', '| `src/a.ts:3`']);
  // The table names what kind of saving it is; the savings list carries the hypothesis and its evidence.
  assert.match(rows[0], /\| likely fine on gpt-4o-mini −94% \|$/);
  assert.match(rows[2], /\| claude-opus-4-5 \(same tier\) −67% \|$/);
  assert.match(md, /\*\*Biggest savings available\*\*\n\n- `src\/a\.ts:2`: gpt-4o → gpt-4o-mini saves ≈\$141\/month \(−94%\) — Likely fine on gpt-4o-mini: the answer is yes or no, max\\\_tokens 2\. Verify before switching\. Evidence: the answer is yes or no; max\\\_tokens 2\./);
  assert.doesNotMatch(md, /default of/, 'no default volumes, no note');
  assert.doesNotMatch(md, /<details>/);
});

test('warnings and errors are listed under "Needs attention"; notes are not', () => {
  const md = core.writeMarkdown(report([call({ findings: [
    { code: 'context-overflow', severity: 'warning', message: 'The prompt | is too long' },
    { code: 'no-output-cap', severity: 'information', message: 'No output cap' },
  ] })]));
  assert.match(md, /\*\*Needs attention\*\*\n\n- `src\/a\.ts:10` \*\*context-overflow\*\*: The prompt \\\| is too long/);
  assert.doesNotMatch(md, /no-output-cap/);
});

test('a long table folds into <details>; default volumes are explained', () => {
  const calls = Array.from({ length: 20 }, (_, i) => call({ line: i + 1 }));
  const md = core.writeMarkdown(report(calls));
  assert.match(md, /<details><summary>20 call sites by monthly cost<\/summary>/);
  assert.match(md, /<\/details>/);
  assert.match(md, /20 call sites of 20 assume the default of 1k calls\/month/);
  const short = core.writeMarkdown(report(calls), { maxRows: 5, foldAfter: 100 });
  assert.doesNotMatch(short, /<details>/);
  assert.match(short, /\| … 15 more \|/);
});

test('no calls and unpriced calls', () => {
  assert.match(core.writeMarkdown(report([])), /No LLM call sites found/);
  const md = core.writeMarkdown(report([call({ model: 'mystery', catalogModel: null, costPerCall: null })]));
  assert.match(md, /\(1 call unpriced, not in total: `[^`]+`\)/);
  assert.match(md, /\| mystery ⚠️ \|/);
});
