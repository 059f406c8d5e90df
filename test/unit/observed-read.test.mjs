// The usage readers: format recognition, both OTLP attribute generations, streaming over chunk boundaries, errors
// that name the file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const core = createRequire(import.meta.url)('../../out/core.cjs');
const tmp = () => mkdtempSync(join(tmpdir(), 'spendlens-read-'));
const records = (path, format) => { const r = core.readUsageFile(path, format); return { format: r.format, list: [...r.records] }; };

const s = (key, v) => ({ key, value: { stringValue: v } });
const i = (key, v) => ({ key, value: { intValue: String(v) } });
const otlp = spans => ({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ scope: { name: 't' }, spans }] }] });
const span = (attrs, n = 1) => ({ traceId: 'a'.repeat(32), spanId: String(n).padStart(16, '0'), name: 'chat', startTimeUnixNano: '1777593600000000000', endTimeUnixNano: '1777593601000000000', attributes: attrs });

test('otlp: stable and old attribute names read the same', () => {
  const dir = tmp();
  try {
    const stable = span([s('gen_ai.request.model', 'gpt-4o'), s('gen_ai.provider.name', 'openai'), i('gen_ai.usage.input_tokens', 12), i('gen_ai.usage.output_tokens', 3),
      i('gen_ai.usage.cache_read.input_tokens', 5), i('gen_ai.usage.cache_creation.input_tokens', 2), i('gen_ai.usage.reasoning.output_tokens', 1),
      s('code.file.path', '/a/b.py'), i('code.line.number', 7), s('code.function.name', 'f'), i('gen_ai.request.max_tokens', 30), s('gen_ai.operation.name', 'chat')]);
    const old = span([s('gen_ai.request.model', 'gpt-4o'), s('gen_ai.system', 'openai'), i('gen_ai.usage.prompt_tokens', 12), i('gen_ai.usage.completion_tokens', 3),
      s('code.filepath', '/a/b.py'), i('code.lineno', 7), s('code.function', 'f'), i('gen_ai.request.max_tokens', 30), s('gen_ai.operation.name', 'chat')], 2);
    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify(otlp([stable, old])) + '\n');
    const { format, list } = records(join(dir, 'a.jsonl'));
    assert.equal(format, 'otlp');
    assert.equal(list.length, 2);
    for (const r of list) {
      assert.deepEqual([r.requestModel, r.provider, r.inputTokens, r.outputTokens, r.maxTokens, r.operation], ['gpt-4o', 'openai', 12, 3, 30, 'chat']);
      assert.deepEqual(r.code, { file: '/a/b.py', line: 7, function: 'f' });
      assert.equal(r.start, 1777593600000);
    }
    assert.deepEqual([list[0].cacheReadTokens, list[0].cacheCreationTokens, list[0].reasoningTokens], [5, 2, 1]);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('otlp: a pretty-printed document of several MB is read record by record across chunk boundaries', () => {
  const dir = tmp();
  try {
    // Strings with quotes, escapes and brackets inside, so a scanner that loses track of strings miscounts.
    const spans = Array.from({ length: 6000 }, (_, n) => span([s('gen_ai.request.model', 'gpt-4o'), i('gen_ai.usage.input_tokens', n), s('gen_ai.prompt', `x"]}{[\\"é ${'y'.repeat(n % 700)}`)], n));
    const doc = { resourceSpans: Array.from({ length: 30 }, (_, k) => otlp(spans.slice(k * 200, (k + 1) * 200)).resourceSpans[0]) };
    const text = JSON.stringify(doc, null, 2);
    assert.ok(text.length > 3 * (1 << 20), 'larger than a few read chunks');
    writeFileSync(join(dir, 'big.json'), text);
    const { format, list } = records(join(dir, 'big.json'));
    assert.equal(format, 'otlp');
    assert.equal(list.length, 6000);
    assert.deepEqual(list.map(r => r.inputTokens), spans.map((_, n) => n));
    // Each record knows the line its ResourceSpans starts on.
    const lines = text.split('\n');
    assert.match(lines[list[0].line - 1], /^\s*\{$/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('formats are recognised from the content, whatever the layout', () => {
  const dir = tmp();
  try {
    const cases = [
      ['litellm', JSON.stringify([{ request_id: 'x', call_type: 'acompletion', spend: 0.1, prompt_tokens: 1, completion_tokens: 2, startTime: '2026-05-01T00:00:00Z', model: 'gpt-4o', request_tags: [] }])],
      ['langfuse', JSON.stringify({ data: [{ id: 'o', traceId: 't', type: 'GENERATION', model: 'gpt-4o', usageDetails: { input: 1, output: 2 }, startTime: '2026-05-01T00:00:00Z' }], meta: { page: 1 } })],
      ['helicone', JSON.stringify({ request_id: 'r', request_created_at: '2026-05-01T00:00:00Z', request_model: 'gpt-4o', prompt_tokens: 1, completion_tokens: 2, request_properties: { App: 'x' } })],
      ['openai-usage', JSON.stringify({ object: 'page', data: [{ object: 'bucket', start_time: 1777593600, end_time: 1777680000, results: [{ model: 'gpt-4o', num_model_requests: 4, input_tokens: 40, output_tokens: 8 }] }] })],
      ['aggregated', JSON.stringify({ meta: [{ name: 'code_file_path', type: 'String' }], data: [Object.fromEntries(core.AGGREGATED_COLUMNS.map(c => [c, c === 'calls' ? '3' : c.endsWith('_sum') ? '30' : c.endsWith('_seen') ? '2026-05-01 00:00:00' : '']))], rows: 1 })],
    ];
    for (const [want, text] of cases) {
      writeFileSync(join(dir, `${want}.json`), text);
      const { format, list } = records(join(dir, `${want}.json`));
      assert.equal(format, want);
      assert.equal(list.length, 1, want);
    }
    assert.deepEqual(records(join(dir, 'helicone.json')).list[0].tags, ['x', 'App=x']);
    assert.equal(records(join(dir, 'openai-usage.json')).list[0].calls, 4);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('errors name the file and the line, never the text', () => {
  const dir = tmp();
  try {
    const secret = 'TOP_SECRET_PROMPT';
    writeFileSync(join(dir, 'arr.json'), `[\n  {"request_id":"a","spend":1,"call_type":"completion","model":"m"},\n  {"request_id":"b", "messages": "${secret}" oops}\n]\n`);
    assert.throws(() => [...core.readUsageFile(join(dir, 'arr.json')).records], e => e instanceof core.UsageFileError && /arr\.json:3: invalid JSON$/.test(e.message) && !e.message.includes(secret));
    writeFileSync(join(dir, 'cut.json'), `{\n "resourceSpans": [\n  {"scopeSpans": [{"spans": [{"attributes": [{"key":"gen_ai.prompt","value":{"stringValue":"${secret}`);
    assert.throws(() => [...core.readUsageFile(join(dir, 'cut.json')).records], e => /cut\.json:3: the JSON document ends before it is complete/.test(e.message) && !e.message.includes(secret));
    writeFileSync(join(dir, 'rows.csv'), `${core.AGGREGATED_COLUMNS.join(',')}\na,1\n`);
    assert.throws(() => [...core.readUsageFile(join(dir, 'rows.csv')).records], /rows\.csv:2: expected 16 columns, found 2/);
    writeFileSync(join(dir, 'other.csv'), 'a,b\n1,2\n');
    assert.throws(() => [...core.readUsageFile(join(dir, 'other.csv')).records], /other\.csv:1: not the aggregated rows/);
    writeFileSync(join(dir, 'empty.json'), '\n\n');
    assert.throws(() => core.readUsageFile(join(dir, 'empty.json')), /empty\.json: the file is empty/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
