// The comparison eval that `spendlens eval-config` writes, run by the REAL promptfoo CLI (pinned, installed outside the
// project's node_modules by scripts/eval/install-promptfoo.sh) against a local mock of the OpenAI and Anthropic APIs on
// 127.0.0.1. The generated files are used as written; only the environment points the SDKs at the mock
// (OPENAI_BASE_URL, ANTHROPIC_BASE_URL). promptfoo gets its own HOME and config dir, telemetry and update checks
// off, and a preload that refuses (and logs) any connection that is not to the loopback address.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockLlmServer } from './mock-llm-server.mjs';

const repoRoot = join(fileURLToPath(import.meta.url), '../../..');
const cliPath = process.env.SPENDLENS_CLI ?? join(repoRoot, 'dist/cli.js');
const app = join(repoRoot, 'test/fixtures/eval/app');
const expected = JSON.parse(readFileSync(join(app, 'expected.json'), 'utf8'));
let tools;

before(() => {
  // Idempotent: a no-op when the pinned version is already installed.
  const r = spawnSync('bash', [join(repoRoot, 'scripts/eval/install-promptfoo.sh')], { encoding: 'utf8', timeout: 900_000 });
  assert.equal(r.status, 0, `install-promptfoo.sh failed:\n${r.stdout}\n${r.stderr}`);
  tools = Object.fromEntries([...r.stdout.matchAll(/^(node|promptfoo)=(.+)$/gm)].map(m => [m[1], m[2]]));
  assert.ok(tools.node && tools.promptfoo, r.stdout);
});

function runPromptfoo(dir, env) {
  return new Promise(resolve => {
    const child = spawn(tools.node, ['--require', join(repoRoot, 'test/promptfoo/loopback-only-preload.cjs'), tools.promptfoo,
      'eval', '-c', join(dir, 'promptfooconfig.yaml'), '--no-cache', '--no-table', '--no-progress-bar', '-o', join(dir, 'results.json')],
    { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', d => { out += d; });
    child.stderr.on('data', d => { out += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', code => { clearTimeout(timer); resolve({ code, out }); });
  });
}

/**
 * Nothing left the machine. promptfoo 0.123.1 still posts one "telemetry disabled" event to r.promptfoo.app when
 * PROMPTFOO_DISABLE_TELEMETRY=1 (telemetry.ts: record() → recordTelemetryDisabled() → sendEvent()); the preload refuses
 * that connection. Any other destination fails the test.
 */
function assertNoEgress(log) {
  assert.ok(existsSync(`${log}.loaded`), 'the loopback-only preload ran in promptfoo');
  const attempts = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
  const unexpected = attempts.filter(l => !/ (connect r\.promptfoo\.app:443|dns\.(promises\.)?lookup r\.promptfoo\.app)$/.test(l));
  assert.deepEqual(unexpected, [], 'promptfoo tried to reach the network');
}

/** What a user does with tests.csv: real inputs (quotes, commas, a line break) and, on row 1, the current model's answer. */
function fillTests(dir, vars, reference) {
  const header = ['__description', ...vars, 'current_output'].join(',');
  const rows = [
    ['first', ...vars.map(v => `"${v}: a ""fine"" one, really"`), reference],
    ['second', ...vars.map(v => `"${v} on two\nlines"`), ''],
  ].map(r => r.join(','));
  writeFileSync(join(dir, 'tests.csv'), [header, ...rows].join('\n') + '\n');
}

for (const [target, want] of Object.entries(expected.calls).filter(([t]) => t !== 'py/tagline.py:19')) {
  test(`promptfoo runs the eval of ${target}: both providers called with the call's parameters, run completes`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spendlens-pf-'));
    const mock = await startMockLlmServer();
    try {
      const gen = spawnSync(process.execPath, [cliPath, 'eval-config', target, app, '--output', dir], { encoding: 'utf8' });
      assert.equal(gen.status, 0, gen.stderr);
      const generated = readFileSync(join(dir, 'promptfooconfig.yaml'), 'utf8');
      const json = want.asserts.includes('is-json');
      fillTests(dir, want.vars, json ? '{"answer": "positive"}' : 'positive');
      const log = join(dir, 'net.log');
      const env = {
        PATH: process.env.PATH, HOME: join(dir, 'home'), PROMPTFOO_CONFIG_DIR: join(dir, 'promptfoo-config'),
        PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1', PROMPTFOO_DISABLE_SHARING: '1', NO_COLOR: '1',
        OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: `${mock.url}/v1`, ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: mock.url,
        SPENDLENS_NET_LOG: log,
      };
      const run = await runPromptfoo(dir, env);
      assert.equal(readFileSync(join(dir, 'promptfooconfig.yaml'), 'utf8'), generated, 'the generated config is run as written');
      // 0 = every assertion passed, 100 = some failed; anything else means the run itself broke.
      assert.ok(run.code === 0 || run.code === 100, `promptfoo exited ${run.code}:\n${run.out.slice(-3000)}`);
      assertNoEgress(log);

      // Both providers were called, once per test row, with the same parameters and the prompt as written.
      const models = want.providers.map(p => p.split(':').pop());
      const calls = mock.requests.filter(r => r.method === 'POST');
      assert.equal(calls.length, 4, JSON.stringify(calls.map(c => c.path)));
      for (const m of models) assert.equal(calls.filter(c => c.body?.model === m).length, 2, m);
      for (const c of calls) {
        for (const [k, v] of Object.entries(want.config)) assert.deepEqual(c.body[k], v, `${c.body.model} ${k}`);
        const system = want.messages.find(m => m.role === 'system')?.content;
        const sent = c.body.system ?? c.body.messages.find(m => m.role === 'system')?.content;
        if (system) assert.equal(typeof sent === 'string' ? sent : sent?.[0]?.text, system);
        const user = c.body.messages.filter(m => m.role === 'user').map(m => typeof m.content === 'string' ? m.content : m.content.map(p => p.text).join('')).join('\n');
        for (const v of want.vars) assert.ok(user.includes(`${v}: a "fine" one, really`) || user.includes(`${v} on two\nlines`), `${v} rendered into: ${user}`);
        assert.ok(!user.includes('{{'), `placeholders left in: ${user}`);
      }

      // The run completed: one result per provider and row, with the assertions the config asked for.
      const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).results;
      const rows = results.results;
      assert.equal(rows.length, 4);
      assert.deepEqual([...new Set(rows.map(r => r.provider.label ?? r.provider.id))].sort(), want.providers.map((p, i) => `${i ? 'candidate' : 'current'}: ${p.split(':').pop()}`).sort());
      for (const r of rows) {
        assert.equal(r.error ?? null, null, r.error);
        assert.equal(r.success, true, JSON.stringify(r.gradingResult?.componentResults?.map(c => c.reason)));
        const types = (r.gradingResult?.componentResults ?? []).map(c => c.assertion?.type);
        assert.deepEqual(types, want.asserts);
      }
    } finally {
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('promptfoo: the "same as current" assertion fails when the candidate answers differently', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spendlens-pf-'));
  const mock = await startMockLlmServer();
  try {
    const gen = spawnSync(process.execPath, [cliPath, 'eval-config', 'py/tagline.py:7', app, '--output', dir], { encoding: 'utf8' });
    assert.equal(gen.status, 0, gen.stderr);
    fillTests(dir, ['product', 'audience'], 'negative');
    const run = await runPromptfoo(dir, {
      PATH: process.env.PATH, HOME: join(dir, 'home'), PROMPTFOO_CONFIG_DIR: join(dir, 'promptfoo-config'),
      PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1', NO_COLOR: '1',
      ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: mock.url, SPENDLENS_NET_LOG: join(dir, 'net.log'),
    });
    assert.equal(run.code, 100, run.out.slice(-2000));
    assertNoEgress(join(dir, 'net.log'));
    const rows = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).results.results;
    const failed = rows.filter(r => !r.success);
    assert.equal(failed.length, 2, 'row 1 of each provider: "positive" is not the "negative" written as current_output');
    assert.ok(failed.every(r => /differs from current_output/.test(r.gradingResult.reason ?? JSON.stringify(r.gradingResult))));
  } finally {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
