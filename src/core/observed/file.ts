// `.spendlens/observed.json`: what `spendlens calibrate` learnt, per call site. Numbers, model ids, paths and tags
// only — never prompt text, response text or request/response/trace ids. Read back by every scan.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchTier } from './match';
import type { TokenStats } from './stats';
import type { UsageFormat } from './record';

export const OBSERVED_FILE = '.spendlens/observed.json';
export const OBSERVED_VERSION = 1;
/** Average days in a month (365.25 / 12): calls/month = calls ÷ window days × this. */
export const DAYS_PER_MONTH = 30.44;

export interface ObservedSite {
  file: string;
  line: number;
  function: string | null;
  model: string | null;
  /** Calls matched to the site (a spread share may be fractional). */
  calls: number;
  /** Days the usage files cover (the whole set's window), null when no record had a time. */
  days: number | null;
  callsPerMonth: number | null;
  matchedBy: MatchTier;
  /** Calls per tier when more than one tier reached the site. */
  matched: Partial<Record<MatchTier, number>>;
  /** The models the matched calls ran with (requested, else answering), most calls first; absent in files written before. */
  models?: Array<{ model: string; calls: number }>;
  inputTokens: TokenStats | null;
  outputTokens: TokenStats | null;
  cachedInputTokens: TokenStats | null;
  /** Input tokens written to the provider's prompt cache (Anthropic cache_creation); absent in files written before. */
  cacheWriteInputTokens?: TokenStats | null;
  /** The static estimate when calibrated: a later prompt edit moves the observed mean by the same difference. */
  estimateAtCalibration: { inputTokens: number; outputTokens: number };
  /** The formats the site's records came from. */
  sources: UsageFormat[];
}

export interface UnmatchedGroup {
  format: UsageFormat;
  model: string | null;
  codeLocation: string | null;
  tags: string[];
  calls: number;
  /** The first record of the group: `usage file:line`. */
  firstAt: string;
}

export interface TierSummary { records: number; calls: number; sites: number }

export interface ObservedFile {
  version: number;
  tool: 'spendlens';
  generatedAt: string;
  sources: Array<{ path: string; format: UsageFormat; records: number; duplicates: number }>;
  window: { from: string; to: string; days: number } | null;
  tiers: Partial<Record<MatchTier | 'unmatched', TierSummary>>;
  sites: ObservedSite[];
  unmatched: UnmatchedGroup[];
}

export interface ObservedProblem { path: string; pointer: string; line?: number; message: string }

/** Reads the folder's observed.json; a broken file is reported and ignored (estimates fall back to the static ones). */
export function loadObserved(root: string, problems: ObservedProblem[], path = join(root, OBSERVED_FILE)): ObservedFile | null {
  if (!existsSync(path)) return null;
  let value: unknown;
  try { value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')); } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    problems.push({ path: OBSERVED_FILE, pointer: '', message: `invalid JSON${pos ? ` at offset ${pos[1]}` : ''}; run spendlens calibrate again` });
    return null;
  }
  const v = value as Partial<ObservedFile>;
  if (!v || typeof v !== 'object' || !Array.isArray(v.sites)) {
    problems.push({ path: OBSERVED_FILE, pointer: '/sites', message: 'expected the file spendlens calibrate writes' });
    return null;
  }
  if (v.version !== OBSERVED_VERSION) {
    problems.push({ path: OBSERVED_FILE, pointer: '/version', message: `version ${String(v.version)} is not ${OBSERVED_VERSION}; run spendlens calibrate again` });
    return null;
  }
  const sites = v.sites.filter((s, i) => {
    const ok = s && typeof s.file === 'string' && Number.isInteger(s.line) && typeof s.calls === 'number' && Number.isFinite(s.calls);
    if (!ok) problems.push({ path: OBSERVED_FILE, pointer: `/sites/${i}`, message: 'a site needs file, line and calls' });
    return ok;
  });
  return { ...(v as ObservedFile), sites, unmatched: Array.isArray(v.unmatched) ? v.unmatched : [] };
}

/** Looks up a call site's observed figures: by file and line, else (the code moved since) by file, function and model. */
export class ObservedIndex {
  private readonly byLine = new Map<string, ObservedSite>();
  private readonly byFunction = new Map<string, ObservedSite[]>();

  constructor(readonly file: ObservedFile | null) {
    for (const s of file?.sites ?? []) {
      this.byLine.set(`${s.file}:${s.line}`, s);
      if (s.function) {
        const k = `${s.file}#${s.function}`;
        this.byFunction.set(k, [...(this.byFunction.get(k) ?? []), s]);
      }
    }
  }

  get size(): number { return this.byLine.size; }

  find(call: { file: string; line: number; functionName: string | null; model: { value: string | null } | string | null }): ObservedSite | null {
    const model = typeof call.model === 'string' || call.model === null ? call.model : call.model.value;
    // The same line: the same call, even when its model was switched since (the volume is the code path's).
    const exact = this.byLine.get(`${call.file}:${call.line}`);
    if (exact) return exact;
    if (!call.functionName) return null;
    const inFunction = this.byFunction.get(`${call.file}#${call.functionName}`) ?? [];
    const same = inFunction.length === 1 ? inFunction : inFunction.filter(s => s.model === model);
    return same.length === 1 ? same[0] : null;
  }
}
