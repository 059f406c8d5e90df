// `spendlens calibrate --sql`: the aggregation query. Its logic runs on DuckDB over a table of the ClickHouse exporter's
// shape built from span fixtures; the ClickHouse text comes from the same spec, and its key clauses are pinned here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spansTable, rows, readerGroups, sqlGroups, otlpFixtureFiles } from '../unit/observed-sql-table.mjs';

const core = createRequire(import.meta.url)('../../out/core.cjs');
const root = join(import.meta.dirname, '../..');
const fixture = (...p) => join(root, 'test/fixtures', ...p);
const duckdbQuery = opts => core.aggregateQuery(core.SQL_DIALECTS.duckdb, opts);

test('duckdb: one row per location / tag / model; duplicates once, both code.* generations, a step folded into its call, the window honoured', async () => {
  const expected = JSON.parse(readFileSync(fixture('observed-sql/window/expected.json'), 'utf8'));
  const t = await spansTable([fixture('observed-sql/window/spans.jsonl')]);
  try {
    const got = await rows(t.connection, duckdbQuery({ now: expected.now, days: expected.days }));
    assert.deepEqual(got, expected.rows);
    // A longer window takes in the call before it (2026-04-20); the one after its end (2026-06-01) stays out.
    const longer = await rows(t.connection, duckdbQuery({ now: expected.now, days: 60 }));
    assert.equal(longer.find(r => r.code_function_name === 'summarize').calls, 3);
  } finally { t.close(); }
});

test('the output columns are exactly the ones the aggregated reader reads back, in order', async () => {
  const t = await spansTable([fixture('observed-sql/window/spans.jsonl')]);
  try {
    const reader = await t.connection.runAndReadAll(duckdbQuery({ now: '2026-05-31T00:00:00Z' }));
    assert.deepEqual(reader.columnNames(), [...core.AGGREGATED_COLUMNS]);
  } finally { t.close(); }
});

test('duckdb: on every OTLP fixture of the file reader, the SQL counts the same calls and tokens per group as reading the file', async () => {
  const otlpFiles = otlpFixtureFiles();
  assert.ok(otlpFiles.length >= 3, `OTLP fixtures found: ${otlpFiles.join(', ')}`);
  for (const path of [...otlpFiles, fixture('observed-sql/window/spans.jsonl')]) {
    const t = await spansTable([path]);
    try {
      // A window wide enough for every fixture: 10 years back from 2030.
      const got = await rows(t.connection, duckdbQuery({ now: '2030-01-01T00:00:00Z', days: 3650 }));
      assert.deepEqual(sqlGroups(got), readerGroups(path), path);
    } finally { t.close(); }
  }
});

test('the rows written as CSV (the ClickHouse client\'s CSVWithNames shape) read back through --from as aggregated records', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'spendlens-sql-'));
  const t = await spansTable([fixture('observed-sql/window/spans.jsonl')]);
  try {
    const csv = join(tmp, 'result.csv');
    await t.connection.run(`COPY (${duckdbQuery({ now: '2026-05-31T00:00:00Z' }).replace(/--[^\n]*\n/g, '')}) TO '${csv}' (HEADER, DELIMITER ',')`);
    const reading = core.readUsageFile(csv);
    assert.equal(reading.format, 'aggregated');
    const records = [...reading.records];
    assert.deepEqual(records.map(r => [r.code?.file, r.code?.line, r.tags[0], r.requestModel, r.calls, r.inputTokens, r.outputTokens]), [
      ['/srv/app/src/summarize.ts', 12, undefined, 'gpt-4o', 2, 220, 50],
      ['/app/app/classify.py', 30, undefined, 'gpt-4o-mini', 1, 40, 1],
      [undefined, undefined, 'draft-reply', 'claude-sonnet-4-5', 1, 500, 100],
      [undefined, undefined, undefined, 'text-embedding-3-small', 1, 8, undefined],
    ]);
    assert.equal(new Date(records[0].start).toISOString(), '2026-05-10T08:00:00.000Z');
    assert.equal(new Date(records[0].end).toISOString(), '2026-05-20T09:30:00.000Z');
  } finally { t.close(); rmSync(tmp, { recursive: true, force: true }); }
});

test('clickhouse: the text reads the exporter\'s table and map with ClickHouse functions (key clauses pinned so a change is visible)', () => {
  const sql = core.aggregateQuery(core.SQL_DIALECTS.clickhouse, { days: 14, table: 'otel.otel_traces' });
  for (const clause of [
    'FROM otel.otel_traces',
    'WHERE Timestamp >= now64(9) - INTERVAL 14 DAY AND Timestamp < now64(9)',
    "coalesce(nullIf(SpanAttributes['code.file.path'], ''), nullIf(SpanAttributes['code.filepath'], '')) AS span_code_file_path",
    "toInt64OrNull(coalesce(nullIf(SpanAttributes['code.line.number'], ''), nullIf(SpanAttributes['code.lineno'], ''))) AS span_code_line_number",
    "coalesce(nullIf(SpanAttributes['gen_ai.provider.name'], ''), nullIf(SpanAttributes['gen_ai.system'], ''), nullIf(SpanAttributes['ai.model.provider'], '')) AS span_provider",
    "coalesce(coalesce(nullIf(SpanAttributes['gen_ai.response.id'], ''), nullIf(SpanAttributes['ai.response.id'], '')), concat(TraceId, '/', SpanId)) AS own_key",
    'LEFT JOIN genai AS p ON p.trace_id = s.trace_id AND p.span_id = s.parent_span_id',
    'GROUP BY g.call_key',
    "formatDateTime(min(started), '%Y-%m-%dT%H:%i:%SZ', 'UTC') AS first_seen",
    'GROUP BY code_file_path, code_line_number, code_function_name, tag, request_model, response_model, provider, operation, max_tokens',
  ]) assert.ok(sql.includes(clause), `missing: ${clause}\n---\n${sql}`);
  assert.ok(!sql.replace(/--[^\n]*/g, '').includes(';'), 'one statement');
  // The DuckDB copy is the same query but for the dialect's spellings.
  const strip = s => s.replace(/nullIf\(SpanAttributes|nullif\(SpanAttributes/gi, 'ATTR').replace(/toInt64OrNull\(|TRY_CAST\(/g, 'INT(').replace(/ AS BIGINT\)/g, ')')
    .replace(/formatDateTime\(([^,]+), '[^']+', 'UTC'\)|strftime\(([^,]+), '[^']+'\)/g, 'ISO($1$2)').replace(/WHERE Timestamp[^\n]*/, 'WHERE WINDOW').replace(/--sql \w+/, '');
  assert.equal(strip(sql), strip(core.aggregateQuery(core.SQL_DIALECTS.duckdb, { days: 14, table: 'otel.otel_traces' })));
});

test('options that cannot be put in SQL safely are refused', () => {
  for (const [opts, msg] of [[{ table: 'otel_traces; DROP TABLE x' }, /--table/], [{ table: "a'b" }, /--table/], [{ days: 0 }, /--days/], [{ days: 1.5 }, /--days/], [{ now: '2026-05-01' }, /ISO 8601/]]) {
    assert.throws(() => core.aggregateQuery(core.SQL_DIALECTS.clickhouse, opts), e => e instanceof core.SqlOptionError && msg.test(e.message));
  }
});

test('cli: calibrate --sql clickhouse prints the query (exit 0); a bad dialect, table or window is exit 2', async () => {
  const { cli } = await import('./cli-helpers.mjs');
  const ok = cli(['calibrate', '--sql', 'clickhouse', '--days', '7', '--table', 'otel.otel_traces']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.stdout, core.aggregateQuery(core.SQL_DIALECTS.clickhouse, { days: 7, table: 'otel.otel_traces' }));
  assert.match(cli(['calibrate', '--sql', 'clickhouse']).stdout, /FROM otel_traces\n  WHERE Timestamp >= now64\(9\) - INTERVAL 30 DAY/);
  for (const [args, msg] of [
    [['calibrate', '--sql', 'postgres'], /unknown --sql dialect "postgres"/],
    [['calibrate', '--sql', 'clickhouse', '--table', 'x; DROP TABLE y'], /--table expects a table name/],
    [['calibrate', '--sql', 'clickhouse', '--days', 'two'], /--days/],
    [['calibrate', '--sql', 'clickhouse', '--from', 'spans.jsonl'], /takes no --from/],
    [['calibrate', '--from', 'spans.jsonl', '--days', '3'], /--days goes with calibrate --sql/],
  ]) {
    const r = cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, msg);
  }
});
