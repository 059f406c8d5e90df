// LiteLLM proxy SpendLogs, as `/spend/logs` returns them (a JSON array of rows) or as JSON lines. Read: model,
// token counts, call_type, start/end time, request_tags and the `tags` the caller put in `metadata`; never
// `messages`, `response` or `proxy_server_request` (the content, when the proxy stores it).
import type { UsageRecord } from '../record';
import { toCount, toId, toTime } from '../record';
import type { JsonItem } from './source';

type Row = Record<string, unknown>;

export function isLiteLlmRow(v: Row): boolean {
  return 'request_tags' in v || ('spend' in v && ('call_type' in v || 'startTime' in v)) || ('api_key' in v && 'prompt_tokens' in v && 'startTime' in v);
}

/** LiteLLM stores some JSON columns as strings; read them as objects, ignoring what does not parse. */
function objectOf(v: unknown): Row | undefined {
  if (typeof v === 'string' && v.startsWith('{')) { try { v = JSON.parse(v); } catch { return undefined; } }
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Row : undefined;
}

function tagsOf(v: unknown): string[] {
  if (typeof v === 'string' && v.startsWith('[')) { try { v = JSON.parse(v); } catch { return []; } }
  return Array.isArray(v) ? v.map(t => toId(t, 200)).filter((t): t is string => !!t) : [];
}

export function* litellmRecords(item: JsonItem, file: string): Generator<UsageRecord> {
  const row = item.value as Row;
  const metadata = objectOf(row.metadata);
  const usage = objectOf(metadata?.usage_object);
  const promptDetails = objectOf(usage?.prompt_tokens_details);
  const tags = [...new Set([...tagsOf(row.request_tags), ...tagsOf(metadata?.tags)])];
  const model = toId(row.model);
  yield {
    format: 'litellm', file, line: item.line, calls: 1, tags,
    inputTokens: toCount(row.prompt_tokens),
    outputTokens: toCount(row.completion_tokens),
    cacheReadTokens: toCount(promptDetails?.cached_tokens) ?? toCount(usage?.cache_read_input_tokens),
    cacheCreationTokens: toCount(usage?.cache_creation_input_tokens),
    requestModel: toId(row.model_group) ?? model,
    responseModel: model,
    provider: toId(row.custom_llm_provider),
    operation: toId(row.call_type),
    start: toTime(row.startTime),
    end: toTime(row.endTime),
    dedupe: { responseId: toId(row.request_id, 200) },
  };
}
