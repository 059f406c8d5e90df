// Reads a usage file of any supported format into records, one at a time. The format is recognised from the
// content (the layout, then the keys of the first record) unless the caller forces it.
import type { UsageFormat, UsageRecord } from '../record';
import { jsonItems, layoutOf, UsageFileError, type JsonItem, type Layout } from './source';
import { otlpRecords } from './otlp';
import { isLiteLlmRow, litellmRecords } from './litellm';
import { isLangfuseObservation, langfuseRecords } from './langfuse';
import { heliconeRecords, isHeliconeRow } from './helicone';
import { isOpenAiBucket, openAiUsageRecords } from './openai-usage';
import { aggregatedCsvRecords, aggregatedJsonRecords, isAggregatedRow } from './aggregated';

export { UsageFileError } from './source';
export { AGGREGATED_COLUMNS } from './aggregated';

const READERS: Record<UsageFormat, (item: JsonItem, file: string) => Generator<UsageRecord>> = {
  otlp: otlpRecords,
  litellm: litellmRecords,
  langfuse: langfuseRecords,
  helicone: heliconeRecords,
  'openai-usage': openAiUsageRecords,
  aggregated: aggregatedJsonRecords,
};

/** The format of one record-level JSON object, or null when none fits. */
export function formatOfItem(item: JsonItem): UsageFormat | null {
  if (item.container === 'resourceSpans') return 'otlp';
  const v = item.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if ('scopeSpans' in o || 'instrumentationLibrarySpans' in o) return 'otlp';
  if (isAggregatedRow(o)) return 'aggregated';
  if (isOpenAiBucket(o)) return 'openai-usage';
  if (isLiteLlmRow(o)) return 'litellm';
  if (isHeliconeRow(o)) return 'helicone';
  if (isLangfuseObservation(o)) return 'langfuse';
  return null;
}

export interface UsageFileReading {
  format: UsageFormat;
  records: Generator<UsageRecord>;
}

/**
 * Opens a usage file: recognises (or takes) its format and returns a generator of its records. Throws a
 * UsageFileError naming the file (and the line) when the file cannot be read or its format is not recognised.
 */
export function readUsageFile(path: string, forced?: UsageFormat): UsageFileReading {
  let layout: Layout;
  try { layout = layoutOf(path); } catch (e) {
    throw new UsageFileError(path, undefined, `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (layout === 'empty') throw new UsageFileError(path, undefined, 'the file is empty');
  if (layout === 'csv') {
    if (forced && forced !== 'aggregated') throw new UsageFileError(path, 1, `not ${forced} data (a CSV file; only the aggregated rows of --sql are read from CSV)`);
    return { format: 'aggregated', records: aggregatedCsvRecords(path) };
  }
  let format = forced;
  if (!format) {
    const firstItem = jsonItems(path, layout).next();
    if (firstItem.done) throw new UsageFileError(path, undefined, 'no records found');
    const detected = formatOfItem(firstItem.value);
    if (!detected) throw new UsageFileError(path, firstItem.value.line, 'unknown usage format (expected OTLP JSON spans, LiteLLM SpendLogs, Langfuse observations, Helicone requests, OpenAI usage buckets or the aggregated rows of --sql; --format forces one)');
    format = detected;
  }
  const reader = READERS[format];
  const f = format;
  function* records(): Generator<UsageRecord> {
    for (const item of jsonItems(path, layout)) {
      if (f === 'otlp' && item.container !== 'resourceSpans' && !(typeof item.value === 'object' && item.value && 'scopeSpans' in item.value)) {
        throw new UsageFileError(path, item.line, 'not an OTLP JSON record (expected {"resourceSpans":[…]})');
      }
      yield* reader(item, path);
    }
  }
  return { format, records: records() };
}
