// Output shapes real prompts use without spelling a label list or a tiny cap: a strong logit_bias on a few tokens,
// JSON keys named in prose, tags out of a listed set, a yes/no written as "X or not", a label set passed in a
// placeholder, labels listed as XML tags, a search query rewritten from a request. Cases
// (test/fixtures/advisor/shapes/cases.json) were written for these rules after them, each family in three or more
// languages, with hard "shape twins" (the same shape, hard work) that must never be simple.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, caseFact, assertVerdict, languagesByRule } from '../fixtures/advisor/helpers.mjs';

const cases = JSON.parse(readFileSync(join(here, 'shapes', 'cases.json'), 'utf8')).cases;

describe('output shapes of real prompts (test/fixtures/advisor/shapes/cases.json)', () => {
  for (const [id, c] of Object.entries(cases)) {
    test(`${id}: ${c.expect.level}`, () => {
      const v = core.assessComplexity(caseFact(c), c.inputTokens ?? 200);
      assertVerdict(v, c.expect);
      if (v.level === 'simple') {
        assert.ok(v.evidence.length >= 2, 'a simple verdict carries its evidence');
        assert.ok(v.evidence[0].length > 0 && !/undefined/.test(v.evidence[0]), v.evidence[0]);
      }
    });
  }

  test('each shape family is tested in English and two more languages, with a hard twin in three', () => {
    for (const [rule, { simple, twins }] of languagesByRule(cases)) {
      assert.ok(simple.has('en') && simple.size >= 3, `${rule}: simple cases in ${[...simple].join(', ')}`);
      assert.ok(twins.size >= 3, `${rule}: hard twins in ${[...twins].join(', ')}`);
    }
  });
});
