// Hard work behind a closed answer: a yes/no, a number, a letter or a label does not make a task simple when the
// work to reach it is hard (primality, counting arrangements, Big-O, fallacies, exam questions, forecasts, code
// to judge, legal / clinical verdicts). Cases (test/fixtures/advisor/hard-work/cases.json) were written for these
// rules, each family in three or more languages, with easy shape twins that must stay simple. Also: the phrase
// tables compile cheaply and a long prompt is read at its start and end and still gets its verdict.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, fact, caseFact, explainVerdict, assertVerdict } from '../fixtures/advisor/helpers.mjs';

const cases = JSON.parse(readFileSync(join(here, 'hard-work', 'cases.json'), 'utf8')).cases;

describe('hard work behind a closed answer (test/fixtures/advisor/hard-work/cases.json)', () => {
  for (const [id, c] of Object.entries(cases)) {
    test(`${id}: ${c.expect.level}`, () => {
      assertVerdict(core.assessComplexity(caseFact(c), c.inputTokens ?? 200), c.expect);
    });
  }

  test('each hard family added here is tested in at least three languages, and easy twins in three', () => {
    const byFamily = new Map();
    for (const c of Object.values(cases)) {
      const key = c.expect.family ?? c.expect.locus ?? null;
      if (!key || c.expect.level === 'simple') continue;
      if (!byFamily.has(key)) byFamily.set(key, new Set());
      byFamily.get(key).add(c.lang);
    }
    for (const family of ['maths-logic', 'code-verdict', 'argument', 'exam', 'forecast', 'problem']) {
      assert.ok((byFamily.get(family)?.size ?? 0) >= 3, `${family}: ${[...(byFamily.get(family) ?? [])].join(', ')}`);
    }
    const twins = new Set(Object.values(cases).filter(c => c.twin && c.expect.level === 'simple').map(c => c.lang));
    assert.ok(twins.size >= 3, [...twins].join(', '));
  });
});

describe('long prompts', () => {
  const zhCategories = Array.from({ length: 1500 }, (_, i) => `商品类目${String.fromCharCode(0x4e00 + i)}`);

  test('a 9,000-character Chinese prompt with a category list still gets its verdict from its instructions', () => {
    const text = `请把下面的商品标题归入以下类目之一：${zhCategories.join('、')}。只输出类目名称。`;
    assert.ok(text.length > 9000);
    const f = fact({ prompt: [{ role: 'user', text, placeholders: ['{title}'], source: 'template' }], maxOutputTokens: { value: 8, param: 'max_tokens' } });
    const v = core.assessComplexity(f, 5000);
    assert.equal(v.level, 'simple', explainVerdict(v));
    // The list was cut where the scan window ends: no short list is made from its last items.
    assert.ok(!v.structure.shape?.labels || v.structure.shape.labels.length !== 4, explainVerdict(v));
  });

  test('a hard instruction at the end of a long prompt is still read (the scan keeps the start and the end)', () => {
    const filler = 'Background notes about the product line and its history. '.repeat(300);
    const f = fact({ prompt: [{ role: 'user', text: `${filler}\nGiven the notes, will the product line outperform its rivals next year? Answer yes or no.`, placeholders: ['{notes}'], source: 'template' }], maxOutputTokens: { value: 2, param: 'max_tokens' } });
    const v = core.assessComplexity(f, 4000);
    assert.notEqual(v.level, 'simple', explainVerdict(v));
    assert.ok(v.structure.blockers.some(b => b.family === 'forecast'), explainVerdict(v));
  });

  test('a hard instruction in the middle of a very long prompt is not read, but the long prompt is never simple on a hard family at its start', () => {
    const filler = 'Item description text. '.repeat(600);
    const f = fact({ prompt: [{ role: 'user', text: `Prove the following claim about the items, then answer yes or no.\n${filler}\n{claim}`, placeholders: ['{claim}'], source: 'template' }], maxOutputTokens: { value: 2, param: 'max_tokens' } });
    const v = core.assessComplexity(f, 3500);
    assert.notEqual(v.level, 'simple', explainVerdict(v));
  });
});
