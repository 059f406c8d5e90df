// The team files (.spendlens/config.json, usage.json) are checked by validators generated at build time from the same
// JSON Schemas VS Code validates them with (package.json `jsonValidation`): one source. Fixtures in
// test/fixtures/team-files/<case>/ hold the files and, in expected.json, every problem (file:line:column, pointer,
// message) and what is still read from the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { cli, repoRoot } from './cli-helpers.mjs';
import { VALIDATORS } from '../../scripts/build-validators.mjs';

const core = createRequire(import.meta.url)('../../out/core.cjs');
const fixtures = join(repoRoot, 'test/fixtures/team-files');
const cases = readdirSync(fixtures);
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

test('one source: the editor\'s jsonValidation and the generated run-time validators use the same schema files', () => {
  const editor = Object.fromEntries(pkg.contributes.jsonValidation.map(v => [v.fileMatch, v.url.replace(/^\.\//, '')]));
  assert.deepEqual(editor, { '.spendlens/config.json': VALIDATORS.validateConfig, '.spendlens/usage.json': VALIDATORS.validateUsage });
  // Each schema's own example is valid by the generated validator.
  const problems = [];
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-schema-'));
  try {
    const usage = JSON.parse(readFileSync(join(repoRoot, VALIDATORS.validateUsage), 'utf8'));
    for (const example of usage.examples) {
      cpSync(join(fixtures, 'commented-valid'), dir, { recursive: true });
      writeFileSync(join(dir, '.spendlens/usage.json'), JSON.stringify(example));
      assert.deepEqual(core.loadUsage(dir, problems), example);
    }
    assert.deepEqual(problems, []);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

for (const name of cases) {
  test(`team files: ${name}`, () => {
    const dir = join(fixtures, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const problems = [];
    const config = core.loadTeamConfig(dir, problems);
    const usage = core.loadUsage(dir, problems);
    assert.deepEqual(problems.map(core.problemText), expected.problems);
    assert.deepEqual(config, expected.config);
    assert.deepEqual(usage, expected.usage);
  });
}

test('the CLI stops with exit 2 on a team file that breaks its schema, naming file, line and column', () => {
  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8'));
    for (const command of [['scan', '.'], ['diff', '--base', 'HEAD', '.']]) {
      const r = cli(command, { cwd: join(fixtures, name) });
      if (!expected.problems.length) {
        assert.notEqual(r.code, 2, `${name} ${command[0]}: ${r.stderr}`);
        continue;
      }
      assert.equal(r.code, 2, `${name} ${command[0]}: ${r.stdout}${r.stderr}`);
      for (const p of expected.problems) assert.ok(r.stderr.includes(p), `${name} ${command[0]}: missing «${p}» in\n${r.stderr}`);
      assert.equal(r.stdout, '', 'no report from a run that stopped');
    }
  }
});
