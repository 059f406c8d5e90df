// Precision of the downgrade: a closed answer (yes/no, a label, a number) does not make a task simple when the work
// behind it is hard — fraud and money laundering, causes and counterfactuals, constraint satisfaction and the next
// step of a plan, regexes, query equivalence, index use, compiling, failing tests, a verdict such as true / valid /
// prime, a problem introduced by a heading; and a rewrite is open output however short. Each family in three or
// more languages, with easy shape twins that must stay simple (test/fixtures/advisor/precision/cases.json).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, caseFact, assertVerdict } from '../fixtures/advisor/helpers.mjs';

const cases = JSON.parse(readFileSync(join(here, 'precision', 'cases.json'), 'utf8')).cases;

describe('precision: hard work behind a closed answer (test/fixtures/advisor/precision/cases.json)', () => {
  for (const [id, c] of Object.entries(cases)) {
    test(`${id}: ${c.expect.level}`, () => {
      assertVerdict(core.assessComplexity(caseFact(c), c.inputTokens ?? 200), c.expect);
    });
  }

  test('each family is tested in at least three languages, every twin names a hard case, and twins come in three languages', () => {
    const langs = new Map();
    for (const c of Object.values(cases)) {
      const key = c.expect.family ?? c.expect.locus;
      if (!key || c.expect.level === 'simple') continue;
      if (!langs.has(key)) langs.set(key, new Set());
      langs.get(key).add(c.lang);
    }
    for (const family of ['financial-crime', 'causal', 'constraints', 'code-verdict', 'problem']) {
      assert.ok((langs.get(family)?.size ?? 0) >= 3, `${family}: ${[...(langs.get(family) ?? [])].join(', ')}`);
    }
    const twins = Object.values(cases).filter(c => c.twin);
    for (const t of twins) assert.ok(cases[t.twin] && cases[t.twin].expect.level !== 'simple', `${t.twin} is no hard case`);
    assert.ok(new Set(twins.map(c => c.lang)).size >= 3);
  });
});
