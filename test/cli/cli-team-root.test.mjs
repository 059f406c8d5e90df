// Team files found by walking up from the scanned folder (test/fixtures/cli/monorepo: `.spendlens/` at the top,
// packages below) and per-folder budgets (`budgets` in config.json): reported per folder, exit 1 when one is over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, fixture } from './cli-helpers.mjs';

const mono = fixture('monorepo');
const json = (...args) => { const r = cli(['scan', ...args, '--format', 'json']); return { ...r, report: JSON.parse(r.stdout) }; };

test('the repository root: every folder budget reported, the one over it fails the scan (exit 1)', () => {
  const { code, stderr, report } = json(mono);
  assert.equal(code, 1, stderr);
  assert.deepEqual(report.calls.map(c => c.file).sort(), ['packages/api/src/chat.ts', 'packages/web/src/tag.ts'], 'excludes apply');
  assert.deepEqual(report.budgets.map(b => [b.folder, b.budget, b.calls, b.over]), [['packages/api', 1, 1, true], ['packages/web', 100000, 1, false]]);
  assert.ok(Math.abs(report.budgets[0].monthly - report.calls.find(c => c.file.startsWith('packages/api')).monthlyCost) < 1e-9);
  assert.match(stderr, /over the folder budget of \.spendlens\/config\.json — packages\/api: ≈\$[\d,.]+\/month of \$1(\.00)?\/month over 1 call site\(s\) — OVER BUDGET/);
  assert.doesNotMatch(stderr, /packages\/web/);
  const table = cli(['scan', mono]);
  assert.match(table.stdout, /Budgets \(\.spendlens\/config\.json\):\n {2}packages\/api: .* OVER BUDGET\n {2}packages\/web: .* within budget/);
  assert.match(cli(['scan', mono, '--format', 'markdown']).stdout, /#### Budgets[\s\S]*\| `packages\/api` \| ≈\$[\d,.]+ \| \$1(\.00)? \| ❌ over \|/);
});

test('a package: the root\'s .spendlens/ is found; its keys and globs apply relative to the package', () => {
  const { code, report } = json(join(mono, 'packages/api'));
  assert.equal(code, 1, 'the api budget is over');
  assert.deepEqual(report.calls.map(c => c.file), ['src/chat.ts'], 'packages/api/src/legacy/** and **/*.draft.ts are excluded');
  assert.equal(report.calls[0].callsPerMonth, 50000, 'usage.json key packages/api/src/chat.ts#answer');
  assert.match(report.calls[0].callsPerMonthSource, /usage\.json/);
  assert.deepEqual(report.budgets.map(b => b.folder), ['packages/api'], 'only the budgets of folders inside the scanned one');
  assert.deepEqual(report.warnings.filter(w => /usage\.json|config\.json/.test(w)), [], 'keys of other packages are not "unmatched"');

  const web = json(join(mono, 'packages/web'));
  assert.equal(web.code, 0, web.stderr);
  assert.equal(web.report.calls[0].callsPerMonth, 300);
  assert.deepEqual(web.report.budgets.map(b => [b.folder, b.over]), [['packages/web', false]]);
});

test('the walk stops at the repository root: a .spendlens/ above it is not used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-teamroot-'));
  try {
    cpSync(join(mono, '.spendlens'), join(dir, '.spendlens'), { recursive: true });
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    execFileSync('git', ['init', '-q'], { cwd: repo });
    cpSync(join(mono, 'packages'), join(repo, 'packages'), { recursive: true });
    const { code, report } = json(join(repo, 'packages/api'));
    assert.equal(code, 0);
    assert.equal(report.budgets, undefined);
    assert.equal(report.calls.find(c => c.file === 'src/chat.ts').callsPerMonthSource, 'default');
    assert.equal(report.calls.length, 3, 'no exclude from outside the repository');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('a broken budgets entry stops the scan (exit 2) naming the file, line, column and JSON pointer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-budgets-'));
  try {
    cpSync(mono, dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(join(dir, '.spendlens/config.json'), JSON.stringify({ budgets: { 'packages/api': 'lots', 'packages/web': 5 } }, null, 2));
    // From a package: the file is found at the repository root; above the working folder, it is named by its full path.
    const r = cli(['scan', '.', '--format', 'json'], { cwd: join(dir, 'packages/api') });
    assert.equal(r.code, 2, r.stdout);
    assert.ok(r.stderr.split('\n').includes(`spendlens: ${join(dir, '.spendlens/config.json')}:3:21 (at /budgets/packages~1api): must be number`), r.stderr);
    const fromRoot = cli(['scan', 'packages/api'], { cwd: dir });
    assert.match(fromRoot.stderr, /^spendlens: \.spendlens\/config\.json:3:21 /m);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('a syntax error in config.json is reported with its line and column; the scan stops (exit 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-jsonc-'));
  try {
    cpSync(mono, dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(join(dir, '.spendlens/config.json'), '{\n  // budgets\n  "budgets": { "packages/api": 1 }\n  "exclude": []\n}\n');
    const r = cli(['scan', dir]);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /\.spendlens\/config\.json:4:3: invalid JSON: CommaExpected at line 4, column 3/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
