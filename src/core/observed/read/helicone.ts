// Helicone request exports (`npx @helicone/export --format jsonl`, or the query API's rows). Read: request/response
// model, token counts, cache tokens, created time, and the custom properties (`Helicone-Property-*` headers) as tags;
// never `request_body` / `response_body`.
import type { UsageRecord } from '../record';
import { toCount, toId, toTime } from '../record';
import type { JsonItem } from './source';

type Obj = Record<string, unknown>;

export function isHeliconeRow(v: Obj): boolean {
  return 'request_created_at' in v || 'request_properties' in v || ('request_path' in v && 'prompt_tokens' in v);
}

/** A property `Helicone-Property-Feature: summarize` arrives as `{ "Feature": "summarize" }`; both the value and `key=value` are tags. */
function tagsOf(props: unknown): string[] {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) return [];
  const tags: string[] = [];
  for (const [k, v] of Object.entries(props as Obj)) {
    const value = toId(v, 200);
    if (!value) continue;
    tags.push(value, `${k}=${value}`);
  }
  return tags;
}

export function* heliconeRecords(item: JsonItem, file: string): Generator<UsageRecord> {
  const r = item.value as Obj;
  yield {
    format: 'helicone', file, line: item.line, calls: 1,
    tags: tagsOf(r.request_properties ?? r.properties),
    inputTokens: toCount(r.prompt_tokens),
    outputTokens: toCount(r.completion_tokens),
    cacheReadTokens: toCount(r.prompt_cache_read_tokens),
    cacheCreationTokens: toCount(r.prompt_cache_write_tokens),
    requestModel: toId(r.request_model) ?? toId(r.model_override) ?? toId(r.model),
    responseModel: toId(r.response_model),
    provider: toId(r.provider),
    start: toTime(r.request_created_at),
    end: toTime(r.response_created_at),
    dedupe: { responseId: toId(r.request_id, 200) },
  };
}
