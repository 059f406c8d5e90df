// Output shapes read from a typed schema and from prompt spellings the earlier rules missed (issue #13, tuning batch
// specs/dev3): a schema made only of enums (the labels without any prompt text), a closed schema under a generous
// cap, a wide schema that is a record of copied values, few-shot labels, labels as inline XML elements, date formats
// in any language, "only the X" in any language, numbered options, yes/no with a way out, the visible prompt of
// text without spaces, "the tags that apply", an "or" inside a label ("cambio o devolución, envío, pago") and "its
// letter only", and a format or example of the answer in parentheses that is no figure ("(formaat 1234 AB)"). Cases (test/fixtures/advisor/typed-shapes/cases.json) were written
// after the rules, each family in three or more languages, with hard (or uncovered-language) twins that must stay
// without a downgrade.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { core, here, caseFact, assertVerdict, languagesByRule } from '../fixtures/advisor/helpers.mjs';

const cases = JSON.parse(readFileSync(join(here, 'typed-shapes', 'cases.json'), 'utf8')).cases;

describe('typed schemas and prompt spellings (test/fixtures/advisor/typed-shapes/cases.json)', () => {
  for (const [id, c] of Object.entries(cases)) {
    test(`${id}: ${c.expect.level}`, () => {
      const v = core.assessComplexity(caseFact(c), c.inputTokens ?? 200);
      assertVerdict(v, c.expect);
      if (v.level === 'simple') assert.ok(v.evidence.length >= 2 && !/undefined/.test(v.evidence.join(' ')), v.evidence.join(' | '));
    });
  }

  test('each family has simple cases in three languages and twins that stay without a downgrade in three', () => {
    for (const [rule, { simple, twins }] of languagesByRule(cases)) {
      assert.ok(simple.size >= 3, `${rule}: simple cases in ${[...simple].join(', ')}`);
      assert.ok(twins.size >= 2, `${rule}: twins in ${[...twins].join(', ')}`);
    }
  });
});

describe('schema fields with their listed values (src/core/schema/fields.ts)', () => {
  test('enum values from JSON Schema, zod and pydantic, and a list of an enum', () => {
    const json = core.schemaFields('{"type":"object","properties":{"p":{"type":"string","enum":["a","b"]},"tags":{"type":"array","items":{"enum":["x","y"]}}}}');
    assert.deepEqual(json.map(f => [f.name, f.type, f.values]), [['p', 'enum', ['a', 'b']], ['tags', 'array', ['x', 'y']]]);
    const zod = core.schemaFields('z.object({ level: z.enum(["low", "high"]), one: z.literal("x"), n: z.number(), tags: z.array(z.enum(["a", "b"])) })');
    assert.deepEqual(zod.map(f => [f.name, f.type, f.values]), [['level', 'enum', ['low', 'high']], ['one', 'enum', ['x']], ['n', 'number', undefined], ['tags', 'array', ['a', 'b']]]);
    const py = core.schemaFields('class X(BaseModel):\n    s: Literal["pos", "neg"]\n    o: Optional[Literal["a", "b"]] = None\n    t: list[Literal["u", "v"]]\n    c: str');
    assert.deepEqual(py.map(f => [f.name, f.type, f.values]), [['s', 'enum', ['pos', 'neg']], ['o', 'enum', ['a', 'b']], ['t', 'array', ['u', 'v']], ['c', 'string', undefined]]);
  });

  test('a pydantic method body holds no fields; plural enum-like class names are enums', () => {
    const py = core.schemaFields('class Tag(BaseModel):\n    id: int\n    name: str\n\n    @model_validator(mode="after")\n    def check(self, info: ValidationInfo):\n        tags: list[Tag] = info.context.get("tags")\n        return self\n    kind: TagKinds');
    assert.deepEqual(py.map(f => [f.name, f.type]), [['id', 'number'], ['name', 'string'], ['kind', 'enum']]);
  });
});
