// OpenAI's organization usage API, completions endpoint (`/v1/organization/usage/completions`, grouped by model):
// pages of time buckets, each with results of input/output/cached tokens and `num_model_requests`. No code location
// and no per-call counts: each result is one aggregated record (calls = num_model_requests).
import type { UsageRecord } from '../record';
import { toCount, toId, toTime } from '../record';
import type { JsonItem } from './source';

type Obj = Record<string, unknown>;

export function isOpenAiBucket(v: Obj): boolean {
  return v.object === 'bucket' || (Array.isArray(v.results) && 'start_time' in v) || 'num_model_requests' in v;
}

export function* openAiUsageRecords(item: JsonItem, file: string): Generator<UsageRecord> {
  const b = item.value as Obj;
  // A bare result (the `results` element) is accepted too, with the bucket's times missing.
  const results = Array.isArray(b.results) ? b.results as Obj[] : [b];
  const start = toTime(b.start_time);
  const end = toTime(b.end_time);
  for (const r of results) {
    const calls = toCount(r.num_model_requests);
    if (!calls) continue;
    yield {
      format: 'openai-usage', file, line: item.line, calls, tags: [],
      inputTokens: toCount(r.input_tokens),
      outputTokens: toCount(r.output_tokens),
      cacheReadTokens: toCount(r.input_cached_tokens),
      requestModel: toId(r.model),
      provider: 'openai',
      start, end,
    };
  }
}
