// `spendlens calibrate --sql clickhouse` on a real ClickHouse: chDB (the ClickHouse engine as a library, installed
// outside node_modules by scripts/sql/install-chdb.sh) holds a table made with the OpenTelemetry collector's ClickHouse
// exporter DDL, filled from the span fixtures; the printed query must give the same rows as its DuckDB twin's
// expectations and read back through --from.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otlpSpanRows, normalizeRow, readerGroups, sqlGroups, otlpFixtureFiles } from '../unit/observed-sql-table.mjs';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../..');
const core = require(join(root, 'out/core.cjs'));
const fixture = (...p) => join(root, 'test/fixtures', ...p);

// The exporter's table (opentelemetry-collector-contrib exporter/clickhouseexporter, traces_table.sql), without TTL.
const EXPORTER_DDL = `CREATE TABLE otel_traces (
  Timestamp DateTime64(9) CODEC(Delta, ZSTD(1)),
  TraceId String CODEC(ZSTD(1)), SpanId String CODEC(ZSTD(1)), ParentSpanId String CODEC(ZSTD(1)), TraceState String CODEC(ZSTD(1)),
  SpanName LowCardinality(String) CODEC(ZSTD(1)), SpanKind LowCardinality(String) CODEC(ZSTD(1)),
  ServiceName LowCardinality(String) CODEC(ZSTD(1)), ResourceAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
  ScopeName String CODEC(ZSTD(1)), ScopeVersion String CODEC(ZSTD(1)),
  SpanAttributes Map(LowCardinality(String), String) CODEC(ZSTD(1)),
  Duration UInt64 CODEC(ZSTD(1)), StatusCode LowCardinality(String) CODEC(ZSTD(1)), StatusMessage String CODEC(ZSTD(1)),
  Events Nested (Timestamp DateTime64(9), Name LowCardinality(String), Attributes Map(LowCardinality(String), String)) CODEC(ZSTD(1)),
  Links Nested (TraceId String, SpanId String, TraceState String, Attributes Map(LowCardinality(String), String)) CODEC(ZSTD(1)),
  INDEX idx_trace_id TraceId TYPE bloom_filter(0.001) GRANULARITY 1,
  INDEX idx_span_attr_key mapKeys(SpanAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
  INDEX idx_span_attr_value mapValues(SpanAttributes) TYPE bloom_filter(0.01) GRANULARITY 1,
  INDEX idx_duration Duration TYPE minmax GRANULARITY 1
) ENGINE = MergeTree PARTITION BY toDate(Timestamp) ORDER BY (ServiceName, SpanName, toDateTime(Timestamp))
SETTINGS index_granularity = 8192, ttl_only_drop_parts = 1`;

let chdb;
before(() => {
  const r = spawnSync('bash', [join(root, 'scripts/sql/install-chdb.sh')], { encoding: 'utf8', timeout: 30 * 60_000 });
  assert.equal(r.status, 0, `installing chDB failed: ${r.stderr}`);
  chdb = require(/^chdb=(.*)$/m.exec(r.stdout)[1]);
});

/** A ClickHouse session with otel_traces holding the spans of `files` (attribute values as the exporter stores them: strings). */
function tableOf(files) {
  const session = new chdb.Session();
  session.query(EXPORTER_DDL);
  const rows = otlpSpanRows(files).map(r => ({
    // DateTime64 from epoch seconds: independent of the session's time zone.
    Timestamp: `${r.startNanos / 1_000_000_000n}.${String(r.startNanos % 1_000_000_000n).padStart(9, '0')}`,
    TraceId: r.traceId, SpanId: r.spanId, ParentSpanId: r.parentSpanId, TraceState: '', SpanName: r.name, SpanKind: r.kind,
    ServiceName: r.service, ResourceAttributes: r.resourceAttributes, ScopeName: r.scopeName, ScopeVersion: r.scopeVersion,
    SpanAttributes: r.attributes, Duration: String(r.durationNanos), StatusCode: '', StatusMessage: '',
  }));
  if (rows.length) session.query(`INSERT INTO otel_traces FORMAT JSONEachRow ${rows.map(r => JSON.stringify(r)).join('\n')}`);
  return session;
}
const jsonRows = text => text.split('\n').filter(Boolean).map(l => normalizeRow(JSON.parse(l)));

test('clickhouse: the query the CLI prints gives the expected rows on the exporter\'s table (window, duplicates, both generations, steps)', () => {
  const expected = JSON.parse(readFileSync(fixture('observed-sql/window/expected.json'), 'utf8'));
  const session = tableOf([fixture('observed-sql/window/spans.jsonl')]);
  try {
    const sql = core.aggregateQuery(core.SQL_DIALECTS.clickhouse, { now: expected.now, days: expected.days });
    assert.deepEqual(jsonRows(session.query(sql, 'JSONEachRow')), expected.rows);
    // What `calibrate --sql clickhouse` prints is that query with the database's clock as the window's end.
    const printed = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'calibrate', '--sql', 'clickhouse', '--days', '3650'], { encoding: 'utf8' });
    assert.equal(printed.status, 0, printed.stderr);
    const all = jsonRows(session.query(printed.stdout, 'JSONEachRow'));
    // Ten years up to the real clock (after every fixture date): all four summarize calls, the window's edges included.
    assert.equal(all.find(r => r.code_function_name === 'summarize').calls, 4);
  } finally { session.cleanup(); }
});

test('clickhouse: on every OTLP fixture of the file reader, the same calls and tokens per group as reading the file', () => {
  for (const path of [...otlpFixtureFiles(), fixture('observed-sql/window/spans.jsonl')]) {
    const session = tableOf([path]);
    try {
      const got = jsonRows(session.query(core.aggregateQuery(core.SQL_DIALECTS.clickhouse, { now: '2030-01-01T00:00:00Z', days: 3650 }), 'JSONEachRow'));
      assert.deepEqual(sqlGroups(got), readerGroups(path), path);
    } finally { session.cleanup(); }
  }
});

test('clickhouse: CSVWithNames output reads back through calibrate --from as aggregated rows', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'spendlens-ch-'));
  const session = tableOf([fixture('observed-sql/window/spans.jsonl')]);
  try {
    const csv = join(tmp, 'result.csv');
    writeFileSync(csv, session.query(core.aggregateQuery(core.SQL_DIALECTS.clickhouse, { now: '2026-05-31T00:00:00Z', days: 30 }), 'CSVWithNames'));
    const reading = core.readUsageFile(csv);
    assert.equal(reading.format, 'aggregated');
    assert.deepEqual([...reading.records].map(r => [r.code?.file, r.code?.line, r.tags[0], r.requestModel, r.calls, r.inputTokens, r.outputTokens, r.cacheReadTokens]), [
      ['/srv/app/src/summarize.ts', 12, undefined, 'gpt-4o', 2, 220, 50, 64],
      ['/app/app/classify.py', 30, undefined, 'gpt-4o-mini', 1, 40, 1, undefined],
      [undefined, undefined, 'draft-reply', 'claude-sonnet-4-5', 1, 500, 100, undefined],
      [undefined, undefined, undefined, 'text-embedding-3-small', 1, 8, undefined, undefined],
    ]);
  } finally { session.cleanup(); rmSync(tmp, { recursive: true, force: true }); }
});
