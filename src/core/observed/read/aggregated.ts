// Rows of the aggregation `spendlens calibrate --sql clickhouse` prints, read back from ClickHouse's CSVWithNames,
// JSONEachRow or JSON output: one row per code location / tag / model with call counts and token sums.
import type { CodeLocation, UsageRecord } from '../record';
import { toCount, toId, toTime } from '../record';
import { linesOf, textChunks, UsageFileError, type JsonItem } from './source';

/** The columns, exactly as the SQL names them (src/core/observed/sql/ writes the same list). */
export const AGGREGATED_COLUMNS = [
  'code_file_path', 'code_line_number', 'code_function_name', 'tag', 'request_model', 'response_model', 'provider',
  'operation', 'max_tokens', 'calls', 'input_tokens_sum', 'output_tokens_sum', 'cache_read_tokens_sum',
  'cache_creation_tokens_sum', 'first_seen', 'last_seen',
] as const;

type Row = Record<string, unknown>;

export function isAggregatedRow(v: Row): boolean {
  return 'code_file_path' in v && 'calls' in v && 'input_tokens_sum' in v;
}

export function aggregatedRecord(row: Row, file: string, line: number): UsageRecord | null {
  const calls = toCount(row.calls);
  if (!calls) return null;
  const code: CodeLocation = {};
  const path = toId(row.code_file_path); if (path) code.file = path;
  const ln = toCount(row.code_line_number); if (ln) code.line = ln;
  const fn = toId(row.code_function_name); if (fn) code.function = fn;
  const tag = toId(row.tag, 200);
  const record: UsageRecord = {
    format: 'aggregated', file, line, calls, tags: tag ? [tag] : [],
    inputTokens: toCount(row.input_tokens_sum),
    outputTokens: toCount(row.output_tokens_sum),
    cacheReadTokens: toCount(row.cache_read_tokens_sum),
    cacheCreationTokens: toCount(row.cache_creation_tokens_sum),
    requestModel: toId(row.request_model),
    responseModel: toId(row.response_model),
    provider: toId(row.provider),
    operation: toId(row.operation),
    maxTokens: toCount(row.max_tokens) || undefined,
    start: toTime(row.first_seen),
    end: toTime(row.last_seen),
  };
  if (Object.keys(code).length) record.code = code;
  return record;
}

export function* aggregatedJsonRecords(item: JsonItem, file: string): Generator<UsageRecord> {
  const r = aggregatedRecord(item.value as Row, file, item.line);
  if (r) yield r;
}

/** One CSV record (RFC 4180: quoted fields, doubled quotes); null while a quoted field is still open. */
function splitCsv(text: string): string[] | null {
  const out: string[] = [];
  let field = '', quoted = false, i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') { quoted = true; i++; continue; }
    if (c === ',') { out.push(field); field = ''; i++; continue; }
    field += c; i++;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}

export function* aggregatedCsvRecords(path: string): Generator<UsageRecord> {
  let header: string[] | null = null;
  let pending = '', pendingLine = 0;
  for (const { text, line } of linesOf(textChunks(path))) {
    const joined = pending ? `${pending}\n${text}` : text;
    const startLine = pending ? pendingLine : line;
    const cells = splitCsv(joined);
    if (!cells) { pending = joined; pendingLine = startLine; continue; }
    pending = '';
    if (!joined.trim()) continue;
    if (!header) {
      header = cells.map(c => c.trim());
      const missing = AGGREGATED_COLUMNS.filter(c => !header!.includes(c));
      if (missing.length) throw new UsageFileError(path, startLine, `not the aggregated rows of spendlens calibrate --sql (missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')})`);
      continue;
    }
    if (cells.length !== header.length) throw new UsageFileError(path, startLine, `expected ${header.length} columns, found ${cells.length}`);
    const row: Row = {};
    header.forEach((h, i) => { row[h] = cells[i] === '' || cells[i] === '\\N' ? undefined : cells[i]; });
    const r = aggregatedRecord(row, path, startLine);
    if (r) yield r;
  }
  if (pending) throw new UsageFileError(path, pendingLine, 'a quoted CSV field is never closed');
}
