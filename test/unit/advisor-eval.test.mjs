// The deciding test of the advisor: 104 labelled call sites (see expected.json for the dev / second / blind sets) (TS + Python, test/fixtures/advisor/labelled)
// go through the real extractors, the real estimate and the bundled catalog, then assessComplexity
// and adviseCall. Prints the confusion matrix; asserts that `simple` verdicts are right ≥ 90 % of the
// time and that no prompt labelled complex gets a downgrade suggestion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, catalogBook } from '../fixtures/advisor/helpers.mjs';

const dir = join(here, 'labelled');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).cases;
const LEVELS = ['simple', 'moderate', 'complex'];
const NOW = new Date('2026-07-24T00:00:00Z');

/** CallFacts of one fixture file, through the language extractors (or the session, which runs them). */
async function factsOf(file, text) {
  const language = file.endsWith('.py') ? 'python' : 'typescript';
  const resolver = core.noWorkspace;
  const options = { wrappers: [] };
  if (language === 'python' && typeof core.extractPythonFacts === 'function') {
    await core.initPythonParser?.();
    return core.extractPythonFacts({ file, text, resolver, options }).calls;
  }
  if (language !== 'python' && typeof core.extractJsFacts === 'function') {
    return core.extractJsFacts({ file, text, language, resolver, options }).calls;
  }
  // The extractors are not on the core's public surface: read the facts the session keeps per file.
  const session = new core.Session({ root: dir, book: catalogBook() });
  await session.updateFile(file, text);
  const facts = session.results?.get(file)?.facts;
  assert.ok(Array.isArray(facts), 'no way to reach the extracted CallFacts');
  return facts;
}

/** The `case: <id>` marker closest above a call (the comment sits on the line before it). */
function caseOf(lines, line) {
  for (let l = line - 1; l >= Math.max(1, line - 3); l--) {
    const m = /(?:\/\/|#) case: ([\w-]+)/.exec(lines[l - 1]);
    if (m) return m[1];
  }
  return null;
}

async function evaluate() {
  const book = catalogBook();
  const settings = { ...core.defaultSettings(), now: NOW };
  const rows = [];
  const files = [...new Set(Object.values(expected).map(c => c.file))];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const lines = text.split('\n');
    for (const fact of await factsOf(file, text)) {
      const id = caseOf(lines, fact.line);
      if (!id || !expected[id]) continue;
      const call = core.priceCall(fact, book, settings, { callsPerMonth: 1000, source: 'default' });
      const verdict = core.assessComplexity(fact, call.inputTokens);
      const advice = core.adviseCall(fact, call, book, settings);
      rows.push({ id, set: expected[id].set ?? 'dev', label: expected[id].label, level: verdict.level, score: verdict.score, reasons: verdict.reasons, model: call.catalogModel, suggestion: advice.suggestion });
    }
  }
  return rows;
}

function printMatrix(rows, title) {
  const m = Object.fromEntries(LEVELS.map(l => [l, Object.fromEntries(LEVELS.map(p => [p, 0]))]));
  for (const r of rows) m[r.label][r.level]++;
  const pad = s => String(s).padStart(9);
  const out = [`label \\ verdict${LEVELS.map(pad).join('')}`];
  for (const l of LEVELS) out.push(`${l.padEnd(15)}${LEVELS.map(p => pad(m[l][p])).join('')}`);
  const wrong = rows.filter(r => r.label !== r.level).map(r => `  ${r.id}: labelled ${r.label}, judged ${r.level} (${r.score}: ${r.reasons.join('; ')})`);
  console.log(`\nAdvisor confusion matrix, ${title} (${rows.length} labelled calls)\n${out.join('\n')}\n${wrong.length ? `disagreements:\n${wrong.join('\n')}` : ''}`);
  const sugg = rows.filter(r => r.suggestion?.kind === 'downgrade').map(r => `  ${r.id}: ${r.model} → ${r.suggestion.model} (−${r.suggestion.savingsPct} %)`);
  console.log(`downgrade suggestions (${sugg.length}):\n${sugg.join('\n')}`);
  return m;
}

test('labelled prompts: simple verdicts are right ≥ 90 %, complex prompts are never downgraded', async () => {
  const rows = await evaluate();
  const missing = Object.keys(expected).filter(id => !rows.some(r => r.id === id));
  if (missing.length) console.log(`not extracted: ${missing.join(', ')}`);
  assert.ok(rows.length >= 60, `only ${rows.length} of ${Object.keys(expected).length} labelled calls were extracted`);

  const m = printMatrix(rows, 'all');
  const blind = rows.filter(r => r.set === 'blind');
  if (blind.length) printMatrix(blind, 'blind set only (never used for tuning)');
  const judgedSimple = rows.filter(r => r.level === 'simple');
  const rightSimple = judgedSimple.filter(r => r.label === 'simple');
  assert.ok(judgedSimple.length > 0, 'no simple verdicts at all');
  assert.ok(rightSimple.length / judgedSimple.length >= 0.9, `simple precision ${rightSimple.length}/${judgedSimple.length}`);
  // Not trivially conservative: at least half of the simple prompts are recognised.
  const labelledSimple = rows.filter(r => r.label === 'simple').length;
  assert.ok(m.simple.simple >= labelledSimple / 2, `simple recall ${m.simple.simple}/${labelledSimple}`);

  // Newer models of the same tier and cheaper service tiers are offered on any prompt: only a downgrade counts here.
  const downgradedComplex = rows.filter(r => r.label === 'complex' && r.suggestion?.kind === 'downgrade');
  assert.deepEqual(downgradedComplex.map(r => r.id), [], 'complex prompts got a downgrade');
  assert.equal(m.complex.simple, 0, 'a complex prompt was judged simple');
  // The real catalog yields actual suggestions for the prompts judged simple.
  assert.ok(rows.filter(r => r.suggestion?.kind === 'downgrade').length >= rightSimple.length / 2, 'few simple verdicts turned into suggestions');
});
