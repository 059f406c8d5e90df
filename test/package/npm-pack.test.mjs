// Packs the npm package for real (`npm pack`, which runs the `prepack` build), installs the tarball into an empty
// folder without the registry, and runs the installed `spendlens` on a copy of the demo app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const yaml = createRequire(import.meta.url)('js-yaml');

const root = join(fileURLToPath(import.meta.url), '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tmp, packed, installed;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'spendlens-npm-pack-'));
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  // `npm pack --json` prints the prepack build's own lines first; the JSON array is the rest.
  packed = JSON.parse(out.slice(out.indexOf('[\n')))[0];
  installed = join(tmp, 'app');
  mkdirSync(installed);
  writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'empty-app', version: '1.0.0', private: true }));
  // A fresh cache and --offline: the install fails if the package needs anything from a registry.
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'npm-cache'), join(tmp, packed.filename)],
    { cwd: installed, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
});

after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

test('the tarball holds the CLI, the server, their run-time files, README, LICENSE and package.json — nothing else', () => {
  const files = packed.files.map(f => f.path).sort();
  for (const required of [
    'package.json', 'README.md', 'LICENSE',
    'dist/cli.js', 'dist/server.js', 'dist/launch.js', 'dist/spendlens.js', 'dist/tokenizer-worker.js', 'dist/otel.js',
    'dist/tiktoken_bg.wasm', 'dist/web-tree-sitter.wasm', 'dist/tree-sitter-python.wasm',
    'dist/encoders/o200k_base.json', 'dist/encoders/cl100k_base.json',
    'pricing/catalog.json', 'pricing/source/SOURCES.md',
    'pricing/curated.json', 'pricing/tokenizer-measurements.json', // read by `spendlens catalog update`
  ]) assert.ok(files.includes(required), `missing ${required}`);
  const unexpected = files.filter(f => !/^(package\.json|README\.md|LICENSE|dist\/[^/]+\.(js|wasm)|dist\/encoders\/[^/]+\.json|pricing\/(catalog(\.schema)?\.json|curated\.json|tokenizer-measurements\.json|schemas\/[^/]+\.json|source\/SOURCES\.md))$/.test(f));
  assert.deepEqual(unexpected, []);
  // The VS Code extension's own bundles ship in the VSIX, not here; no source maps.
  for (const f of ['dist/extension.js', 'dist/webview.js']) assert.ok(!files.includes(f), `${f} is packed`);
  assert.ok(!files.some(f => f.endsWith('.map')), 'a source map is packed');
  // Every bin and export points at a packed file.
  for (const target of [...Object.values(pkg.bin), ...Object.values(pkg.exports)]) {
    assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is named in package.json but not packed`);
  }
});

test('the package needs nothing from a registry at run time', () => {
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
  assert.deepEqual(Object.keys(pkg.optionalDependencies ?? {}), []);
  // Peer dependencies are for spendlens/otel only and optional (an app that traces brings its own OpenTelemetry).
  for (const name of Object.keys(pkg.peerDependencies ?? {})) assert.equal(pkg.peerDependenciesMeta?.[name]?.optional, true, name);
  assert.deepEqual(readdirOr(join(installed, 'node_modules')).filter(n => n !== 'spendlens' && n !== '.bin' && !n.startsWith('.package-lock')), []);
});

function readdirOr(dir) {
  return existsSync(dir) ? execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter(Boolean) : [];
}

function runInstalled(bin, args, cwd) {
  return spawnSync(join(installed, 'node_modules', '.bin', bin), args, {
    cwd, encoding: 'utf8', env: { ...process.env, SPENDLENS_CACHE_DIR: join(tmp, 'v8cache') },
  });
}

test('the installed `spendlens scan` finds and prices the demo app\'s calls', () => {
  const app = join(tmp, 'demo-app');
  cpSync(join(root, 'test/fixtures/demo-app'), app, { recursive: true });
  const expected = JSON.parse(readFileSync(join(app, 'expected.json'), 'utf8')).calls;
  rmSync(join(app, 'expected.json'));

  const json = runInstalled('spendlens', ['scan', '.', '--format', 'json'], app);
  assert.equal(json.status, 0, json.stderr);
  const report = JSON.parse(json.stdout);
  assert.equal(report.version, pkg.version);
  const calls = report.calls.map(c => ({ file: c.file, line: c.line, provider: c.provider, api: c.api, model: c.model, priced: c.costPerCall !== null }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  assert.deepEqual(calls, expected);
  assert.ok(report.totals.monthly > 0);
  // The catalog is the one inside the installed package.
  assert.deepEqual(report.catalog.layers.map(l => [l.kind, l.path, l.ok]), [['bundled', join(installed, 'node_modules', 'spendlens', 'pricing', 'catalog.json'), true]]);

  const table = runInstalled('spendlens', ['scan', app], tmp);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, new RegExp(`^Spendlens ${pkg.version.replace(/\./g, '\\.')} — 7 LLM call site\\(s\\)`));
  assert.match(table.stdout, /src\/app\/api\/summarize\/route\.ts:8 +openai +gpt-4o /);
  // Outside this repository the stale-price hint names what a user can do, not this repository's npm script.
  assert.doesNotMatch(table.stdout + table.stderr, /npm run catalog/);

  const budget = runInstalled('spendlens', ['scan', app, '--budget', '1'], tmp);
  assert.equal(budget.status, 1);
  assert.match(budget.stderr, /over the budget/);
});

test('the installed `spendlens --version` and `spendlens-server --stdio` start', async () => {
  const version = runInstalled('spendlens', ['--version'], tmp);
  assert.equal(version.status, 0, version.stderr);
  assert.match(version.stdout, new RegExp(pkg.version.replace(/\./g, '\\.')));
  // The language server answers `initialize` over stdio.
  const server = spawn(join(installed, 'node_modules', '.bin', 'spendlens-server'), ['--stdio'], {
    env: { ...process.env, SPENDLENS_CACHE_DIR: join(tmp, 'v8cache') }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  try {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    let out = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no initialize answer; stdout: ${out}`)), 60_000);
      server.on('exit', code => { clearTimeout(timer); reject(new Error(`server exited with ${code}`)); });
      server.stdout.on('data', d => { out += d; if (/"serverInfo":\{"name":"spendlens"/.test(out)) { clearTimeout(timer); resolve(); } });
    });
  } finally {
    server.kill();
  }
});

// .pre-commit-hooks.yaml, run the way pre-commit runs a hook (https://pre-commit.com/#new-hooks): in the repository's
// root, `entry` split like a shell would, then `args`, then the matching staged files when `pass_filenames` is not
// false — with the installed tarball's `spendlens` on PATH (what pre-commit's npm install gives the hook).
test('the pre-commit hook\'s entry, run as pre-commit would, gates the commit on the folder budgets', () => {
  const hooks = yaml.load(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find(h => h.id === 'spendlens-budget');
  assert.ok(hook, 'no spendlens-budget hook');
  assert.equal(hook.language, 'node');
  const repo = join(tmp, 'hooked-repo');
  cpSync(join(root, 'test/fixtures/cli/monorepo'), repo, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  const staged = ['packages/api/src/chat.ts', 'packages/web/src/tag.ts', '.spendlens/config.json'];
  const run = () => {
    const [cmd, ...entryArgs] = hook.entry.trim().split(/\s+/);
    const files = hook.pass_filenames === false ? [] : staged;
    return spawnSync(cmd, [...entryArgs, ...(hook.args ?? []), ...files], {
      cwd: repo, encoding: 'utf8',
      env: { ...process.env, PATH: `${join(installed, 'node_modules', '.bin')}:${process.env.PATH}`, SPENDLENS_CACHE_DIR: join(tmp, 'v8cache') },
    });
  };
  // The fixture's budget for packages/api is $1/month: over it, the commit is refused.
  const over = run();
  assert.equal(over.status, 1, over.stdout + over.stderr);
  assert.match(over.stderr, /packages\/api: .*OVER BUDGET/);
  const config = join(repo, '.spendlens/config.json');
  writeFileSync(config, readFileSync(config, 'utf8').replace('"packages/api": 1,', '"packages/api": 1000000,'));
  const within = run();
  assert.equal(within.status, 0, within.stdout + within.stderr);
  assert.match(within.stdout, /packages\/api: .* within budget/);
});

// docs/gitlab-ci.md's job, run the way a GitLab shell runner runs `script` (one bash, stopping at the first failing
// line), on a merge request: a clone whose origin has the target branch (the base of test/fixtures/action) and whose
// HEAD adds LLM spend (its head), with the packed tarball under tools/ as the doc says. No GitLab here, so the
// runner's part (CI_* variables, the clone, artifacts) is played by the test.
test('the GitLab CI example: installs the tarball, diffs the merge request against its target, writes the report and SARIF, fails on the gate', () => {
  const doc = readFileSync(join(root, 'docs/gitlab-ci.md'), 'utf8');
  const block = /```yaml\n(# \.gitlab-ci\.yml\n[\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(block, 'no .gitlab-ci.yml block in docs/gitlab-ci.md');
  const job = yaml.load(block).spendlens;
  assert.match(job.rules[0].if, /merge_request_event/);
  const install = job.script.find(l => l.startsWith('npm install -g '));
  assert.equal(install, `npm install -g ./tools/${packed.filename}`, 'the doc names the tarball npm pack writes');

  const gl = join(tmp, 'gitlab');
  const origin = join(gl, 'origin.git'), work = join(gl, 'work');
  mkdirSync(work, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', origin]);
  const git = (...args) => execFileSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=CI', ...args], { cwd: work, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  cpSync(join(root, 'test/fixtures/action/base'), work, { recursive: true });
  git('add', '-A'); git('commit', '-qm', 'base'); git('remote', 'add', 'origin', origin); git('push', '-q', 'origin', 'main');
  git('checkout', '-q', '-b', 'feature');
  cpSync(join(root, 'test/fixtures/action/head'), work, { recursive: true });
  mkdirSync(join(work, 'tools'));
  cpSync(join(tmp, packed.filename), join(work, 'tools', packed.filename));
  writeFileSync(join(work, '.gitignore'), 'spendlens-report.md\nspendlens.sarif\n');
  git('add', '-A'); git('commit', '-qm', 'feature: more LLM calls');

  const global = join(gl, 'npm-global');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', job.script.join('\n')], {
    cwd: work, encoding: 'utf8',
    env: {
      ...process.env, CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      ...Object.fromEntries(Object.entries(job.variables ?? {}).map(([k, v]) => [k, String(v)])),
      npm_config_prefix: global, npm_config_cache: join(gl, 'npm-cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false',
      PATH: `${join(global, 'bin')}:${process.env.PATH}`, SPENDLENS_CACHE_DIR: join(tmp, 'v8cache'),
    },
  });
  const out = r.stdout + r.stderr;
  // The head raises the projected spend above 20 % and $50/month: the job fails, after writing both artifacts.
  assert.equal(r.status, 1, out);
  for (const artifact of job.artifacts.paths) assert.ok(existsSync(join(work, artifact)), `${artifact} missing:\n${out}`);
  const report = readFileSync(join(work, 'spendlens-report.md'), 'utf8');
  assert.match(report, /^<!-- spendlens-report -->/);
  assert.match(report, /above the threshold of 20%/);
  assert.ok(r.stdout.includes(report.trim().split('\n')[2] ?? report), 'the report is printed into the job log');
  const sarif = JSON.parse(readFileSync(join(work, 'spendlens.sarif'), 'utf8'));
  assert.equal(sarif.version, '2.1.0');
  assert.ok(existsSync(join(global, 'bin', 'spendlens')), 'installed globally from the tarball');
});
