// `spendlens diff --base REV` end to end on a temporary git repository: a commit that switches a model to a
// cheaper one and adds a call, a commit that makes it pricier (the --fail-on-increase gate), uncommitted
// edits, a subfolder, bad revisions — and the working tree, index and worktree list left as they were.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cli-helpers.mjs';

let repo;
const app = () => join(repo, 'packages/api');

function git(...args) {
  const r = spawnSync('git', ['-c', 'user.name=Spendlens Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    { cwd: repo, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function chatCall(fn, model, { volume, cap = 100 } = {}) {
  return [
    `export async function ${fn}(text: string) {`,
    ...(volume ? [`  // spendlens: ${volume}/month`] : []),
    '  const r = await client.chat.completions.create({',
    `    model: '${model}',`,
    `    max_completion_tokens: ${cap},`,
    `    messages: [{ role: 'user', content: \`Task ${fn}. Here is the text:\\n\\n\${text}\` }],`,
    '  });',
    '  return r.choices[0].message.content;',
    '}',
    '',
  ].join('\n');
}
const header = "import OpenAI from 'openai';\n\nconst client = new OpenAI();\n\n";
function writeApp(...fns) {
  mkdirSync(join(app(), 'src'), { recursive: true });
  writeFileSync(join(app(), 'src/app.ts'), header + fns.join('\n'));
}
function commit(message) {
  git('add', '-A');
  git('commit', '-q', '-m', message);
}
const diffJson = (...args) => {
  const r = cli(['diff', ...args, '--format', 'json'], { cwd: app() });
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};

before(() => {
  repo = mkdtempSync(join(tmpdir(), 'spendlens-diff-'));
  git('init', '-q');
  // Another package with a call of its own: a diff of packages/api must not see it.
  mkdirSync(join(repo, 'packages/web'), { recursive: true });
  writeFileSync(join(repo, 'packages/web/other.ts'), header + chatCall('elsewhere', 'gpt-4o', { volume: 999999 }));
  // A file whose name needs quoting (space, non-ASCII), unchanged in every version.
  mkdirSync(join(app(), 'src'), { recursive: true });
  writeFileSync(join(app(), 'src/ünï code.ts'), header + chatCall('steady', 'gpt-4o-mini'));
  // v1: two gpt-4o calls.
  writeApp(chatCall('summarize', 'gpt-4o', { volume: 10000 }), chatCall('classify', 'gpt-4o'));
  commit('v1');
  git('tag', 'v1');
  // v2: summarize switches to gpt-4o-mini; a new call appears.
  writeApp(chatCall('summarize', 'gpt-4o-mini', { volume: 10000 }), chatCall('classify', 'gpt-4o'), chatCall('tag', 'gpt-4o-mini'));
  commit('v2: cheaper summaries, tagging');
  git('tag', 'v2');
  // v3: classify moves to a much pricier model.
  writeApp(chatCall('summarize', 'gpt-4o-mini', { volume: 10000 }), chatCall('classify', 'o1'), chatCall('tag', 'gpt-4o-mini'));
  commit('v3: classify on o1');
  git('tag', 'v3');
  git('checkout', '-q', 'v2');
});

after(() => rmSync(repo, { recursive: true, force: true }));

test('diff v1 → v2: one call added, one changed to a cheaper model, a negative total delta', () => {
  const d = diffJson('--base', 'v1');
  assert.equal(d.counts.added, 1);
  assert.equal(d.counts.changed, 1);
  assert.equal(d.counts.removed, 0);
  assert.equal(d.counts.unchanged, 2, 'classify, and the call in "src/ünï code.ts"');
  assert.equal(d.counts.base, 3, 'packages/web is not part of the diff');
  const changed = d.calls.find(c => c.change === 'changed');
  assert.equal(changed.functionName, 'summarize');
  assert.deepEqual(changed.changes, ['model']);
  assert.equal(changed.base.model, 'gpt-4o');
  assert.equal(changed.head.model, 'gpt-4o-mini');
  assert.ok(changed.monthlyDelta < 0);
  const added = d.calls.find(c => c.change === 'added');
  assert.equal(added.functionName, 'tag');
  assert.equal(added.file, 'src/app.ts');
  assert.ok(added.monthlyDelta > 0);
  assert.ok(d.totalDelta < 0, `cheaper overall: ${d.totalDelta}`);
  assert.ok(Math.abs(d.totalDelta - (d.headTotal - d.baseTotal)) < 1e-9);
  assert.ok(Math.abs(d.totalDelta - d.calls.reduce((s, c) => s + c.monthlyDelta, 0)) < 1e-9);
  assert.ok(d.totalDeltaPct < 0);
  assert.equal(d.baseRef, 'v1');
});

test('the markdown reads as a PR comment with the signed delta', () => {
  const r = cli(['diff', '--base', 'v1', '--format', 'markdown'], { cwd: app() });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /projected monthly LLM spend −\$[\d,.]+ \(−\d+ %\)/);
  assert.match(r.stdout, /\| changed \| `src\/app\.ts:\d+` \(summarize\) \| gpt-4o → gpt-4o-mini \|/);
  assert.match(r.stdout, /\| added \| `src\/app\.ts:\d+` \(tag\) \| gpt-4o-mini \|/);
  const table = cli(['diff', '--base', 'v1', app()]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /Projected monthly LLM spend −\$/);
});

test('--fail-on-increase: a pricier head above the threshold exits 1, a cheaper one exits 0', () => {
  assert.equal(cli(['diff', '--base', 'v1', '--fail-on-increase', '0'], { cwd: app() }).code, 0, 'v2 is cheaper than v1');
  git('checkout', '-q', 'v3');
  try {
    const d = diffJson('--base', 'v2');
    assert.equal(d.counts.changed, 1);
    assert.ok(d.totalDelta > 0);
    const gated = cli(['diff', '--base', 'v2', '--fail-on-increase', '10', '--format', 'markdown'], { cwd: app() });
    assert.equal(gated.code, 1, gated.stderr);
    assert.match(gated.stderr, /rises \+\$[\d.,]+\/month \(\+[\d.]+%\).*above the threshold of 10% \(--fail-on-increase 10%\)/);
    assert.match(gated.stdout, /projected monthly LLM spend \+\$/, 'the comment is still written');
    assert.match(gated.stdout, /❌ \*\*Fails the cost gate\*\*: projected monthly spend rises/, 'the comment says the gate failed');
    // A dollar floor above the rise lets it pass; a floor below it keeps the failure.
    const floor = Math.ceil(d.totalDelta) + 1;
    assert.equal(cli(['diff', '--base', 'v2', '--fail-on-increase', '10%', '--min-delta', String(floor)], { cwd: app() }).code, 0);
    assert.equal(cli(['diff', '--base', 'v2', '--fail-on-increase', `10%,$${floor}`], { cwd: app() }).code, 0);
    assert.equal(cli(['diff', '--base', 'v2', '--fail-on-increase', '10%', '--min-delta', '0'], { cwd: app() }).code, 1);
    assert.equal(cli(['diff', '--base', 'v2', '--fail-on-increase', `$${Math.max(0, Math.floor(d.totalDelta) - 1)}`], { cwd: app() }).code, 1);
    const lenient = cli(['diff', '--base', 'v2', '--fail-on-increase', String(Math.ceil(d.totalDeltaPct) + 1)], { cwd: app() });
    assert.equal(lenient.code, 0, lenient.stderr);
  } finally {
    git('checkout', '-q', 'v2');
  }
});

test('uncommitted edits count as the head; the working tree, index and worktrees are left alone', () => {
  const file = join(app(), 'src/app.ts');
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, original.replace("model: 'gpt-4o',", "model: 'gpt-4o-mini',"));
    const status = git('status', '--porcelain');
    const worktrees = git('worktree', 'list');
    const d = diffJson('--base', 'HEAD');
    assert.equal(d.counts.changed, 1);
    assert.equal(d.calls[0].functionName, 'classify');
    assert.ok(d.totalDelta < 0);
    assert.equal(git('status', '--porcelain'), status);
    assert.equal(git('worktree', 'list'), worktrees);
    assert.equal(readFileSync(file, 'utf8'), original.replace("model: 'gpt-4o',", "model: 'gpt-4o-mini',"));
  } finally {
    writeFileSync(file, original);
  }
  const same = diffJson('--base', 'HEAD');
  assert.equal(same.totalDelta, 0);
  assert.deepEqual(same.calls, []);
});

test('a base where the folder did not exist: every call is added, and the new spend is judged by its dollars', () => {
  // A commit with an empty tree, made without touching the working tree.
  const emptyTree = git('hash-object', '-t', 'tree', '/dev/null').trim();
  const empty = git('commit-tree', emptyTree, '-m', 'empty').trim();
  const d = diffJson('--base', empty);
  assert.equal(d.counts.added, 4);
  assert.equal(d.baseTotal, 0);
  assert.equal(d.totalDeltaPct, null);
  const pct = cli(['diff', '--base', empty, '--fail-on-increase', '1000'], { cwd: app() });
  assert.equal(pct.code, 0, 'no percentage of $0: a percent threshold does not apply');
  assert.match(pct.stderr, /new spend \+\$[\d.,]+\/month.*the base costs \$0, so the 1000% threshold does not apply/);
  const dollars = cli(['diff', '--base', empty, '--fail-on-increase', '1000%', '--min-delta', '0.000001'], { cwd: app() });
  assert.equal(dollars.code, 1);
  assert.match(dollars.stderr, /new spend \+\$[\d.,]+\/month, \$0 → .*, above/);
});

test('SARIF of a subfolder: paths relative to the repository root, where code scanning looks', () => {
  const r = cli(['scan', app(), '--format', 'sarif', '--sarif-results', 'all']);
  assert.equal(r.code, 0, r.stderr);
  const run = JSON.parse(r.stdout).runs[0];
  const uris = new Set(run.results.map(x => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris].sort(), ['packages/api/src/%C3%BCn%C3%AF%20code.ts', 'packages/api/src/app.ts']);
  assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*spendlens-diff-[^/]+\/$/);
});

test('bad revision or no repository: exit 2 with a message', () => {
  const bad = cli(['diff', '--base', 'no-such-branch'], { cwd: app() });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown git revision "no-such-branch"/);
  assert.equal(bad.stdout, '');
  const shallow = join(repo, '..', `${repo.split(/[\\/]/).pop()}-shallow`);
  try {
    const r = spawnSync('git', ['clone', '-q', '--depth', '1', '--branch', 'v2', `file://${repo}`, shallow], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const missing = cli(['diff', '--base', 'HEAD~1', join(shallow, 'packages/api')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /shallow clone: fetch the base first/);
  } finally { rmSync(shallow, { recursive: true, force: true }); }
  const dash = cli(['diff', '--base=--output=x'], { cwd: app() });
  assert.equal(dash.code, 2);
  const outside = mkdtempSync(join(tmpdir(), 'spendlens-nogit-'));
  try {
    const r = cli(['diff', '--base', 'HEAD', outside], { env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not inside a git repository/);
  } finally { rmSync(outside, { recursive: true, force: true }); }
});
