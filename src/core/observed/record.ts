// One observed LLM call (or, for aggregated sources, a group of calls), as every reader produces it.
// Only an allowlist of numeric and id attributes ever reaches a record: prompt and response content is never
// copied out of the parsed input (see read/*.ts), so nothing downstream can store, print or echo it.

export type UsageFormat = 'otlp' | 'litellm' | 'langfuse' | 'helicone' | 'openai-usage' | 'aggregated';
export const USAGE_FORMATS: readonly UsageFormat[] = ['otlp', 'litellm', 'langfuse', 'helicone', 'openai-usage', 'aggregated'];

/** Where the code that made the call says it is (OpenTelemetry `code.*`, either generation of names). */
export interface CodeLocation {
  file?: string;
  line?: number;
  function?: string;
}

export interface UsageRecord {
  format: UsageFormat;
  /** The usage file and the 1-based line the record starts on (for the unmatched list). */
  file: string;
  line: number;
  /** Calls this record stands for: 1 for a span or a log row, N for an aggregated row or a usage bucket. */
  calls: number;
  /** Token counts: per call when calls = 1, sums over the calls otherwise. Absent when the source does not say. */
  inputTokens?: number;
  outputTokens?: number;
  cacheReadTokens?: number;
  cacheCreationTokens?: number;
  reasoningTokens?: number;
  requestModel?: string;
  responseModel?: string;
  provider?: string;
  /** gen_ai.operation.name or the equivalent (chat, text_completion, embeddings…). */
  operation?: string;
  maxTokens?: number;
  code?: CodeLocation;
  /** Static names the code gave the call: AI SDK functionId, LiteLLM tags, Helicone properties, Langfuse name. */
  tags: string[];
  /** Epoch milliseconds: when the call (or the first / last call of the group) happened. */
  start?: number;
  end?: number;
  /** Which usage file (index into calibrate's sources) the record came from; in memory only. */
  source?: number;
  /** Kept in memory only to count duplicates once; never written anywhere. */
  dedupe?: { responseId?: string; traceId?: string; spanId?: string; parentSpanId?: string };
}

/** The model a record names for matching: the requested one, else the one that answered. */
export function modelOf(r: UsageRecord): string | undefined {
  return r.requestModel ?? r.responseModel;
}

/** A non-negative finite number from a number or a decimal string (OTLP `intValue` is a string), else undefined. */
export function toCount(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A short identifier-like string (model, provider, tag, path, function); anything else is dropped. */
export function toId(v: unknown, max = 300): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s && s.length <= max && !/[\n\r]/.test(s) ? s : undefined;
}

/** Epoch ms from an ISO 8601 string, epoch seconds / ms / ns numbers or decimal strings. */
export function toTime(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return epochMs(v);
  if (typeof v !== 'string' || !v.trim()) return undefined;
  if (/^\d+$/.test(v.trim())) return epochMs(Number(v));
  // ClickHouse writes `2026-05-01 10:00:00` (UTC, no zone); ISO strings without a zone are read as UTC too.
  const iso = v.trim().replace(' ', 'T');
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : iso + 'Z');
  return Number.isFinite(t) ? t : undefined;
}

function epochMs(n: number): number | undefined {
  if (n <= 0) return undefined;
  if (n > 1e17) return n / 1e6;  // nanoseconds (OTLP *UnixNano)
  if (n > 1e14) return n / 1e3;  // microseconds
  if (n > 1e11) return n;        // milliseconds
  return n * 1000;               // seconds (OpenAI usage buckets)
}

/** The call kind an operation name stands for (OpenTelemetry GenAI names and the usual synonyms). */
export function kindOfOperation(op: string | undefined): 'chat' | 'completion' | 'embedding' | 'image' | 'audio' | 'rerank' | undefined {
  if (!op) return undefined;
  const o = op.toLowerCase();
  if (/embed/.test(o)) return 'embedding';
  if (/^a?text_completion$/.test(o)) return 'completion';
  // LiteLLM's call_type `completion` / `acompletion` is its chat API.
  if (/chat|generate_content|generatetext|streamtext|generateobject|streamobject|^a?completion$|responses?$/.test(o)) return 'chat';
  if (/image/.test(o)) return 'image';
  if (/audio|speech|transcri/.test(o)) return 'audio';
  if (/rerank/.test(o)) return 'rerank';
  return undefined;
}
