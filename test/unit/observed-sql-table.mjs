// Test helpers for `spendlens calibrate --sql`: span fixtures as rows of the OpenTelemetry collector's ClickHouse
// exporter table (Timestamp, TraceId, SpanId, ParentSpanId, SpanName, …, SpanAttributes as a string → string map whose
// values are the attribute values as strings, as the exporter stores them), a DuckDB table of that shape, and the file
// reader's view of the same spans grouped the way the SQL groups them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const duck = require('@duckdb/node-api');
const core = require('../../out/core.cjs');
const fixturesDir = join(import.meta.dirname, '../fixtures');

/** An OTLP AnyValue as the exporter's string (ints arrive as decimal strings in OTLP JSON). */
function valueString(v) {
  if (!v || typeof v !== 'object') return '';
  if ('stringValue' in v) return String(v.stringValue);
  if ('intValue' in v) return String(v.intValue);
  if ('doubleValue' in v) return String(v.doubleValue);
  if ('boolValue' in v) return String(v.boolValue);
  return JSON.stringify(v);
}
const attrObject = list => Object.fromEntries((list ?? []).map(kv => [kv.key, valueString(kv.value)]));

/** The ResourceSpans of a file: one JSON document, or JSON lines of them. */
function resourceSpansOf(path) {
  const text = readFileSync(path, 'utf8');
  let docs;
  try { docs = [JSON.parse(text)]; } catch { docs = text.split('\n').filter(l => l.trim()).map(l => JSON.parse(l)); }
  return docs.flatMap(d => d.resourceSpans ?? []);
}

/** Every span of `files` as one exporter row (engine-neutral: times as BigInt nanoseconds, maps as plain objects). */
export function otlpSpanRows(files) {
  const rows = [];
  for (const path of files) for (const rs of resourceSpansOf(path)) {
    const resourceAttributes = attrObject(rs.resource?.attributes);
    for (const ss of rs.scopeSpans ?? []) for (const s of ss.spans ?? []) {
      const startNanos = BigInt(s.startTimeUnixNano);
      rows.push({
        startNanos, durationNanos: BigInt(s.endTimeUnixNano ?? s.startTimeUnixNano) - startNanos,
        traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId ?? '', name: s.name ?? '', kind: String(s.kind ?? ''),
        service: resourceAttributes['service.name'] ?? '', resourceAttributes, scopeName: ss.scope?.name ?? '', scopeVersion: ss.scope?.version ?? '',
        attributes: attrObject(s.attributes),
      });
    }
  }
  return rows;
}

/** The usage fixtures of the file reader that are OTLP spans (test/fixtures/observed/<case>/, the malformed one left out). */
export function otlpFixtureFiles() {
  const dir = join(fixturesDir, 'observed');
  const files = [];
  for (const c of readdirSync(dir)) for (const f of readdirSync(join(dir, c))) {
    const path = join(dir, c, f);
    if (!/\.jsonl?$/.test(f) || f === 'expected.json') continue;
    try { const r = core.readUsageFile(path); [...r.records]; if (r.format === 'otlp') files.push(path); } catch { /* not readable: the malformed fixture */ }
  }
  return files;
}

export const TABLE_DDL = `CREATE TABLE otel_traces (
  Timestamp TIMESTAMP, TraceId VARCHAR, SpanId VARCHAR, ParentSpanId VARCHAR, TraceState VARCHAR,
  SpanName VARCHAR, SpanKind VARCHAR, ServiceName VARCHAR, ResourceAttributes MAP(VARCHAR, VARCHAR),
  ScopeName VARCHAR, ScopeVersion VARCHAR, SpanAttributes MAP(VARCHAR, VARCHAR), Duration UBIGINT,
  StatusCode VARCHAR, StatusMessage VARCHAR)`;

const toMap = obj => duck.mapValue(Object.entries(obj).map(([key, value]) => ({ key, value })));
const nanosToTimestamp = ns => new Date(Number(ns / 1_000_000n)).toISOString().replace('T', ' ').replace('Z', '');

/** A fresh in-memory DuckDB with otel_traces holding every span of `files`; returns { connection, close }. */
export async function spansTable(files) {
  const instance = await duck.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(TABLE_DDL);
  const insert = await connection.prepare('INSERT INTO otel_traces VALUES (CAST($1 AS TIMESTAMP), $2, $3, $4, \'\', $5, $6, $7, $8, $9, $10, $11, $12, \'\', \'\')');
  const mapType = duck.MAP(duck.VARCHAR, duck.VARCHAR);
  for (const r of otlpSpanRows(files)) {
    insert.bind([nanosToTimestamp(r.startNanos), r.traceId, r.spanId, r.parentSpanId, r.name, r.kind, r.service, toMap(r.resourceAttributes), r.scopeName, r.scopeVersion, toMap(r.attributes), r.durationNanos],
      [duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, mapType, duck.VARCHAR, duck.VARCHAR, mapType, duck.UBIGINT]);
    await insert.run();
  }
  return { connection, close: () => { connection.closeSync(); instance.closeSync(); } };
}

const NUMERIC = new Set(['code_line_number', 'max_tokens', 'calls', 'input_tokens_sum', 'output_tokens_sum', 'cache_read_tokens_sum', 'cache_creation_tokens_sum']);

/** A result row with its counts as numbers (DuckDB's 128-bit sums and ClickHouse's 64-bit integers arrive as strings). */
export const normalizeRow = row => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, NUMERIC.has(k) && v !== null ? Number(v) : v]));

/** Runs a DuckDB query; rows as plain objects (NULL as null). */
export async function rows(connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson().map(normalizeRow);
}

/** The reader's view of a span file, grouped the way the SQL groups: calls and token sums per location / tag / model. */
export function readerGroups(path) {
  const { records } = core.dedupe([...core.readUsageFile(path).records]);
  const groups = new Map();
  for (const r of records) {
    const key = [r.code?.file ?? null, r.code?.line ?? null, r.code?.function ?? null, r.tags[0] ?? null, r.requestModel ?? null, r.responseModel ?? null, r.provider ?? null, r.operation ?? null, r.maxTokens ?? null];
    const k = JSON.stringify(key);
    const g = groups.get(k) ?? { key, calls: 0, input: null, output: null };
    g.calls += r.calls;
    if (r.inputTokens !== undefined) g.input = (g.input ?? 0) + r.inputTokens;
    if (r.outputTokens !== undefined) g.output = (g.output ?? 0) + r.outputTokens;
    groups.set(k, g);
  }
  return [...groups.values()].map(g => JSON.stringify([...g.key, g.calls, g.input, g.output])).sort();
}

/** The SQL's rows in readerGroups' shape. */
export const sqlGroups = got => got.map(r => JSON.stringify([r.code_file_path, r.code_line_number, r.code_function_name, r.tag, r.request_model, r.response_model, r.provider, r.operation, r.max_tokens, r.calls, r.input_tokens_sum, r.output_tokens_sum])).sort();
