// The merged price list and its lookup. Built from catalog layers (see merge.ts); immutable.
import { canonicalName, editDistance, normalizeVendor, sharedPrefix, snapshotBases } from './names';
import { mergeLayers, type CatalogLayer } from './merge';
import type { Catalog, CatalogModel, CatalogProblem, CatalogSource, LayerInfo, TokenizerProfile } from './types';

export type MatchKind = 'id' | 'alias' | 'prefixed' | 'snapshot' | 'case' | 'fine-tune';

export interface LookupResult {
  model: CatalogModel;
  matchedBy: MatchKind;
}

const DAY_MS = 86_400_000;

/** The action that refreshes the prices, phrased for where the staleness warning is shown. */
export const REFRESH_HINT = {
  cli: 'refresh with `spendlens catalog update` (downloads LiteLLM\'s price map)',
  editor: 'refresh with the command "Spendlens: Update Pricing Catalog"',
} as const;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function nameTokens(name: string): Set<string> {
  return new Set(name.split(/[-._/:@]+/).filter(Boolean));
}

export class PriceBook {
  /** The date of the newest prices: an updated layer's download day, else the bundled catalog's date. */
  readonly updated: string;
  private readonly bundledDate: string;
  private readonly updatedDate: string | null;
  readonly sources: CatalogSource[];
  readonly layers: LayerInfo[];
  readonly problems: CatalogProblem[];
  private readonly all: CatalogModel[];
  private readonly byId = new Map<string, CatalogModel>();
  private readonly byAlias = new Map<string, CatalogModel>();
  private readonly byLowerName = new Map<string, CatalogModel>();
  /** canonicalName → models, in catalog order (first-party providers come first). */
  private readonly byCanonical = new Map<string, CatalogModel[]>();
  /** A host's own spelling: the id without its `<provider>/` prefix, lower case → models. */
  private readonly byNative = new Map<string, CatalogModel[]>();
  private readonly providers = new Set<string>();

  constructor(layers: CatalogLayer[]) {
    const merged = mergeLayers(layers);
    // Each model carries its tokenizer profile (ratios per script, framing, certainty); a later layer's profile wins.
    const profiles: Record<string, TokenizerProfile> = Object.assign({}, ...layers.map(l => l.catalog?.tokenizers ?? {}));
    this.all = merged.models.map(m => {
      const details = m.tokenizer?.profile ? profiles[m.tokenizer.profile] : undefined;
      return details ? { ...m, tokenizer: { ...m.tokenizer, details } } : m;
    });
    this.layers = merged.layers;
    this.problems = merged.problems;
    const bundled = layers.find(l => l.kind === 'bundled' && l.catalog?.updated);
    this.bundledDate = bundled?.catalog?.updated ?? layers.find(l => l.catalog?.updated)?.catalog?.updated ?? '';
    // Prices downloaded by `spendlens catalog update` are as new as the day they were downloaded.
    this.updatedDate = layers.find(l => l.kind === 'updated' && l.catalog?.updated)?.catalog?.updated ?? null;
    this.updated = this.updatedDate && this.updatedDate > this.bundledDate ? this.updatedDate : this.bundledDate;
    this.sources = layers.flatMap(l => l.catalog?.sources ?? []);
    for (const model of this.all) {
      this.byId.set(model.id, model);
      this.providers.add(model.provider);
    }
    for (const model of this.all) {
      for (const alias of model.aliases ?? []) if (!this.byId.has(alias) && !this.byAlias.has(alias)) this.byAlias.set(alias, model);
    }
    for (const model of this.all) {
      for (const name of [model.id, ...(model.aliases ?? [])]) {
        const lower = name.toLowerCase();
        if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, model);
        if (name.startsWith(`${model.provider}/`)) pushTo(this.byNative, name.slice(model.provider.length + 1).toLowerCase(), model);
        const canonical = canonicalName(name);
        pushTo(this.byCanonical, canonical, model);
      }
    }
  }

  /** A book over one in-memory catalog (tests, tools). */
  static fromCatalog(catalog: Catalog, path = '(memory)'): PriceBook {
    return new PriceBook([{ path, kind: 'bundled', catalog, problems: [] }]);
  }

  models(): CatalogModel[] {
    return [...this.all];
  }

  /**
   * Finds the catalog entry for a model id as written in code. `vendor` (the host whose prices apply,
   * e.g. 'azure', 'bedrock', 'groq') selects that host's entry for the same model when there is one.
   */
  lookup(id: string, vendor?: string | null): LookupResult | null {
    const name = id.trim();
    if (!name) return null;
    return this.find(name, normalizeVendor(vendor), 0);
  }

  private find(name: string, vendor: string | null, depth: number): LookupResult | null {
    if (depth > 4) return null;
    if (/^ft:/i.test(name)) return this.fineTuned(name, vendor, depth);

    const direct = this.direct(name);
    if (vendor && this.providers.has(vendor) && direct?.model.provider !== vendor) {
      const names = direct ? [name, direct.model.id, ...direct.model.aliases] : [name];
      const hosted = this.onVendor(names, vendor);
      if (hosted) return { model: hosted, matchedBy: 'prefixed' };
    }
    if (direct) return direct;

    // `openai/gpt-4o`, `groq/llama-3.1-8b-instant`: the prefix names the host; answer for that host only.
    const slash = name.indexOf('/');
    if (slash > 0) {
      const prefix = normalizeVendor(name.slice(0, slash)) as string;
      if (this.providers.has(prefix)) {
        const inner = this.find(name.slice(slash + 1), prefix, depth + 1);
        if (!inner) return null;
        return { model: inner.model, matchedBy: inner.matchedBy === 'snapshot' || inner.matchedBy === 'fine-tune' ? inner.matchedBy : 'prefixed' };
      }
    }
    // OpenRouter-style dotted versions: claude-3.5-sonnet → claude-3-5-sonnet.
    const dashed = name.replace(/(\d)\.(\d)/g, '$1-$2');
    if (dashed !== name) {
      const variant = this.direct(dashed);
      if (variant) return this.preferVendor(variant.model, vendor) ?? { model: variant.model, matchedBy: 'alias' };
    }
    // A host's own spelling (models/gemini-2.5-flash, us.anthropic.claude-…-v1:0) on the wanted host or first-party.
    const sameModel = this.sameModel(name);
    const preferred = sameModel.find(m => m.provider === vendor) ?? sameModel.find(m => !m.id.includes('/'));
    if (preferred) return { model: preferred, matchedBy: 'prefixed' };

    for (const base of snapshotBases(name)) {
      const found = this.find(base, vendor, depth + 1);
      if (found) return { model: found.model, matchedBy: 'snapshot' };
    }
    // Last resort, for the id as written only: the model on any host
    // (meta-llama/Llama-3.3-70B-Instruct-Turbo → together_ai, llama-3.3-70b-versatile → groq).
    if (depth === 0 && sameModel.length) return { model: sameModel[0], matchedBy: 'prefixed' };
    return null;
  }

  /** Models that are this name under some host: by the host's own spelling first, then by canonical name. */
  private sameModel(name: string): CatalogModel[] {
    return this.byNative.get(name.toLowerCase()) ?? this.byCanonical.get(canonicalName(name)) ?? [];
  }

  private preferVendor(model: CatalogModel, vendor: string | null): LookupResult | null {
    if (!vendor || model.provider === vendor) return null;
    const hosted = this.onVendor([model.id, ...model.aliases], vendor);
    return hosted ? { model: hosted, matchedBy: 'prefixed' } : null;
  }

  /** Exact id, alias, or the same ignoring case. */
  private direct(name: string): LookupResult | null {
    const byId = this.byId.get(name);
    if (byId) return { model: byId, matchedBy: 'id' };
    const byAlias = this.byAlias.get(name);
    if (byAlias) return { model: byAlias, matchedBy: 'alias' };
    const byCase = this.byLowerName.get(name.toLowerCase());
    if (byCase) return { model: byCase, matchedBy: 'case' };
    return null;
  }

  /** The vendor's entry for any of these names: `<vendor>/<name>`, or the same canonical name under that provider. */
  private onVendor(names: string[], vendor: string): CatalogModel | null {
    for (const name of names) {
      const prefixed = this.direct(`${vendor}/${name}`);
      if (prefixed && prefixed.model.provider === vendor) return prefixed.model;
    }
    for (const name of names) {
      const hosted = this.byCanonical.get(canonicalName(name))?.find(m => m.provider === vendor);
      if (hosted) return hosted;
    }
    return null;
  }

  /** `ft:gpt-4o-mini-2024-07-18:org::abc` → the map's fine-tuning price entry, else the base model. */
  private fineTuned(name: string, vendor: string | null, depth: number): LookupResult | null {
    const base = name.split(':')[1] ?? '';
    if (!base) return null;
    for (const candidate of [base, ...snapshotBases(base)]) {
      const entry = this.direct(`ft:${candidate}`);
      if (entry) return { model: entry.model, matchedBy: 'fine-tune' };
    }
    const found = this.find(base, vendor, depth + 1);
    return found ? { model: found.model, matchedBy: 'fine-tune' } : null;
  }

  /**
   * Known ids closest to an unknown one, for "did you mean" messages: edit distance on the canonical
   * name, less a bonus for a shared prefix and shared name parts; one id per canonical name, first-party first.
   */
  nearest(id: string, n = 3): string[] {
    const query = id.trim().toLowerCase();
    if (!query) return [];
    // Every unknown-model call asks (pricing and advice both): the answer is cached per query, the
    // per-model names and tokens are computed once per book (a scan asked ~1,000 times over 1,162 models).
    const key = `${n}\u0000${query}`;
    const hit = this.nearestCache.get(key);
    if (hit) return [...hit];
    const queryHasHost = query.includes('/');
    const queryName = queryHasHost ? query : canonicalName(query);
    const queryTokens = nameTokens(queryName);
    const scored: Array<{ id: string; score: number }> = [];
    for (const c of this.nearestCandidates(queryHasHost)) {
      let shared = 0;
      for (const token of c.tokens) if (queryTokens.has(token)) shared++;
      const hostPenalty = !queryHasHost && c.id.includes('/') ? 1 : 0;
      const score = editDistance(queryName, c.target) - 0.3 * Math.min(sharedPrefix(queryName, c.target), 12) - shared + hostPenalty;
      scored.push({ id: c.id, score });
    }
    scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
    const result = scored.slice(0, n).map(s => s.id);
    if (this.nearestCache.size > 10_000) this.nearestCache.clear();
    this.nearestCache.set(key, result);
    return [...result];
  }

  private readonly nearestCache = new Map<string, string[]>();
  private readonly candidateLists = new Map<boolean, Array<{ id: string; target: string; tokens: Set<string> }>>();

  /** One entry per distinct target name (catalog order puts first-party entries first). */
  private nearestCandidates(byFullId: boolean): Array<{ id: string; target: string; tokens: Set<string> }> {
    let list = this.candidateLists.get(byFullId);
    if (list) return list;
    list = [];
    const seen = new Set<string>();
    for (const model of this.all) {
      const target = byFullId ? model.id.toLowerCase() : canonicalName(model.id);
      if (seen.has(target)) continue;
      seen.add(target);
      list.push({ id: model.id, target, tokens: nameTokens(target) });
    }
    this.candidateLists.set(byFullId, list);
    return list;
  }

  /** Age of the prices in whole days at `now`, or null when the catalog has no date. */
  ageInDays(now: Date): number | null {
    const updated = Date.parse(`${this.updated}T00:00:00Z`);
    if (!this.updated || Number.isNaN(updated)) return null;
    return Math.floor((now.getTime() - updated) / DAY_MS);
  }

  /** The date of one model's price: the day it was downloaded when the updated layer set it, else the catalog's date. */
  dateOf(model: object): string {
    return (model as { source?: string }).source === 'updated' && this.updatedDate ? this.updatedDate : this.bundledDate || this.updated;
  }

  /**
   * A warning to show when the prices are older than `maxAgeDays`, else null. `refresh` names the action that works
   * where the warning is shown (REFRESH_HINT in update.ts: the CLI command, or the editor command).
   */
  staleness(now: Date, options: { refresh?: string; maxAgeDays?: number } = {}): string | null {
    const { refresh = REFRESH_HINT.cli, maxAgeDays = 120 } = options;
    const days = this.ageInDays(now);
    if (days === null || days <= maxAgeDays) return null;
    // Said to users of the package and the extension: what they can do themselves (not this repository's npm script).
    return `Prices are ${days} days old (catalog updated ${this.updated}); ${refresh}, or set current ones in .spendlens/pricing.json`;
  }
}
