// Right-sizing on complex and moderate prompts (#13): a closed answer does not make a call simple when the work is
// a judgement (security verdicts, candidate fit, default chances, the best of the user's options, maths whose
// figures arrive in the data, coverage or clinical calls), and open output (a summary, a translation, an answer from
// retrieved context, prose) stays moderate however small the cap. Cases: test/fixtures/advisor/right-sizing/cases.json,
// each family in three or more languages with easy twins that must stay simple; languages without blocker phrases
// get a suggestion only for a listed label set without numerals.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, fact, priced, model, bookOf, caseFact, explainVerdict } from '../fixtures/advisor/helpers.mjs';

const cases = JSON.parse(readFileSync(join(here, 'right-sizing', 'cases.json'), 'utf8')).cases;

const build = caseFact;
const explain = explainVerdict;

describe('right-sizing fixtures (test/fixtures/advisor/right-sizing/cases.json)', () => {
  for (const [id, c] of Object.entries(cases)) {
    test(`${id}: ${c.expect.level}`, () => {
      const v = core.assessComplexity(build(c), 300);
      const why = explain(v);
      if (c.expect.level === 'not-simple') assert.notEqual(v.level, 'simple', why);
      else assert.equal(v.level, c.expect.level, why);
      if (c.expect.family) assert.ok(v.structure.blockers.some(b => b.family === c.expect.family), why);
      if (c.expect.blocker) assert.ok(v.structure.blockers.some(b => b.kind === c.expect.blocker), why);
      if (c.expect.shape) assert.equal(v.structure.shape?.kind ?? null, c.expect.shape, why);
    });
  }

  test('each family is tested in three or more languages, open output in five, with easy twins in four', () => {
    const langs = (pick) => new Set(Object.values(cases).filter(pick).map(c => c.lang));
    for (const family of ['code-verdict', 'forecast', 'decision', 'maths-logic']) {
      assert.ok(langs(c => c.expect.family === family).size >= 3, family);
    }
    assert.ok(langs(c => c.expect.blocker === 'open-output').size >= 5);
    assert.ok(langs(c => c.twin && c.expect.level === 'simple').size >= 4);
    assert.ok(langs(c => c.lang && ['pl', 'tr', 'vi', 'id'].includes(c.lang)).size === 4);
  });
});

describe('no unprompted downgrade for moderate prompts, alternatives on request', () => {
  const gpt4o = model('gpt-4o', 'large', 2.5, 10, { family: 'gpt-4o' });
  const mini = model('gpt-4o-mini', 'small', 0.15, 0.6, { family: 'gpt-4o-mini' });
  const book = bookOf([gpt4o, mini]);
  const NOW = new Date('2026-07-24T00:00:00Z');

  test('a ten-word summary gets no suggestion, but "Show cheaper alternatives" still lists the smaller model', () => {
    const f = build(cases['open-summary-en']);
    const call = priced(f, gpt4o, { inputTokens: 300, outputTokens: 16 });
    const advice = core.adviseCall(f, call, book, { now: NOW });
    assert.equal(advice.suggestion, null);
    assert.equal(advice.complexity.level, 'moderate');
    assert.match(advice.noSuggestion, /task not simple \(moderate\)/);
    assert.ok(core.alternativesFor(f, call, book, { now: NOW }).some(s => s.model === 'gpt-4o-mini'));
  });

  test('one tool the prompt tells the model to use is a multi-step call: no unprompted downgrade', () => {
    const f = fact({
      prompt: [
        { role: 'system', text: 'Fetch the order with the provided tools, then fill the fields only from the tool output.', placeholders: [], source: 'literal' },
        { role: 'user', text: 'Order id: {orderId}', placeholders: ['{orderId}'], source: 'template' },
        { role: 'tools', text: '{"getOrder":{"description":"Look up an order","inputSchema":"z.object({ id: z.string() })"}}', placeholders: [], source: 'literal' },
      ],
      features: { tools: true },
    });
    const v = core.assessComplexity(f, 300);
    assert.notEqual(v.level, 'simple', explain(v));
  });

  test('a tools list built by a call (a toolkit factory) counts as several tools', () => {
    const f = fact({
      prompt: [
        { role: 'user', text: 'Classify the ticket: billing, shipping or other. {ticket}', placeholders: ['{ticket}'], source: 'template' },
        { role: 'tools', text: 'makeToolkit({ apiKey: process.env.KEY })', placeholders: [], source: 'literal' },
      ],
      features: { tools: true },
    });
    assert.equal(core.countTools(f), 3);
  });
});
