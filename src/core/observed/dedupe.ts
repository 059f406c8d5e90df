// One call, counted once. Two instrumentations of the same request (the AI SDK and OpenLLMetry, a proxy log and a
// span) share the provider's response id; a framework span and the provider-call step under it (AI SDK
// `ai.generateText` → `ai.generateText.doGenerate`) are a parent and its child. Each group keeps one record, and
// what one member knows that the other does not (code location, tags, max tokens) is merged into it.
import type { UsageRecord } from './record';

export interface Deduped {
  records: UsageRecord[];
  /** Records dropped as another record's duplicate or step. */
  duplicates: number;
  /** Those records. */
  dropped: UsageRecord[];
}

function fillFrom(into: UsageRecord, from: UsageRecord): void {
  if (!into.code && from.code) into.code = from.code;
  else if (into.code && from.code && !into.code.line && from.code.line) into.code = { ...from.code, ...into.code, line: from.code.line };
  // Tag lists and code locations may be shared between records (compact.ts): replaced, never changed in place.
  const added = from.tags.filter(t => !into.tags.includes(t));
  if (added.length) into.tags = [...into.tags, ...added];
  into.requestModel ??= from.requestModel;
  into.responseModel ??= from.responseModel;
  into.provider ??= from.provider;
  into.maxTokens ??= from.maxTokens;
  into.inputTokens ??= from.inputTokens;
  into.outputTokens ??= from.outputTokens;
  into.cacheReadTokens ??= from.cacheReadTokens;
  into.cacheCreationTokens ??= from.cacheCreationTokens;
  into.reasoningTokens ??= from.reasoningTokens;
  if (from.start !== undefined && (into.start === undefined || from.start < into.start)) into.start = from.start;
  if (from.end !== undefined && (into.end === undefined || from.end > into.end)) into.end = from.end;
}

export function dedupe(input: UsageRecord[]): Deduped {
  const dropped: UsageRecord[] = [];
  // 1. The same response id: one call seen twice.
  const byResponse = new Map<string, UsageRecord>();
  const kept: UsageRecord[] = [];
  for (const r of input) {
    const id = r.dedupe?.responseId;
    const seen = id ? byResponse.get(id) : undefined;
    if (seen) { fillFrom(seen, r); dropped.push(r); continue; }
    if (id) byResponse.set(id, r);
    kept.push(r);
  }
  // 2. A span whose ancestor is also a call record is a step of that call: the outermost one stands for it.
  const bySpan = new Map<string, UsageRecord>();
  const spanKey = (trace: string | undefined, span: string | undefined) => (trace && span ? `${trace}/${span}` : undefined);
  for (const r of kept) {
    const k = spanKey(r.dedupe?.traceId, r.dedupe?.spanId);
    if (k) bySpan.set(k, r);
  }
  const outermost = (r: UsageRecord): UsageRecord => {
    let top = r;
    const visited = new Set<UsageRecord>();
    for (;;) {
      visited.add(top);
      const parent = bySpan.get(spanKey(top.dedupe?.traceId, top.dedupe?.parentSpanId) ?? '');
      if (!parent || visited.has(parent)) return top;
      top = parent;
    }
  };
  const result: UsageRecord[] = [];
  const stepTotals = new Map<UsageRecord, { input: number; output: number; any: boolean }>();
  for (const r of kept) {
    const top = outermost(r);
    if (top === r) { result.push(r); continue; }
    dropped.push(r);
    const t = stepTotals.get(top) ?? { input: 0, output: 0, any: false };
    t.input += r.inputTokens ?? 0; t.output += r.outputTokens ?? 0; t.any ||= r.inputTokens !== undefined || r.outputTokens !== undefined;
    stepTotals.set(top, t);
    const { inputTokens, outputTokens, ...rest } = r;
    fillFrom(top, { ...rest } as UsageRecord);
  }
  // A parent without its own usage counts the sum of its steps.
  for (const [top, t] of stepTotals) {
    if (!t.any) continue;
    if (top.inputTokens === undefined) top.inputTokens = t.input;
    if (top.outputTokens === undefined) top.outputTokens = t.output;
  }
  // Set, not deleted: deleting a property turns a million small objects into dictionaries.
  for (const r of result) r.dedupe = undefined;
  return { records: result, duplicates: dropped.length, dropped };
}
