// Langfuse observation exports (the API's `{"data":[…]}` pages, a JSON array, or JSON lines). Only generations
// with a model or usage count. Read: type, name (the tag the code passed as `name=`), model, modelParameters'
// max tokens, usage / usageDetails, start/end time; never `input`, `output` or `metadata`.
import type { UsageRecord } from '../record';
import { toCount, toId, toTime } from '../record';
import type { JsonItem } from './source';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Obj : undefined);

export function isLangfuseObservation(v: Obj): boolean {
  return 'traceId' in v && ('type' in v || 'usageDetails' in v || 'modelParameters' in v || 'usage' in v);
}

export function* langfuseRecords(item: JsonItem, file: string): Generator<UsageRecord> {
  const o = item.value as Obj;
  const type = typeof o.type === 'string' ? o.type.toUpperCase() : undefined;
  if (type && type !== 'GENERATION' && type !== 'EMBEDDING') return;
  const details = obj(o.usageDetails) ?? {};
  const usage = obj(o.usage) ?? {};
  const params = obj(o.modelParameters) ?? {};
  const model = toId(o.model);
  const inputTokens = toCount(details.input) ?? toCount(usage.input) ?? toCount(o.promptTokens) ?? toCount(o.inputUsage);
  const outputTokens = toCount(details.output) ?? toCount(usage.output) ?? toCount(o.completionTokens) ?? toCount(o.outputUsage);
  if (!model && inputTokens === undefined && outputTokens === undefined) return;
  const name = toId(o.name, 200);
  yield {
    format: 'langfuse', file, line: item.line, calls: 1, tags: name ? [name] : [],
    inputTokens, outputTokens,
    cacheReadTokens: toCount(details.cache_read_input_tokens) ?? toCount(details.input_cached_tokens) ?? toCount(details.input_cache_read),
    cacheCreationTokens: toCount(details.cache_creation_input_tokens) ?? toCount(details.input_cache_creation),
    reasoningTokens: toCount(details.output_reasoning_tokens) ?? toCount(details.reasoning_tokens),
    requestModel: model,
    operation: type === 'EMBEDDING' ? 'embeddings' : 'chat',
    maxTokens: toCount(params.max_tokens) ?? toCount(params.maxTokens) ?? toCount(params.max_output_tokens) ?? toCount(params.max_completion_tokens),
    start: toTime(o.startTime),
    end: toTime(o.endTime),
    dedupe: { traceId: toId(o.traceId, 100), spanId: toId(o.id, 100), parentSpanId: toId(o.parentObservationId, 100) },
  };
}
