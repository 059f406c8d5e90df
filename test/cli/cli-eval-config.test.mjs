// `spendlens eval-config FILE:LINE` through the built CLI, and the core's comparison eval on fixtures
// (test/fixtures/eval/app/expected.json). promptfoo itself runs the generated files in test/promptfoo/promptfoo.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, repoRoot } from './cli-helpers.mjs';

const app = join(repoRoot, 'test/fixtures/eval/app');
const expected = JSON.parse(readFileSync(join(app, 'expected.json'), 'utf8'));

/** Reads the providers' ids and configs and the assertion types back from the generated YAML (our writer's layout). */
function readConfig(yaml) {
  const ids = [...yaml.matchAll(/^  - id: (.+)$/gm)].map(m => m[1]);
  const asserts = [...yaml.matchAll(/^    - type: (.+)$/gm)].map(m => m[1]);
  return { ids, asserts };
}

for (const [target, want] of Object.entries(expected.calls)) {
  test(`eval-config ${target}: providers, prompt with {{vars}} in place, tests.csv, assertions`, () => {
    const out = mkdtempSync(join(tmpdir(), 'spendlens-eval-'));
    try {
      const r = cli(['eval-config', target, app, '--output', out]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Wrote promptfooconfig\.yaml, prompt\.json, tests\.csv/);
      const yaml = readFileSync(join(out, 'promptfooconfig.yaml'), 'utf8');
      const { ids, asserts } = readConfig(yaml);
      assert.deepEqual(ids, want.providers);
      assert.deepEqual(asserts, want.asserts);
      // Both providers carry the same parameters, written as the call wrote them.
      const configs = yaml.split(/^  - id: /m).slice(1).map(block => block.split(/\n\S/)[0].trimEnd());
      assert.equal(configs.length, 2);
      assert.equal(configs[0].replace(/^.*\n.*label.*\n/, ''), configs[1].replace(/^.*\n.*label.*\n/, ''));
      for (const [k, v] of Object.entries(want.config)) {
        if (typeof v !== 'object') assert.match(configs[0], new RegExp(`^      ${k}: ${v}$`, 'm'), k);
        else assert.match(configs[0], new RegExp(`^      ${k}:\\n        type: ${v.type}$`, 'm'), k);
      }
      assert.deepEqual(JSON.parse(readFileSync(join(out, 'prompt.json'), 'utf8')), want.messages);
      const csv = readFileSync(join(out, 'tests.csv'), 'utf8').trim().split('\n');
      assert.equal(csv[0], ['__description', ...want.vars, 'current_output'].join(','));
      assert.equal(csv.length, 4, 'three example rows to fill');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

for (const [target, message] of Object.entries(expected.refused)) {
  test(`eval-config ${target}: exit 2, naming the place`, () => {
    const out = mkdtempSync(join(tmpdir(), 'spendlens-eval-'));
    try {
      const r = cli(['eval-config', target, app, '--output', out]);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.includes(message), r.stderr);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

test('eval-config: bad usage exits 2 (no target, not FILE:LINE, missing file)', () => {
  assert.equal(cli(['eval-config']).code, 2);
  const notTarget = cli(['eval-config', 'src/sentiment.ts', app]);
  assert.equal(notTarget.code, 2);
  assert.match(notTarget.stderr, /expected FILE:LINE/);
  const missing = cli(['eval-config', 'src/nope.ts:3', app]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /file not found: src\/nope\.ts/);
});

test('eval-config --model picks the candidate; the call\'s own model is refused', () => {
  const out = mkdtempSync(join(tmpdir(), 'spendlens-eval-'));
  try {
    const r = cli(['eval-config', 'src/sentiment.ts:7', app, '--output', out, '--model', 'gpt-4.1-mini']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readConfig(readFileSync(join(out, 'promptfooconfig.yaml'), 'utf8')).ids, ['openai:chat:gpt-4o', 'openai:chat:gpt-4.1-mini']);
    const same = cli(['eval-config', 'src/sentiment.ts:7', app, '--output', out, '--model', 'gpt-4o']);
    assert.equal(same.code, 2);
    assert.match(same.stderr, /gpt-4o is the call's own model/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
