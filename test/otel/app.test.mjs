// spendlens/otel for real: a small app using the `openai` SDK against a local mock OpenAI-compatible server,
// instrumented with @opentelemetry/sdk-trace-node + @opentelemetry/instrumentation-openai + CodeLocationSpanProcessor,
// writes its spans as OTLP JSON lines; every GenAI span carries gen_ai.* and the code.* of the app's call line, and
// `spendlens calibrate --from` on that file matches every call by code location with the right counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockOpenAI } from './mock-openai.mjs';

const root = join(import.meta.dirname, '../..');
const appDir = join(import.meta.dirname, 'app');
const cli = join(root, 'dist/cli.js');

/** The 1-based line of the first occurrence of `needle` in an app file (the call lines the spans must point at). */
const lineOf = (file, needle) => readFileSync(join(appDir, file), 'utf8').split('\n').findIndex(l => l.includes(needle)) + 1;
const CALLS = {
  summarize: { file: 'src/summarize.js', line: lineOf('src/summarize.js', 'chat.completions.create('), fn: 'summarize', model: 'gpt-4o-mini', count: 3 },
  classify: { file: 'src/classify.js', line: lineOf('src/classify.js', 'chat.completions.create('), fn: 'classify', model: 'gpt-4.1-nano', count: 2 },
  embed: { file: 'src/classify.js', line: lineOf('src/classify.js', 'embeddings.create('), fn: 'embed', model: 'text-embedding-3-small', count: 1 },
};

let mock, tmp, spansFile, spans;

function attrsOf(span) {
  const out = {};
  for (const { key, value } of span.attributes) out[key] = value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.doubleValue ?? value.boolValue);
  return out;
}

before(async () => {
  mock = await startMockOpenAI();
  tmp = mkdtempSync(join(tmpdir(), 'spendlens-otel-'));
  spansFile = join(tmp, 'spans.jsonl');
  const child = spawn(process.execPath, ['--require', './tracing.js', 'main.js'], {
    cwd: appDir,
    env: { ...process.env, OPENAI_BASE_URL: mock.baseURL, OPENAI_API_KEY: 'sk-test-not-a-key', SPANS_FILE: spansFile, OTEL_SDK_DISABLED: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', d => { stderr += d; });
  const code = await new Promise(resolve => child.on('exit', resolve));
  assert.equal(code, 0, `the app failed: ${stderr}`);
  const lines = readFileSync(spansFile, 'utf8').split('\n').filter(Boolean);
  spans = lines.flatMap(l => JSON.parse(l).resourceSpans.flatMap(rs => rs.scopeSpans.flatMap(ss => ss.spans.map(s => ({ scope: ss.scope.name, ...s })))));
});

after(async () => {
  await mock?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('every OpenAI call is one GenAI span with the usage the server returned', () => {
  assert.equal(mock.answered.length, 6);
  assert.equal(spans.length, 6);
  for (const span of spans) {
    assert.equal(span.scope, '@opentelemetry/instrumentation-openai');
    assert.match(span.traceId, /^[0-9a-f]{32}$/);
    assert.match(span.spanId, /^[0-9a-f]{16}$/);
  }
  const chat = spans.map(attrsOf).filter(a => a['gen_ai.operation.name'] === 'chat');
  assert.equal(chat.length, 5);
  for (const a of chat) {
    const answer = mock.answered.find(r => r.id === a['gen_ai.response.id']);
    assert.ok(answer, `response id ${a['gen_ai.response.id']} was answered by the mock`);
    assert.equal(a['gen_ai.request.model'], answer.model);
    assert.equal(a['gen_ai.response.model'], `${answer.model}-2025-04-14`);
    assert.equal(a['gen_ai.usage.input_tokens'], answer.usage.prompt_tokens);
    assert.equal(a['gen_ai.usage.output_tokens'], answer.usage.completion_tokens);
  }
  const embedding = spans.map(attrsOf).find(a => a['gen_ai.operation.name'] === 'embeddings');
  assert.equal(embedding['gen_ai.usage.input_tokens'], mock.answered.find(r => r.path === '/v1/embeddings').usage.prompt_tokens);
});

test('each span carries the code location of the app line that made the call (relative to the app folder)', () => {
  const seen = {};
  for (const a of spans.map(attrsOf)) {
    const call = Object.values(CALLS).find(c => c.model === a['gen_ai.request.model']);
    assert.ok(call, `unexpected model ${a['gen_ai.request.model']}`);
    assert.deepEqual([a['code.file.path'], a['code.line.number'], a['code.function.name']], [call.file, call.line, call.fn]);
    seen[call.fn] = (seen[call.fn] ?? 0) + 1;
  }
  assert.deepEqual(seen, { summarize: 3, classify: 2, embed: 1 });
});

test('spendlens calibrate --from the span file matches every call by code location with its count', () => {
  const workspace = join(tmp, 'app');
  cpSync(appDir, workspace, { recursive: true });
  const r = spawnSync(process.execPath, [cli, 'calibrate', '--from', spansFile, workspace], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const observed = JSON.parse(readFileSync(join(workspace, '.spendlens/observed.json'), 'utf8'));
  const sites = observed.sites.map(s => ({ site: `${s.file}:${s.line}`, calls: s.calls, matchedBy: s.matchedBy }));
  assert.equal(sites.length, Object.keys(CALLS).length, JSON.stringify(sites));
  for (const c of Object.values(CALLS)) {
    const site = sites.find(s => s.site === `${c.file}:${c.line}`);
    assert.ok(site, `no observed site at ${c.file}:${c.line}: ${JSON.stringify(sites)}`);
    assert.equal(site.calls, c.count, `${c.file}:${c.line}`);
    assert.equal(site.matchedBy, 'code-location', `${c.file}:${c.line}`);
  }
  assert.deepEqual(observed.unmatched, []);
  assert.deepEqual(observed.tiers, { 'code-location': { records: 6, calls: 6, sites: 3 } });
});
