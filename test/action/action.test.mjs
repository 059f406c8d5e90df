// Runs the composite action (action.yml) the way the runner does, against a local git repository with a base and a
// head commit: each `run` step's script through `bash --noprofile --norc -eo pipefail`, with the step's `env` and `if`
// expressions evaluated from inputs, the pull-request event and earlier steps' outputs ($GITHUB_OUTPUT, $GITHUB_PATH).
// The install step really packs this repository and installs the tarball. The comment step talks to a local
// HTTP server on 127.0.0.1 standing in for api.github.com (GITHUB_API_URL). `uses:` steps are GitHub's own actions
// (setup-node, upload-sarif): they are listed, not run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml');
const root = join(fileURLToPath(import.meta.url), '../../..');
const action = yaml.load(readFileSync(join(root, 'action.yml'), 'utf8'));
const fixture = join(root, 'test/fixtures/action');
const TOKEN = 'test-token';
const MARKER = '<!-- spendlens-report -->';

// ---- the expressions action.yml uses: paths, 'literals', ==, !=, &&, || -------------------------------------------
function lookup(path, ctx) {
  return path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), ctx);
}
function evaluate(expr, ctx) {
  const e = expr.trim();
  const or = e.split('||');
  if (or.length > 1) { for (const part of or) { const v = evaluate(part, ctx); if (v) return v; } return evaluate(or.at(-1), ctx); }
  const and = e.split('&&');
  if (and.length > 1) { let v; for (const part of and) { v = evaluate(part, ctx); if (!v) return v; } return v; }
  const cmp = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(e);
  if (cmp) {
    const norm = v => (v === undefined || v === null ? '' : String(v));
    const eq = norm(evaluate(cmp[1], ctx)) === norm(evaluate(cmp[3], ctx));
    return cmp[2] === '==' ? eq : !eq;
  }
  if (/^'.*'$/.test(e)) return e.slice(1, -1);
  if (/^[A-Za-z_][\w.-]*$/.test(e)) return lookup(e, ctx);
  throw new Error(`the test's evaluator does not know the expression ${e}`);
}
const substitute = (text, ctx) => String(text).replace(/\$\{\{(.+?)\}\}/g, (_, e) => { const v = evaluate(e, ctx); return v === undefined || v === null ? '' : String(v); });

/** GITHUB_OUTPUT / GITHUB_PATH files, as the runner reads them (name=value lines). */
const readLines = file => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

/** Runs a script like spawnSync, but lets this process keep serving the fake API meanwhile. */
function runScript(script, options) {
  return new Promise(resolve => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], options);
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    const timer = setTimeout(() => child.kill(), 300_000);
    child.on('close', status => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}

async function runAction({ workspace, inputs, event, apiUrl }) {
  const temp = mkdtempSync(join(tmpdir(), 'spendlens-runner-'));
  const ctx = {
    inputs: Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? substitute(v.default ?? '', { github: { token: TOKEN } })])),
    github: { event, token: TOKEN },
    steps: {},
  };
  let PATH = process.env.PATH;
  const ran = [];
  for (const [i, step] of action.runs.steps.entries()) {
    const name = step.name ?? step.uses;
    if (step.if && !evaluate(step.if, ctx)) { ran.push({ name, skipped: 'if' }); continue; }
    if (step.uses) { ran.push({ name, skipped: 'uses' }); continue; }
    const files = { GITHUB_OUTPUT: join(temp, `output-${i}`), GITHUB_PATH: join(temp, `path-${i}`), GITHUB_STEP_SUMMARY: join(temp, `summary-${i}`) };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const script = join(temp, `step-${i}.sh`);
    writeFileSync(script, substitute(step.run, ctx));
    const env = {
      ...process.env, PATH, ...files, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: root, GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp, GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: 'acme/shop', SPENDLENS_CACHE_DIR: join(temp, 'v8cache'),
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(v, ctx);
    assert.equal(step.shell, 'bash', `${name}: composite run steps name their shell`);
    const r = await runScript(script, { cwd: workspace, env });
    ran.push({ name, status: r.status, stdout: r.stdout, stderr: r.stderr });
    if (step.id) ctx.steps[step.id] = { outputs: Object.fromEntries(readLines(files.GITHUB_OUTPUT).map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) };
    for (const dir of readLines(files.GITHUB_PATH)) PATH = `${dir}:${PATH}`;
    if (r.status !== 0) return { ok: false, failed: name, ran, temp, outputs: ctx.steps };
  }
  return { ok: true, ran, temp, outputs: ctx.steps };
}

// ---- a local stand-in for the GitHub REST API (issue comments only) -------------------------------------------------
function fakeGitHub() {
  const comments = [];
  let nextId = 1;
  const add = (body, login) => comments.push({ id: nextId++, body, user: { login } });
  // 120 comments first, so the action's comment lands on the second page of 100.
  for (let i = 0; i < 118; i++) add(`review note ${i}`, 'alice');
  add('### Test results\nAll green.', 'github-actions[bot]'); // another workflow's comment: never edited
  add(`> ${MARKER}\n> ### Spendlens — quoted by a reviewer`, 'bob'); // a reply quoting the report: never edited
  const requests = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', d => { data += d; });
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      requests.push({ method: req.method, path: url.pathname + url.search });
      const send = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
      let m;
      if (req.method === 'GET' && (m = /^\/repos\/acme\/shop\/issues\/7\/comments$/.exec(url.pathname))) {
        const per = Number(url.searchParams.get('per_page') ?? 30), page = Number(url.searchParams.get('page') ?? 1);
        return send(200, comments.slice((page - 1) * per, page * per));
      }
      if (req.method === 'POST' && /^\/repos\/acme\/shop\/issues\/7\/comments$/.test(url.pathname)) {
        add(JSON.parse(data).body, 'github-actions[bot]');
        return send(201, comments.at(-1));
      }
      if (req.method === 'PATCH' && (m = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
        const c = comments.find(x => x.id === Number(m[1]));
        if (!c) return send(404, { message: 'Not Found' });
        c.body = JSON.parse(data).body;
        return send(200, c);
      }
      send(404, { message: 'Not Found' });
    });
  });
  return { server, comments, requests };
}

// ---- the fixture repository: base commit, head commit ---------------------------------------------------------------
let repo, baseSha, gh, apiUrl;
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

before(async () => {
  repo = mkdtempSync(join(tmpdir(), 'spendlens-action-repo-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com'); git('config', 'user.name', 'test'); git('config', 'commit.gpgsign', 'false');
  cpSync(join(fixture, 'base'), repo, { recursive: true });
  git('add', '-A'); git('commit', '-qm', 'base');
  baseSha = git('rev-parse', 'HEAD');
  cpSync(join(fixture, 'head'), repo, { recursive: true });
  git('add', '-A'); git('commit', '-qm', 'head: gpt-4o and a new triage call');
  gh = fakeGitHub();
  await new Promise(resolve => gh.server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${gh.server.address().port}`;
});

after(() => {
  gh?.server.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const event = () => ({ pull_request: { number: 7, base: { sha: baseSha } } });
const spendlensComments = () => gh.comments.filter(c => c.body.startsWith(MARKER));

test('first run on the pull request: comments once, uploads findings only, fails the check on the increase', async () => {
  const run = await runAction({ workspace: repo, inputs: { 'fail-on-increase': '20%', 'min-delta': '50' }, event: event(), apiUrl });
  const byName = Object.fromEntries(run.ran.map(s => [s.name, s]));
  try {
    assert.equal(byName['actions/setup-node@v4'].skipped, 'uses');
    assert.equal(byName['Build Spendlens from this action\'s repository'].status, 0, byName['Build Spendlens from this action\'s repository']?.stderr);
    assert.equal(byName['Cost report (diff on pull requests) and SARIF'].status, 0);
    assert.equal(run.outputs.report.outputs['diff-exit'], '1', 'the rise is above 20 % and above $50/month');
    assert.equal(run.outputs.report.outputs['scan-exit'], '0');
    assert.equal(byName['Comment on the pull request'].status, 0);
    assert.match(byName['Comment on the pull request'].stdout, /created comment \d+ on #7/);
    assert.equal(byName['Upload SARIF to code scanning'].skipped, 'uses');
    assert.equal(run.ok, false);
    assert.equal(run.failed, 'Verdict');
    assert.match(byName.Verdict.stdout, /::error::Spendlens: the projected monthly LLM spend rises above the threshold/);
  } catch (e) {
    e.message += '\n' + run.ran.map(s => `${s.name}: ${s.skipped ?? s.status}\n${s.stdout ?? ''}${s.stderr ?? ''}`).join('\n');
    throw e;
  }

  const mine = spendlensComments();
  assert.equal(mine.length, 1);
  assert.equal(mine[0].user.login, 'github-actions[bot]');
  assert.match(mine[0].body, /gpt-4o-mini → gpt-4o/);
  assert.match(mine[0].body, /src\/triage\.ts/);
  assert.match(mine[0].body, /❌ \*\*Fails the cost gate\*\*: projected monthly spend rises/);
  assert.equal(gh.comments.length, 121, 'one comment added, none edited');
  assert.ok(gh.requests.some(r => r.path.includes('page=2')), 'every page of comments was searched');

  const sarif = JSON.parse(readFileSync(run.outputs.report.outputs.sarif, 'utf8'));
  const results = sarif.runs[0].results;
  assert.ok(results.length > 0);
  assert.ok(results.every(r => r.ruleId !== 'spendlens/cost'), 'findings only (sarif-results: findings)');
  assert.ok(results.some(r => r.ruleId === 'no-output-cap' && r.locations[0].physicalLocation.artifactLocation.uri === 'src/triage.ts'));
  assert.ok(results.every(r => /^[0-9a-f]{32}$/.test(Object.values(r.partialFingerprints)[0])));
});

test('second run after a new push: the same comment is updated, found by its marker on page 2; the check passes', async () => {
  const before = spendlensComments()[0];
  const beforeBody = before.body;
  // The pull request's next commit: triage runs twice as often.
  const file = join(repo, 'src/triage.ts');
  writeFileSync(file, readFileSync(file, 'utf8').replace('5000/month', '10000/month'));
  git('commit', '-qam', 'more triage');
  const run = await runAction({ workspace: repo, inputs: { 'fail-on-increase': '$100000' }, event: event(), apiUrl });
  const comment = run.ran.find(s => s.name === 'Comment on the pull request');
  assert.ok(run.ok, run.ran.map(s => `${s.name}: ${s.skipped ?? s.status}\n${s.stdout ?? ''}${s.stderr ?? ''}`).join('\n'));
  assert.match(comment.stdout, new RegExp(`updated comment ${before.id} on #7`));
  const mine = spendlensComments();
  assert.equal(mine.length, 1, 'still one Spendlens comment');
  assert.equal(mine[0].id, before.id);
  assert.notEqual(mine[0].body, beforeBody);
  // The triage call now runs twice as often: its monthly delta doubles; the gate of this run passes.
  const triage = body => Number(/`src\/triage\.ts:\d+`[^\n]*\*\*\+\$([\d.,]+)\*\*/.exec(body)[1].replace(/,/g, ''));
  assert.ok(Math.abs(triage(mine[0].body) - 2 * triage(beforeBody)) < 0.02, `${triage(beforeBody)} → ${triage(mine[0].body)}`);
  assert.match(mine[0].body, /✅ Passes the cost gate/);
  assert.equal(gh.comments.length, 121);
  assert.equal(gh.comments.find(c => c.user.login === 'bob').body.startsWith('> '), true, 'the quoting reply is untouched');
  assert.equal(gh.comments.find(c => c.body.startsWith('### Test results')).body, '### Test results\nAll green.');
});

test('comment: false, no pull request: no API call; a budget in the action fails the check', async () => {
  const calls = gh.requests.length;
  const run = await runAction({ workspace: repo, inputs: { comment: 'false', budget: '1' }, event: {}, apiUrl });
  assert.equal(run.ran.find(s => s.name === 'Comment on the pull request').skipped, 'if');
  assert.equal(gh.requests.length, calls);
  assert.equal(run.outputs.report.outputs['scan-exit'], '1');
  assert.equal(run.failed, 'Verdict');
  assert.match(run.ran.at(-1).stdout, /over a budget/);
});
