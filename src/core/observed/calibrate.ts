// `spendlens calibrate`: usage files → records → one record per call → matched to the workspace's call sites →
// per-site statistics, written as `.spendlens/observed.json`. Every file is read (and any error raised) before
// anything is written.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Session } from '../session';
import type { PriceBook } from '../pricing';
import { readUsageFile } from './read';
import { dedupe } from './dedupe';
import { RecordInterner } from './compact';
import { SiteIndex, MATCH_TIERS, type MatchTier, type Site } from './match';
import { SiteStats, round1 } from './stats';
import { modelOf, type UsageFormat, type UsageRecord } from './record';
import { DAYS_PER_MONTH, OBSERVED_VERSION, type ObservedFile, type ObservedSite, type TierSummary, type UnmatchedGroup } from './file';

export interface CalibrateOptions {
  /** The workspace folder. */
  root: string;
  /** Usage files (absolute, or relative to the current directory). */
  files: string[];
  /** Forces the format of every file. */
  format?: UsageFormat;
  /** A session on `root` that ignores any existing observed.json (`observedPath: false`) and keeps call facts. */
  session: Session;
  book: PriceBook;
  now?: Date;
}

const DAY_MS = 86_400_000;

/** Reads every usage file; throws UsageFileError (file + line) on the first one that cannot be read. */
export function readAll(files: string[], format?: UsageFormat) {
  const records: UsageRecord[] = [];
  const sources: ObservedFile['sources'] = [];
  const interner = new RecordInterner();
  for (const path of files) {
    const reading = readUsageFile(path, format);
    let n = 0;
    // r.source: which file (index into sources) the record came from; the same path may be given twice.
    for (const r of reading.records) { records.push(interner.compact(r, sources.length)); n++; }
    sources.push({ path, format: reading.format, records: n, duplicates: 0 });
  }
  return { records, sources };
}

/** The last line of each call's expression (its span as matching sees it). */
function endLines(root: string, calls: Array<{ file: string; end: number }>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const byFile = new Map<string, number[]>();
  for (const c of calls) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c.end]);
  for (const [file, ends] of byFile) {
    let text = '';
    try { text = readFileSync(join(root, file), 'utf8'); } catch { /* an open, unsaved file: start lines only */ }
    out.set(file, ends.map(end => {
      let line = 1;
      for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) line++;
      return line;
    }));
  }
  return out;
}

export async function calibrate(opts: CalibrateOptions): Promise<ObservedFile> {
  const { records: raw, sources } = readAll(opts.files, opts.format);
  const { records, dropped } = dedupe(raw);
  raw.length = 0;
  // Duplicates are counted against the file that repeated a call (the later one).
  for (const r of dropped) sources[r.source!].duplicates++;

  await opts.session.scanWorkspace();
  const pairs = opts.session.callsWithFacts();
  const ends = endLines(opts.root, pairs.map(p => p.call));
  const seenPerFile = new Map<string, number>();
  const sites: Site[] = pairs.map(({ call, fact }) => {
    const k = seenPerFile.get(call.file) ?? 0;
    seenPerFile.set(call.file, k + 1);
    return {
      file: call.file, line: call.line, endLine: Math.max(call.line, ends.get(call.file)?.[k] ?? call.line),
      // An assumed model is no fact of the code: such a site is matched by code location or tag only, never by model.
      ...(call.modelSource === 'assumed' ? { model: null, catalogModel: null } : { model: call.model, catalogModel: call.catalogModel }),
      functionName: call.functionName, kind: call.kind,
      maxTokens: fact?.maxOutputTokens?.value ?? null, tags: fact?.tags ?? [], callsPerMonth: call.callsPerMonth,
    };
  });
  const index = new SiteIndex(sites, opts.session.analysedFiles(), m => opts.book.lookup(m)?.model.id ?? null);

  const stats = new Map<number, SiteStats>();
  const formats = new Map<number, Set<UsageFormat>>();
  const tiers = new Map<MatchTier | 'unmatched', { records: number; calls: number; sites: Set<number> }>();
  const tier = (t: MatchTier | 'unmatched') => tiers.get(t) ?? tiers.set(t, { records: 0, calls: 0, sites: new Set() }).get(t)!;
  const unmatched = new Map<string, UnmatchedGroup>();
  let from = Infinity, to = -Infinity;
  for (const r of records) {
    if (r.start !== undefined) { from = Math.min(from, r.start); to = Math.max(to, r.start); }
    if (r.end !== undefined) { from = Math.min(from, r.end); to = Math.max(to, r.end); }
    const assigned = index.match(r);
    if (!assigned) {
      const t = tier('unmatched'); t.records++; t.calls += r.calls;
      const loc = r.code?.file ? `${r.code.file}${r.code.line ? `:${r.code.line}` : ''}` : null;
      const key = JSON.stringify([r.format, modelOf(r) ?? null, loc, r.tags]);
      const g = unmatched.get(key);
      if (g) g.calls += r.calls;
      else unmatched.set(key, { format: r.format, model: modelOf(r) ?? null, codeLocation: loc, tags: r.tags, calls: r.calls, firstAt: `${displayPath(r.file, opts.root)}:${r.line}` });
      continue;
    }
    for (const a of assigned) {
      const s = stats.get(a.site) ?? stats.set(a.site, new SiteStats()).get(a.site)!;
      s.add(r, a.weight, a.tier);
      (formats.get(a.site) ?? formats.set(a.site, new Set()).get(a.site)!).add(r.format);
      const t = tier(a.tier); t.calls += r.calls * a.weight; t.sites.add(a.site);
    }
    tier(assigned[0].tier).records++;
  }

  const window = Number.isFinite(from) ? { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days: round1(Math.max(1, (to - from) / DAY_MS)) } : null;
  const observedSites: ObservedSite[] = [...stats.entries()].sort((a, b) => a[0] - b[0]).map(([i, s]) => {
    const site = sites[i];
    const call = pairs[i].call;
    const tokens = s.tokens();
    const matched = Object.fromEntries([...s.byTier.entries()].map(([t, n]) => [t, round1(n)]));
    const calls = round1(s.calls);
    return {
      file: site.file, line: site.line, function: site.functionName, model: site.model,
      calls, days: window?.days ?? null,
      callsPerMonth: window ? round1(calls / window.days * DAYS_PER_MONTH) : null,
      matchedBy: s.matchedBy, matched, models: s.modelCounts(),
      inputTokens: tokens.input, outputTokens: tokens.output, cachedInputTokens: tokens.cachedInput, cacheWriteInputTokens: tokens.cacheWriteInput,
      estimateAtCalibration: { inputTokens: (call.observed?.estimated.inputTokens ?? call.inputTokens), outputTokens: (call.observed?.estimated.outputTokens ?? call.outputTokens) },
      sources: [...formats.get(i)!].sort(),
    };
  });
  const tierSummary: ObservedFile['tiers'] = {};
  for (const t of [...MATCH_TIERS, 'unmatched' as const]) {
    const v = tiers.get(t);
    if (v) tierSummary[t] = { records: v.records, calls: round1(v.calls), sites: v.sites.size } satisfies TierSummary;
  }
  return {
    version: OBSERVED_VERSION,
    tool: 'spendlens',
    generatedAt: (opts.now ?? new Date()).toISOString(),
    sources: sources.map(s => ({ ...s, path: displayPath(s.path, opts.root) })),
    window,
    tiers: tierSummary,
    sites: observedSites,
    unmatched: [...unmatched.values()].sort((a, b) => b.calls - a.calls),
  };
}

/** A usage file's path as written into observed.json: relative to the workspace when inside it. */
function displayPath(path: string, root: string): string {
  const rel = relative(root, isAbsolute(path) ? path : join(process.cwd(), path)).split('\\').join('/');
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
