// The pre-commit hook for real: `pre-commit try-repo` against this repository, from a fixture repository with folder
// budgets. pre-commit clones this repository, installs the `language: node` hook as it does for any user (nodeenv on
// the system Node, `npm install`, `npm pack` — our `prepack` build —, `npm install -g` of the tarball) and runs it.
// Needs the `pre-commit` command (Debian: apt-get install pre-commit; .ci/run installs it) and the npm registry (or a
// warm npm cache) for the build tools. Without pre-commit the test is skipped and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '../../..');
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const missing = preCommit.error || preCommit.status !== 0
  ? 'pre-commit is not installed here (apt-get install pre-commit; .ci/run installs it): the try-repo test is skipped'
  : false;
if (missing) console.log(`# SKIPPED: ${missing}`);

test('pre-commit try-repo installs the spendlens-budget hook from this repository and gates a commit on the folder budgets', { skip: missing, timeout: 15 * 60_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'spendlens-pre-commit-'));
  try {
    const repo = join(tmp, 'app');
    cpSync(join(root, 'test/fixtures/cli/monorepo'), repo, { recursive: true });
    const git = (...args) => execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=CI', ...args], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'app with LLM calls and folder budgets');
    const env = { ...process.env, PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'), SPENDLENS_CACHE_DIR: join(tmp, 'v8cache') };
    const tryRepo = () => spawnSync('pre-commit', ['try-repo', root, 'spendlens-budget', '--all-files', '--verbose'], { cwd: repo, encoding: 'utf8', env });

    // The fixture's budget for packages/api is $1/month: the hook fails.
    const over = tryRepo();
    const overOut = over.stdout + over.stderr;
    assert.equal(over.status, 1, overOut);
    assert.match(overOut, /Spendlens LLM spend budgets\.+Failed/);
    assert.match(overOut, /packages\/api: .*OVER BUDGET/);

    // Within budget: the same installed hook passes.
    const config = join(repo, '.spendlens/config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace('"packages/api": 1,', '"packages/api": 1000000,'));
    git('commit', '-qam', 'raise the api budget');
    const within = tryRepo();
    const withinOut = within.stdout + within.stderr;
    assert.equal(within.status, 0, withinOut);
    assert.match(withinOut, /Spendlens LLM spend budgets\.+Passed/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
