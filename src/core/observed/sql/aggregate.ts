// The aggregation `spendlens calibrate --sql` prints: one row per code location / tag / model with call counts and token
// sums over a window, computed where the spans already live (the OpenTelemetry collector's ClickHouse exporter table).
// One logical query, written once here; a dialect only says how to spell an attribute look-up, a number cast, the
// window and an ISO timestamp — so the ClickHouse text and the DuckDB copy the tests run cannot drift apart.
// The attribute names are the OTLP reader's own (read/otlp.ts), in the same order of preference, and the output
// columns are the ones the aggregated reader reads back (read/aggregated.ts; the unit test checks the two lists agree).
import { ATTR } from '../read/otlp';

export interface SqlDialect {
  name: string;
  /** A string attribute of the span; NULL when absent or empty (ClickHouse's map yields '' for a missing key). */
  attr(key: string): string;
  /** A string expression as a 64-bit integer, NULL when it is not one. */
  int(expr: string): string;
  /** The window predicate on the span's start time. */
  since(days: number, now: string | undefined): string;
  /** A timestamp expression as ISO 8601 UTC, to the second (`2026-05-01T10:00:00Z`). */
  iso(expr: string): string;
}

export interface AggregateQueryOptions {
  /** The spans table, optionally `database.table`. Default `otel_traces`. */
  table?: string;
  /** Window length in days, counted back from `now`. Default 30. */
  days?: number;
  /** End of the window as ISO 8601 UTC; default: the database's current time. */
  now?: string;
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const TABLE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export const clickhouse: SqlDialect = {
  name: 'clickhouse',
  attr: key => `nullIf(SpanAttributes[${quote(key)}], '')`,
  int: expr => `toInt64OrNull(${expr})`,
  since: (days, now) => {
    const end = now ? `toDateTime64(${quote(now.replace('T', ' ').replace('Z', ''))}, 9, 'UTC')` : 'now64(9)';
    return `Timestamp >= ${end} - INTERVAL ${days} DAY AND Timestamp < ${end}`;
  },
  iso: expr => `formatDateTime(${expr}, '%Y-%m-%dT%H:%i:%SZ', 'UTC')`,
};

/** DuckDB over a table of the same shape (SpanAttributes MAP(VARCHAR, VARCHAR), Timestamp TIMESTAMP in UTC): the tests run this. */
export const duckdb: SqlDialect = {
  name: 'duckdb',
  attr: key => `nullif(SpanAttributes[${quote(key)}], '')`,
  int: expr => `TRY_CAST(${expr} AS BIGINT)`,
  since: (days, now) => {
    const end = now ? `TIMESTAMP ${quote(now.replace('T', ' ').replace('Z', ''))}` : `(now() AT TIME ZONE 'UTC')`;
    return `Timestamp >= ${end} - INTERVAL ${days} DAY AND Timestamp < ${end}`;
  },
  iso: expr => `strftime(${expr}, '%Y-%m-%dT%H:%M:%SZ')`,
};

export const SQL_DIALECTS: Record<string, SqlDialect> = { clickhouse, duckdb };

export class SqlOptionError extends Error {}

/** The aggregation query in one dialect. Throws SqlOptionError for a table name or window it cannot use safely. */
export function aggregateQuery(d: SqlDialect, options: AggregateQueryOptions = {}): string {
  const table = options.table ?? 'otel_traces';
  const days = options.days ?? 30;
  if (!TABLE.test(table)) throw new SqlOptionError(`--table expects a table name (letters, digits, _; optionally database.table), got "${table}"`);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new SqlOptionError(`--days expects a whole number of days from 1 to 3650, got "${days}"`);
  if (options.now !== undefined && !ISO.test(options.now)) throw new SqlOptionError(`the window end must be ISO 8601 UTC (2026-05-01T00:00:00Z), got "${options.now}"`);
  const first = (names: readonly string[]) => names.length === 1 ? d.attr(names[0]) : `coalesce(${names.map(n => d.attr(n)).join(', ')})`;
  const int = (names: readonly string[]) => d.int(first(names));
  // What each span says, by output column: the dimensions of a row, then the token counts summed over its calls.
  const callColumns: Array<[string, string]> = [
    ['code_file_path', first(ATTR.codeFile)],
    ['code_line_number', int(ATTR.codeLine)],
    ['code_function_name', first(ATTR.codeFunction)],
    ['tag', first(ATTR.tag)],
    ['request_model', first(ATTR.requestModel)],
    ['response_model', first(ATTR.responseModel)],
    ['provider', first(ATTR.provider)],
    ['operation', first(ATTR.operation)],
    ['max_tokens', int(ATTR.maxTokens)],
    ['input_tokens', int(ATTR.inputTokens)],
    ['output_tokens', int(ATTR.outputTokens)],
    ['cache_read_tokens', int(ATTR.cacheReadTokens)],
    ['cache_creation_tokens', int(ATTR.cacheCreationTokens)],
  ];
  // Per-span columns carry a prefix so no alias in the query has a column's name (ClickHouse resolves aliases
  // everywhere in a query, and `max(x) AS x` can then nest one aggregate inside another).
  const span = (name: string) => `span_${name}`;
  const dims = callColumns.slice(0, 9).map(([name]) => name);
  const sums = callColumns.slice(9).map(([name]) => name);
  // Per call, each column from the span that best stands for the call: the framework's call span that has steps
  // (rank 0), else any other copy (rank 1: copies with one response id agree, and max() skips NULL in both dialects,
  // so what one copy knows and another does not is kept), else its steps (rank 2) — for tokens, the steps' sum (the
  // AI SDK's multi-step tool loop).
  const ranked = (name: string, rank: number) => `max(CASE WHEN span_rank = ${rank} THEN ${span(name)} END)`;
  const perCall = [
    ...dims.map(n => `coalesce(${ranked(n, 0)}, ${ranked(n, 1)}, max(${span(n)})) AS ${n}`),
    ...sums.map(n => `coalesce(${ranked(n, 0)}, ${ranked(n, 1)}, sum(CASE WHEN span_rank = 2 THEN ${span(n)} END)) AS ${n}`),
  ];
  const indent = (lines: string[], by = '    ') => lines.map(l => by + l).join(',\n');
  const sql = `-- spendlens calibrate --sql ${d.name}: LLM calls per code location / tag / model over ${days} day${days === 1 ? '' : 's'}.
-- A span is a call when it names a model or token usage (gen_ai.*, or the Vercel AI SDK's ai.*). Copies of one call
-- count once: spans with the same gen_ai.response.id, and a span whose parent span is itself a call (the AI SDK's
-- call → step), also when the step's response id is seen again under another instrumentation.
WITH genai AS (
  SELECT
    TraceId AS trace_id,
    SpanId AS span_id,
    ParentSpanId AS parent_span_id,
    Timestamp AS ts,
    ${first(ATTR.responseId)} AS response_id,
    coalesce(${first(ATTR.responseId)}, concat(TraceId, '/', SpanId)) AS own_key,
${indent(callColumns.map(([name, expr]) => `${expr} AS ${span(name)}`))}
  FROM ${table}
  WHERE ${d.since(days, options.now)}
    AND coalesce(${[...ATTR.requestModel, ...ATTR.responseModel, ...ATTR.inputTokens, ...ATTR.outputTokens].map(n => d.attr(n)).join(', ')}) IS NOT NULL
),
parents AS (
  SELECT DISTINCT trace_id AS child_trace_id, parent_span_id AS child_parent_span_id FROM genai
),
keyed AS (
  -- A step takes its parent's key; every span gets a rank (0 a call with steps, 1 another call, 2 a step).
  SELECT
${indent(['ts', 'response_id', ...callColumns.map(([name]) => span(name))].map(c => `s.${c} AS ${c}`))},
    coalesce(nullif(p.own_key, ''), s.own_key) AS step_key,
    CASE WHEN coalesce(p.span_id, '') <> '' THEN 2 WHEN coalesce(c.child_trace_id, '') <> '' THEN 0 ELSE 1 END AS span_rank
  FROM genai AS s
  LEFT JOIN genai AS p ON p.trace_id = s.trace_id AND p.span_id = s.parent_span_id
  LEFT JOIN parents AS c ON c.child_trace_id = s.trace_id AND c.child_parent_span_id = s.span_id
),
by_response AS (
  SELECT response_id, min(step_key) AS r_key FROM keyed WHERE response_id IS NOT NULL GROUP BY response_id
),
by_step AS (
  -- One key per call: the least key among the step groups its response ids reach.
  SELECT k.step_key AS g_key, min(coalesce(nullif(r.r_key, ''), k.step_key)) AS call_key
  FROM keyed AS k LEFT JOIN by_response AS r ON r.response_id = k.response_id
  GROUP BY k.step_key
),
per_call AS (
  SELECT
    g.call_key,
    min(k.ts) AS started,
${indent(perCall)}
  FROM keyed AS k JOIN by_step AS g ON g.g_key = k.step_key
  GROUP BY g.call_key
)
SELECT
${indent(dims)},
    count(*) AS calls,
${indent(sums.map(s => `sum(${s}) AS ${s}_sum`))},
    ${d.iso('min(started)')} AS first_seen,
    ${d.iso('max(started)')} AS last_seen
FROM per_call
GROUP BY ${dims.join(', ')}
ORDER BY calls DESC, ${dims.join(', ')}
`;
  return sql;
}
