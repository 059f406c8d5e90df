// OpenTelemetry spans as OTLP JSON (the SDK file exporter, the collector's `fileexporter`): GenAI semantic
// conventions, both generations of `code.*` names, and the Vercel AI SDK's `ai.*` attributes. Only the keys
// below are read; span events (where instrumentations put messages) and every other attribute are never looked at.
import type { CodeLocation, UsageRecord } from '../record';
import { toCount, toId, toTime } from '../record';
import type { JsonItem } from './source';

/** Attribute names read, by what they mean; the first present wins. */
export const ATTR = {
  requestModel: ['gen_ai.request.model', 'ai.model.id'],
  responseModel: ['gen_ai.response.model', 'ai.response.model'],
  provider: ['gen_ai.provider.name', 'gen_ai.system', 'ai.model.provider'],
  operation: ['gen_ai.operation.name', 'ai.operationId'],
  inputTokens: ['gen_ai.usage.input_tokens', 'gen_ai.usage.prompt_tokens', 'ai.usage.inputTokens', 'ai.usage.promptTokens'],
  outputTokens: ['gen_ai.usage.output_tokens', 'gen_ai.usage.completion_tokens', 'ai.usage.outputTokens', 'ai.usage.completionTokens'],
  cacheReadTokens: ['gen_ai.usage.cache_read.input_tokens', 'gen_ai.usage.cache_read_input_tokens', 'ai.usage.cachedInputTokens'],
  cacheCreationTokens: ['gen_ai.usage.cache_creation.input_tokens', 'gen_ai.usage.cache_creation_input_tokens'],
  reasoningTokens: ['gen_ai.usage.reasoning.output_tokens', 'ai.usage.reasoningTokens'],
  maxTokens: ['gen_ai.request.max_tokens', 'ai.settings.maxOutputTokens', 'ai.settings.maxTokens'],
  responseId: ['gen_ai.response.id', 'ai.response.id'],
  codeFile: ['code.file.path', 'code.filepath'],
  codeLine: ['code.line.number', 'code.lineno'],
  codeFunction: ['code.function.name', 'code.function'],
  tag: ['ai.telemetry.functionId'],
} as const;

const WANTED = new Set<string>(Object.values(ATTR).flat());

type AnyValue = { stringValue?: unknown; intValue?: unknown; doubleValue?: unknown; boolValue?: unknown };

/** The wanted attributes of a span, as plain values (strings and numbers only). */
function attributesOf(list: unknown): Map<string, string | number> {
  const out = new Map<string, string | number>();
  if (!Array.isArray(list)) return out;
  for (const kv of list) {
    const key = (kv as { key?: unknown })?.key;
    if (typeof key !== 'string' || !WANTED.has(key)) continue;
    const v = (kv as { value?: AnyValue }).value;
    if (!v || typeof v !== 'object') continue;
    if (typeof v.stringValue === 'string') out.set(key, v.stringValue);
    else if (v.intValue !== undefined) { const n = toCount(v.intValue); if (n !== undefined) out.set(key, n); }
    else if (typeof v.doubleValue === 'number') out.set(key, v.doubleValue);
  }
  return out;
}

function first(attrs: Map<string, string | number>, names: readonly string[]): string | number | undefined {
  for (const n of names) if (attrs.has(n)) return attrs.get(n);
  return undefined;
}

/** The records of one ResourceSpans (an element of `resourceSpans`). Spans that carry no GenAI model or usage are skipped. */
export function* otlpRecords(item: JsonItem, file: string): Generator<UsageRecord> {
  const rs = item.value as { scopeSpans?: unknown; instrumentationLibrarySpans?: unknown };
  const scopes = Array.isArray(rs?.scopeSpans) ? rs.scopeSpans : Array.isArray(rs?.instrumentationLibrarySpans) ? rs.instrumentationLibrarySpans : [];
  for (const scope of scopes as Array<{ spans?: unknown }>) {
    if (!Array.isArray(scope?.spans)) continue;
    for (const span of scope.spans as Array<Record<string, unknown>>) {
      const r = spanRecord(span, file, item.line);
      if (r) yield r;
    }
  }
}

function spanRecord(span: Record<string, unknown>, file: string, line: number): UsageRecord | null {
  const a = attributesOf(span.attributes);
  const str = (names: readonly string[]) => toId(first(a, names));
  const num = (names: readonly string[]) => toCount(first(a, names));
  const requestModel = str(ATTR.requestModel);
  const responseModel = str(ATTR.responseModel);
  const inputTokens = num(ATTR.inputTokens);
  const outputTokens = num(ATTR.outputTokens);
  if (!requestModel && !responseModel && inputTokens === undefined && outputTokens === undefined) return null;
  const code: CodeLocation = {};
  const cf = str(ATTR.codeFile); if (cf) code.file = cf;
  const cl = num(ATTR.codeLine); if (cl !== undefined) code.line = cl;
  const fn = str(ATTR.codeFunction); if (fn) code.function = fn;
  const tag = str(ATTR.tag);
  const record: UsageRecord = {
    format: 'otlp', file, line, calls: 1, tags: tag ? [tag] : [],
    inputTokens, outputTokens,
    cacheReadTokens: num(ATTR.cacheReadTokens),
    cacheCreationTokens: num(ATTR.cacheCreationTokens),
    reasoningTokens: num(ATTR.reasoningTokens),
    requestModel, responseModel,
    provider: str(ATTR.provider),
    operation: str(ATTR.operation),
    maxTokens: num(ATTR.maxTokens),
    start: toTime(span.startTimeUnixNano),
    end: toTime(span.endTimeUnixNano),
    dedupe: {
      responseId: str(ATTR.responseId),
      traceId: toId(span.traceId, 64),
      spanId: toId(span.spanId, 32),
      parentSpanId: toId(span.parentSpanId, 32),
    },
  };
  if (Object.keys(code).length) record.code = code;
  return record;
}
