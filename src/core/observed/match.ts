// Which call site made an observed call, in order of confidence:
//   1. code location — the recorded path matched by its longest unique suffix among the workspace's files (a
//      deployment has another root), the line anywhere inside the call's span; if the line moved, file + function + model;
//   2. a static tag the code passes (AI SDK functionId, LiteLLM metadata tags, Helicone properties, Langfuse name);
//   3. request parameters (operation, max tokens) when they single out one site of the model;
//   4. the model alone: one site of that model takes it all, several share it in proportion to their current volumes.
import type { CallKind } from '../model';
import { kindOfOperation, type UsageRecord } from './record';
import { sameTag } from '../facts/policy/tags';

export type MatchTier = 'code-location' | 'code-function' | 'tag' | 'request-params' | 'model' | 'model-spread';
export const MATCH_TIERS: readonly MatchTier[] = ['code-location', 'code-function', 'tag', 'request-params', 'model', 'model-spread'];

/** A call site as matching sees it. */
export interface Site {
  file: string;
  line: number;
  /** Last line of the call expression (the span a recorded line may fall in). */
  endLine: number;
  functionName: string | null;
  model: string | null;
  /** The catalog id the site's model resolves to, null when unknown. */
  catalogModel: string | null;
  kind: CallKind;
  maxTokens: number | null;
  tags: string[];
  /** The site's current volume (comment, usage.json or default): the weights of a spread. */
  callsPerMonth: number;
}

export interface Assignment { site: number; weight: number; tier: MatchTier }

/** Maps a model id to its catalog id (null when the catalog does not know it). */
export type CatalogIdOf = (model: string) => string | null;

const normPath = (p: string) => p.replace(/\\/g, '/').replace(/^file:\/\//, '').replace(/^webpack:\/\/\/?/, '').replace(/^\.\//, '');

/** `openai/gpt-4o-2024-08-06` → `gpt-4o`: the provider prefix and a date snapshot suffix do not make another model. */
export function modelStem(model: string): string {
  return model.toLowerCase().replace(/^.*\//, '').replace(/-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4})$/, '').replace(/@.*$/, '');
}

export class SiteIndex {
  private readonly byBasename = new Map<string, string[]>();
  private readonly sitesByFile = new Map<string, number[]>();
  private readonly catalogCache = new Map<string, string | null>();

  constructor(readonly sites: Site[], workspaceFiles: string[], private readonly catalogIdOf: CatalogIdOf) {
    for (const f of new Set([...workspaceFiles, ...sites.map(s => s.file)])) {
      const base = f.slice(f.lastIndexOf('/') + 1);
      const list = this.byBasename.get(base) ?? [];
      list.push(f);
      this.byBasename.set(base, list);
    }
    sites.forEach((s, i) => {
      const list = this.sitesByFile.get(s.file) ?? [];
      list.push(i);
      this.sitesByFile.set(s.file, list);
    });
  }

  /** The workspace file a recorded path names: the longest run of trailing path segments shared by one file only. */
  fileOf(recorded: string): string | null {
    const segs = normPath(recorded).split('/').filter(Boolean);
    const base = segs[segs.length - 1];
    const candidates = base ? this.byBasename.get(base) : undefined;
    if (!candidates) return null;
    let best: string | null = null, bestLen = 0, tie = false;
    for (const f of candidates) {
      const fs = f.split('/');
      let n = 0;
      while (n < fs.length && n < segs.length && fs[fs.length - 1 - n] === segs[segs.length - 1 - n]) n++;
      if (n > bestLen) { best = f; bestLen = n; tie = false; } else if (n === bestLen) tie = true;
    }
    return tie ? null : best;
  }

  private sameModel(r: UsageRecord, site: Site): boolean {
    if (!site.model) return false;
    for (const m of [r.requestModel, r.responseModel]) {
      if (!m) continue;
      if (modelStem(m) === modelStem(site.model)) return true;
      const id = this.catalogId(m);
      if (id && site.catalogModel && id === site.catalogModel) return true;
    }
    return false;
  }

  private catalogId(model: string): string | null {
    if (!this.catalogCache.has(model)) this.catalogCache.set(model, this.catalogIdOf(model));
    return this.catalogCache.get(model)!;
  }

  private kindFits(r: UsageRecord, site: Site): boolean {
    const kind = kindOfOperation(r.operation);
    return !kind || kind === site.kind || (kind === 'chat' && site.kind === 'completion') || (kind === 'completion' && site.kind === 'chat');
  }

  /** Where the record goes; null when no site fits (the record is listed as unmatched). */
  match(r: UsageRecord): Assignment[] | null {
    return this.byCode(r) ?? this.byTag(r) ?? this.byParamsOrModel(r);
  }

  private one(site: number, tier: MatchTier): Assignment[] { return [{ site, weight: 1, tier }]; }

  private byCode(r: UsageRecord): Assignment[] | null {
    if (!r.code?.file) return null;
    const file = this.fileOf(r.code.file);
    if (!file) return null;
    const inFile = this.sitesByFile.get(file) ?? [];
    const line = r.code.line;
    if (line !== undefined) {
      // The innermost call whose span holds the line (a call inside another call's arguments is its own site).
      let best = -1;
      for (const i of inFile) {
        const s = this.sites[i];
        if (s.line <= line && line <= s.endLine && (best < 0 || s.endLine - s.line < this.sites[best].endLine - this.sites[best].line)) best = i;
      }
      if (best >= 0) return this.one(best, 'code-location');
    }
    // The line moved since the spans were recorded: the same function of the same file calling the same model.
    const fn = r.code.function?.split(/[.:]/).pop();
    if (fn) {
      const same = inFile.filter(i => this.sites[i].functionName?.split('.').pop() === fn && this.sameModel(r, this.sites[i]));
      if (same.length === 1) return this.one(same[0], 'code-function');
    }
    return null;
  }

  private byTag(r: UsageRecord): Assignment[] | null {
    if (!r.tags.length) return null;
    let hits = this.sites.map((s, i) => (s.tags.some(t => r.tags.some(u => sameTag(t, u))) ? i : -1)).filter(i => i >= 0);
    if (hits.length > 1) hits = hits.filter(i => this.sameModel(r, this.sites[i]));
    return hits.length === 1 ? this.one(hits[0], 'tag') : null;
  }

  private byParamsOrModel(r: UsageRecord): Assignment[] | null {
    const ofModel = this.sites.map((_, i) => i).filter(i => this.sameModel(r, this.sites[i]) && this.kindFits(r, this.sites[i]));
    if (ofModel.length === 0) return null;
    if (r.maxTokens !== undefined) {
      const same = ofModel.filter(i => this.sites[i].maxTokens === r.maxTokens);
      if (same.length === 1) return this.one(same[0], 'request-params');
    }
    if (ofModel.length === 1) return this.one(ofModel[0], 'model');
    // Several sites of the model: shared in proportion to what each is thought to run now (low confidence).
    const total = ofModel.reduce((s, i) => s + this.sites[i].callsPerMonth, 0);
    return ofModel.map(i => ({ site: i, weight: total > 0 ? this.sites[i].callsPerMonth / total : 1 / ofModel.length, tier: 'model-spread' as const }));
  }
}
