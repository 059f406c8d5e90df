// Test helper: an `otel_traces` table in DuckDB of the shape the OpenTelemetry collector's ClickHouse exporter writes
// (Timestamp, TraceId, SpanId, ParentSpanId, SpanName, …, SpanAttributes as a string → string map whose values are the
// attribute values as strings, as the exporter stores them), filled from OTLP JSON span files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const duck = createRequire(import.meta.url)('@duckdb/node-api');

export const TABLE_DDL = `CREATE TABLE otel_traces (
  Timestamp TIMESTAMP, TraceId VARCHAR, SpanId VARCHAR, ParentSpanId VARCHAR, TraceState VARCHAR,
  SpanName VARCHAR, SpanKind VARCHAR, ServiceName VARCHAR, ResourceAttributes MAP(VARCHAR, VARCHAR),
  ScopeName VARCHAR, ScopeVersion VARCHAR, SpanAttributes MAP(VARCHAR, VARCHAR), Duration UBIGINT,
  StatusCode VARCHAR, StatusMessage VARCHAR)`;

/** An OTLP AnyValue as the exporter's string (ints arrive as decimal strings in OTLP JSON). */
function valueString(v) {
  if (!v || typeof v !== 'object') return '';
  if ('stringValue' in v) return String(v.stringValue);
  if ('intValue' in v) return String(v.intValue);
  if ('doubleValue' in v) return String(v.doubleValue);
  if ('boolValue' in v) return String(v.boolValue);
  return JSON.stringify(v);
}

const attrMap = list => duck.mapValue((list ?? []).map(kv => ({ key: kv.key, value: valueString(kv.value) })));
const nanosToTimestamp = ns => new Date(Number(BigInt(ns) / 1_000_000n)).toISOString().replace('T', ' ').replace('Z', '');

/** The ResourceSpans of a file: one JSON document, or JSON lines of them. */
function resourceSpansOf(path) {
  const text = readFileSync(path, 'utf8');
  let docs;
  try { docs = [JSON.parse(text)]; } catch { docs = text.split('\n').filter(l => l.trim()).map(l => JSON.parse(l)); }
  return docs.flatMap(d => d.resourceSpans ?? []);
}

/** A fresh in-memory DuckDB with otel_traces holding every span of `files`; returns { connection, close }. */
export async function spansTable(files) {
  const instance = await duck.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(TABLE_DDL);
  const insert = await connection.prepare('INSERT INTO otel_traces VALUES (CAST($1 AS TIMESTAMP), $2, $3, $4, \'\', $5, $6, $7, $8, $9, $10, $11, $12, \'\', \'\')');
  const mapType = duck.MAP(duck.VARCHAR, duck.VARCHAR);
  for (const path of files) for (const rs of resourceSpansOf(path)) {
    const service = (rs.resource?.attributes ?? []).find(a => a.key === 'service.name');
    for (const ss of rs.scopeSpans ?? []) for (const s of ss.spans ?? []) {
      insert.bind([
        nanosToTimestamp(s.startTimeUnixNano), s.traceId, s.spanId, s.parentSpanId ?? '', s.name ?? '', String(s.kind ?? ''),
        service ? valueString(service.value) : '', attrMap(rs.resource?.attributes), ss.scope?.name ?? '', ss.scope?.version ?? '',
        attrMap(s.attributes), BigInt(s.endTimeUnixNano ?? s.startTimeUnixNano) - BigInt(s.startTimeUnixNano),
      ], [duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, duck.VARCHAR, mapType, duck.VARCHAR, duck.VARCHAR, mapType, duck.UBIGINT]);
      await insert.run();
    }
  }
  return { connection, close: () => { connection.closeSync(); instance.closeSync(); } };
}

const NUMERIC = new Set(['code_line_number', 'max_tokens', 'calls', 'input_tokens_sum', 'output_tokens_sum', 'cache_read_tokens_sum', 'cache_creation_tokens_sum']);

/** Runs a query; rows as plain objects (NULL as null; DuckDB's 128-bit sums, which arrive as strings, as numbers). */
export async function rows(connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJson().map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, NUMERIC.has(k) && v !== null ? Number(v) : v])));
}
