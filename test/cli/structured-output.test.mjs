// Outputs from what the code constrains: a response schema sizes the reply (fields × typical value size, stated
// lengths from descriptions or the prompt). Fixture: test/fixtures/estimate/structured-output (TS + Python twins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cli, repoRoot } from './cli-helpers.mjs';

const dir = join(repoRoot, 'test/fixtures/estimate/structured-output');
const core = createRequire(import.meta.url)(process.env.SPENDLENS_CORE ?? join(repoRoot, 'out/core.cjs'));

test('schema-shaped calls are priced from their schema, in TS and Python, and get no no-output-cap', () => {
  const r = cli(['scan', dir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const calls = JSON.parse(r.stdout).calls;
  const want = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).calls;
  assert.equal(calls.length, want.length);
  for (const w of want) {
    const c = calls.find(x => x.file === w.file && x.line === w.line);
    assert.ok(c, `no call at ${w.file}:${w.line}`);
    assert.equal(c.outputTokens, w.outputTokens, `${w.file}:${w.line} ${c.outputTokensSource}`);
    if (w.outputTokensSource) assert.equal(c.outputTokensSource, w.outputTokensSource);
    if (w.outputTokensSourceStartsWith) assert.ok(c.outputTokensSource.startsWith(w.outputTokensSourceStartsWith), c.outputTokensSource);
    assert.equal(c.findings.some(f => f.code === 'no-output-cap'), w.noOutputCap, `${w.file}:${w.line}`);
    if (w.outputTokensSource?.startsWith('response schema')) assert.ok(c.assumptions.some(a => a.includes('response schema:')), 'the assumption says where the figure came from');
  }
});

test('schema fields: JSON Schema, zod and pydantic read alike', () => {
  const { schemaFields } = core;
  const json = schemaFields('{"type":"object","properties":{"ok":{"type":"boolean"},"tags":{"type":"array","items":{"type":"string"},"maxItems":2},"who":{"type":"object","properties":{"name":{"type":"string","description":"one word"}}}}}');
  assert.deepEqual(json.map(f => [f.name, f.type]), [['ok', 'boolean'], ['tags', 'array'], ['who', 'object'], ['name', 'string']]);
  assert.equal(json[1].maxItems, 2);
  assert.equal(json[3].description, 'one word');
  const zod = schemaFields("z.object({ label: z.enum(['a', 'b']), score: z.number().min(0), note: z.string().describe('one sentence'), list: z.array(z.string()).max(3) })");
  assert.deepEqual(zod.map(f => [f.name, f.type]), [['label', 'enum'], ['score', 'number'], ['note', 'string'], ['list', 'array']]);
  assert.equal(zod[3].maxItems, 3);
  const py = schemaFields('class Verdict(BaseModel):\n    """Doc."""\n    ok: bool\n    reason: Optional[str] = Field(None, description="one line")\n    kind: Literal["x", "y"]\n    items: list[str]\n');
  assert.deepEqual(py.map(f => [f.name, f.type]), [['ok', 'boolean'], ['reason', 'string'], ['kind', 'enum'], ['items', 'array']]);
  assert.deepEqual(schemaFields('not a schema'), []);
});

test('stated lengths: ranges, number words, sentences and lines; none when unstated', () => {
  const { statedWords } = core;
  assert.equal(statedWords('A title of 2–5 words'), 5);
  assert.equal(statedWords('answer in one word'), 1);
  assert.equal(statedWords('Summarise in three sentences.'), 60);
  assert.equal(statedWords('One line'), 15);
  assert.equal(statedWords('up to 12 words'), 12);
  assert.equal(statedWords('Describe the image.'), null);
});
