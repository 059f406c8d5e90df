// Turns LiteLLM's model price map plus the hand-kept overlay (pricing/curated.json) and the token measurements
// (pricing/tokenizer-measurements.json) into a Spendlens catalog. One conversion for both users of it: the build
// (scripts/build-catalog.mjs, which bundles this file) and `spendlens catalog update` (update.ts). Deterministic:
// same inputs → same bytes.
import { canonicalName } from './names';
import { alignDeprecation } from './lines';
import type { Catalog, CatalogSource } from './types';

/* eslint-disable @typescript-eslint/no-explicit-any -- the two inputs are JSON documents walked field by field */
type Json = any;

export const CATALOG_VERSION = 1;

/** The parts of pricing/curated.json the conversion reads (see that file's $comment). */
export interface CuratedOverlay {
  updated: string;
  includeModes: string[];
  providers: Array<{ litellm: string; id: string; firstParty?: boolean; prefix?: string; skipKeys?: string; batchDiscount?: number }>;
  zeroPriced: { keepProviders: string[] };
  aliases: Record<string, string>;
  providerOrder: string[];
  tokenizers: Record<string, Json>;
  tokenizerRules: { rules: Array<{ match: string; tokenizer: string }> };
  reasoningByDefault: { rules: Array<{ match: string; byDefault: boolean }> };
  tierBands: { bands: Array<{ max: number | null; tier: string }> };
  families: Array<{ match: string; family: string | null; tier?: string; tokenizer?: string }>;
  deprecations: Array<{ match: string; deprecated?: boolean; successor?: string }>;
  models: Array<Record<string, Json> & { id: string; basis?: string }>;
}

export interface TokenMeasurements {
  measured: string;
  /** Prompts the weights were fitted on, and the separate held-out prompts they were checked on. */
  prompts: { fitted: number; heldOut: number };
  vendors: Record<string, {
    package: string; ratios: Record<string, number>; weights?: Record<string, Record<string, number>>; digitsApart?: boolean;
    /** Errors of the shipped count on the held-out prompts (the ones the weights were not fitted on). */
    overall: { meanAbsError: number; worstError: number };
  }>;
}

export interface ConvertOptions {
  curated: CuratedOverlay;
  measurements: TokenMeasurements;
  /** The catalog's date (the build: the curated overlay's; an update: the day the map was downloaded). */
  updated: string;
  sources: CatalogSource[];
  /** Where the measurements are kept, for error messages. */
  measurementsPath?: string;
  /**
   * A curated alias whose model the map lacks: an error for the build (the overlay is out of date), skipped for a
   * downloaded map (upstream may drop a model; the bundled layer still answers for it).
   */
  missingAliasTarget?: 'error' | 'skip';
}

export interface ConvertResult {
  catalog: Catalog;
  /** The catalog as written to disk: one model per line. */
  text: string;
  skipped: Record<string, number>;
}

const DATE_SUFFIX = /-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4})$/;

/** USD per token → USD per 1M tokens, without float noise (2.5e-6 * 1e6 = 2.4999999999999996). */
function perMillion(x: unknown): number | undefined {
  if (typeof x !== 'number' || !Number.isFinite(x)) return undefined;
  return Number((x * 1e6).toPrecision(12));
}

function aboveTiers(entry: Json): Json[] {
  const tiers: Json[] = [];
  for (const field of Object.keys(entry)) {
    const m = /^input_cost_per_token_above_(\d+)k_tokens$/.exec(field);
    if (!m) continue;
    const k = m[1];
    const tier: Json = {
      threshold: Number(k) * 1000,
      input: perMillion(entry[field]),
      output: perMillion(entry[`output_cost_per_token_above_${k}k_tokens`] ?? entry.output_cost_per_token ?? 0),
    };
    const cached = perMillion(entry[`cache_read_input_token_cost_above_${k}k_tokens`]);
    if (cached !== undefined) tier.cachedInput = cached;
    tiers.push(tier);
  }
  return tiers.sort((a, b) => a.threshold - b.threshold);
}

function samePrices(a: Json, b: Json): boolean {
  const fields = ['input', 'output', 'cachedInput', 'cacheWrite', 'batchInput', 'batchOutput', 'contextWindow', 'maxOutput', 'mode', 'deprecated'];
  return fields.every(f => a[f] === b[f]) && JSON.stringify(a.above ?? []) === JSON.stringify(b.above ?? []);
}

const KEY_ORDER = ['id', 'aliases', 'provider', 'family', 'tier', 'mode', 'input', 'output', 'cachedInput', 'cacheWrite', 'batchInput', 'batchOutput',
  'flexInput', 'flexOutput', 'above', 'contextWindow', 'maxOutput', 'capabilities', 'tokenizer', 'deprecated', 'successor', 'source', 'basis'];

/** One model per line keeps diffs readable and the file small. */
export function catalogText(catalog: Catalog): string {
  return '{\n' + Object.entries(catalog).map(([k, v]) => {
    if (k === 'tokenizers') return `  "tokenizers": {\n${Object.entries(v as object).map(([n, t]) => `    ${JSON.stringify(n)}: ${JSON.stringify(t)}`).join(',\n')}\n  }`;
    if (k !== 'models') return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
    return `  "models": [\n${(v as unknown[]).map(m => '    ' + JSON.stringify(m)).join(',\n')}\n  ]`;
  }).join(',\n') + '\n}\n';
}

export function convertLitellm(source: Record<string, Json>, options: ConvertOptions): ConvertResult {
  const { curated, measurements } = options;
  const measurementsPath = options.measurementsPath ?? 'pricing/tokenizer-measurements.json';
  const providerByLitellm = new Map(curated.providers.map(p => [p.litellm, p]));
  const providerRank = new Map(curated.providerOrder.map((p, i) => [p, i]));
  const includeModes = new Set(curated.includeModes);
  const families = curated.families.map(f => ({ ...f, re: new RegExp(f.match) }));
  const deprecations = curated.deprecations.map(d => ({ ...d, re: new RegExp(d.match) }));
  const tokenizers = curated.tokenizers;
  const tokenizerRules = curated.tokenizerRules.rules.map(r => ({ ...r, re: new RegExp(r.match) }));
  const reasoningRules = curated.reasoningByDefault.rules.map(r => ({ ...r, re: new RegExp(r.match) }));
  const rank = (provider: string) => providerRank.get(provider) ?? 99;

  /** Whether the model reasons when the call does not ask (first matching rule; no rule = no). */
  const reasonsByDefault = (name: string) => reasoningRules.find(r => r.re.test(name))?.byDefault === true;

  const familyOf = (name: string) => {
    const base = name.replace(/^ft:/, '');
    for (const f of families) if (f.family !== null && f.re.test(base)) return f;
    return null;
  };

  const tierFromPrice = (input: number, output: number) => {
    const blended = (3 * input + output) / 4;
    for (const band of curated.tierBands.bands) if (band.max === null || blended <= band.max) return band.tier;
    return 'frontier';
  };

  /** A tokenizer profile as the catalog carries it: the curated data, with the measured ratios and error where measured. */
  const profileOf = (name: string): Json => {
    const { $comment, encoding, exact, measured, ...t } = tokenizers[name];
    if (!measured) return t;
    const m = measurements.vendors[measured];
    if (!m) throw new Error(`curated tokenizer ${name}: no measurement "${measured}" in ${measurementsPath}`);
    return {
      ...t,
      ratio: m.ratios['latin-en'] ?? t.ratio,
      scripts: m.ratios,
      ...(m.weights ? { weights: m.weights } : {}),
      ...(m.digitsApart ? { digitsApart: true } : {}),
      error: { typical: m.overall.meanAbsError, worst: Math.abs(m.overall.worstError) },
      basis: `${t.basis} (${m.package}; fitted on ${measurements.prompts.fitted} prompts, error on ${measurements.prompts.heldOut} held-out prompts ${Math.round(m.overall.meanAbsError * 1000) / 10}% typical, ${Math.round(Math.abs(m.overall.worstError) * 1000) / 10}% worst; npm run measure:tokens of ${measurements.measured})`,
    };
  };

  const tokenizerFor = (profile: string) => {
    const name = tokenizers[profile] ? profile : 'unknown';
    const t = tokenizers[name];
    return t.exact ? { encoding: t.encoding, exact: true, ratio: 1, profile: name } : { encoding: t.encoding, exact: false, ratio: profileOf(name).ratio, profile: name };
  };

  const tokenizerProfileFor = (name: string, familyTokenizer: string | undefined) =>
    tokenizerRules.find(r => r.re.test(name))?.tokenizer ?? familyTokenizer ?? 'unknown';

  /** Our catalog id for a LiteLLM key: bare name for a first-party provider, `<provider>/<key>` otherwise. */
  const idFor = (key: string, prov: CuratedOverlay['providers'][number]) => {
    if (prov.firstParty) return prov.prefix && key.startsWith(prov.prefix) ? key.slice(prov.prefix.length) : key;
    return key.startsWith(prov.id + '/') ? key : `${prov.id}/${key}`;
  };

  const fromLitellm = (key: string, entry: Json, prov: CuratedOverlay['providers'][number]): Json | null => {
    const input = perMillion(entry.input_cost_per_token);
    if (input === undefined) return null; // priced per query / image / second: not a token model
    const output = perMillion(entry.output_cost_per_token ?? 0);
    const model: Json = { id: idFor(key, prov), aliases: [], provider: prov.id, family: '', tier: 'medium', mode: entry.mode, input, output };
    const optional: Record<string, number | undefined> = {
      cachedInput: perMillion(entry.cache_read_input_token_cost),
      cacheWrite: perMillion(entry.cache_creation_input_token_cost),
      batchInput: perMillion(entry.input_cost_per_token_batches),
      batchOutput: perMillion(entry.output_cost_per_token_batches),
      // OpenAI flex processing (service_tier: "flex"): slower, may be queued, priced below the standard tier.
      flexInput: perMillion(entry.input_cost_per_token_flex),
      flexOutput: perMillion(entry.output_cost_per_token_flex),
    };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) model[k] = v;
    const above = aboveTiers(entry);
    if (above.length) model.above = above;
    if (Number.isFinite(entry.max_input_tokens)) model.contextWindow = entry.max_input_tokens;
    else if (Number.isFinite(entry.max_tokens) && entry.mode === 'embedding') model.contextWindow = entry.max_tokens;
    if (Number.isFinite(entry.max_output_tokens)) model.maxOutput = entry.max_output_tokens;
    model.capabilities = {
      tools: entry.supports_function_calling === true,
      vision: entry.supports_vision === true,
      json: entry.supports_response_schema === true,
      reasoning: entry.supports_reasoning === true,
      promptCaching: entry.supports_prompt_caching === true || optional.cachedInput !== undefined,
    };
    model.deprecated = typeof entry.deprecation_date === 'string' ? entry.deprecation_date : false;
    model.source = 'litellm';
    return model;
  };

  // 1. Take the chosen providers' token-priced entries, merging keys that map to the same id.
  const byId = new Map<string, Json>();
  const byLowerId = new Map<string, Json>();
  const skipped = { provider: 0, mode: 0, key: 0, unpriced: 0, zeroPriced: 0, duplicate: 0 };
  for (const [key, entry] of Object.entries(source)) {
    if (key === 'sample_spec') continue;
    const prov = providerByLitellm.get(entry.litellm_provider);
    if (!prov) { skipped.provider++; continue; }
    if (!includeModes.has(entry.mode)) { skipped.mode++; continue; }
    if (prov.skipKeys && new RegExp(prov.skipKeys).test(key)) { skipped.key++; continue; }
    if (key.endsWith('/')) { skipped.key++; continue; } // a path prefix (`…/models/`), not a model
    const model = fromLitellm(key, entry, prov);
    if (!model) { skipped.unpriced++; continue; }
    if (model.input === 0 && model.output === 0 && !curated.zeroPriced.keepProviders.includes(prov.id)) { skipped.zeroPriced++; continue; }
    const existing = byId.get(model.id) ?? byLowerId.get(model.id.toLowerCase());
    if (existing) {
      // e.g. deepseek-chat and deepseek/deepseek-chat: the bare key is canonical, the other an alias.
      skipped.duplicate++;
      // together_ai/BAAI/… and together_ai/baai/… differ only by case: lookups ignore case, so keep one.
      if (!existing.aliases.includes(key) && key.toLowerCase() !== existing.id.toLowerCase()) existing.aliases.push(key);
      continue;
    }
    if (key !== model.id) model.aliases.push(key);
    byId.set(model.id, model);
    byLowerId.set(model.id.toLowerCase(), model);
  }

  // 2. Curated models: add what the map lacks, or override a map entry field by field.
  for (const c of curated.models) {
    const { basis, ...fields } = c;
    const existing = byId.get(c.id);
    const model = existing ? { ...existing, ...fields, aliases: [...new Set([...(existing.aliases ?? []), ...(fields.aliases ?? [])])] } : { family: '', tier: 'medium', ...fields };
    model.source = 'curated';
    model.basis = basis;
    byId.set(c.id, model);
  }

  // 3. Fold dated snapshots priced exactly like their base into the base's aliases; give a lone dated
  //    first-party snapshot its undated and -latest names (claude-3-haiku-20240307 → claude-3-haiku).
  const claimed = new Set<string>();
  for (const m of byId.values()) { claimed.add(m.id.toLowerCase()); for (const a of m.aliases) claimed.add(a.toLowerCase()); }
  for (const m of [...byId.values()]) {
    const match = DATE_SUFFIX.exec(m.id);
    if (!match) continue;
    const base = byId.get(m.id.slice(0, match.index));
    if (base && base.provider === m.provider && samePrices(base, m) && m.source === 'litellm') {
      base.aliases.push(m.id, ...m.aliases);
      byId.delete(m.id);
    }
  }
  const latestSnapshot = new Map<string, Json>();
  for (const m of byId.values()) {
    const match = DATE_SUFFIX.exec(m.id);
    if (!match || m.id.includes('/')) continue;
    const base = m.id.slice(0, match.index);
    if (claimed.has(base.toLowerCase())) continue;
    const prev = latestSnapshot.get(base);
    if (!prev || match[1] > DATE_SUFFIX.exec(prev.id)![1]) latestSnapshot.set(base, m);
  }
  for (const [base, m] of latestSnapshot) {
    m.aliases.push(base);
    if (!claimed.has(`${base}-latest`.toLowerCase())) m.aliases.push(`${base}-latest`);
  }

  for (const [alias, target] of Object.entries(curated.aliases)) {
    if (alias.startsWith('$')) continue;
    const model = byId.get(target);
    if (!model) {
      if (options.missingAliasTarget === 'skip') continue;
      throw new Error(`curated alias ${alias} → ${target}: no such model`);
    }
    if (!claimed.has(alias.toLowerCase())) model.aliases.push(alias);
  }

  // 4. Family, tier, tokenizer, deprecation and successor from the curated rules.
  const idsByProviderAndName = new Map<string, string>();
  for (const m of byId.values()) idsByProviderAndName.set(`${m.provider}|${canonicalName(m.id)}`, m.id);

  const successorFor = (m: Json, rule: { successor?: string } | undefined) => {
    if (!rule?.successor) return undefined;
    // Same host first (azure/gpt-4 → azure/gpt-4.1), then the first-party id.
    return idsByProviderAndName.get(`${m.provider}|${rule.successor}`) ?? (byId.has(rule.successor) ? rule.successor : undefined);
  };

  for (const m of byId.values()) {
    const name = canonicalName(m.id.startsWith('ft:') ? m.id.slice(3) : m.id);
    const fam = familyOf(name);
    m.family = (m.source === 'curated' && m.family) || fam?.family || name.replace(DATE_SUFFIX, '');
    m.tier = (m.source === 'curated' && m.tier !== 'medium' && m.tier) || fam?.tier || tierFromPrice(m.input, m.output);
    m.tokenizer = tokenizerFor(tokenizerProfileFor(name, fam?.tokenizer));
    if (m.mode !== 'embedding' && m.mode !== 'rerank' && reasonsByDefault(name)) m.capabilities = { ...m.capabilities, reasoning: true, reasoningByDefault: true };
    const rule = deprecations.find(d => d.re.test(name));
    if (rule?.deprecated && m.deprecated === false) m.deprecated = true;
    const successor = successorFor(m, rule);
    if (successor && successor !== m.id) m.successor = successor;
    // Batch discounts the vendor publishes but the map omits (see curated providers[].batchDiscount).
    const prov = curated.providers.find(p => p.id === m.provider && p.batchDiscount);
    if (prov && m.batchInput === undefined && (m.mode === 'chat' || m.mode === 'responses' || m.mode === 'embedding')) {
      m.batchInput = Number((m.input * prov.batchDiscount!).toPrecision(12));
      m.batchOutput = Number((m.output * prov.batchDiscount!).toPrecision(12));
    }
  }

  // 4a. An alias and its dated snapshots agree on deprecation and successor (src/core/pricing/lines.ts).
  alignDeprecation(byId.values() as Iterable<Json & { id: string; provider: string }>);

  // 4b. A successor is a model to move to: follow a successor that is itself retired to its own successor, and drop
  //     one that leads only to retired models.
  const retired = (m: Json | undefined) => !!m && (m.deprecated === true || (typeof m.deprecated === 'string' && m.deprecated <= options.updated));
  for (const m of byId.values()) {
    const seen = new Set<string>([m.id]);
    let next: string | undefined = m.successor;
    while (next && retired(byId.get(next)) && !seen.has(next)) { seen.add(next); next = byId.get(next)?.successor; }
    if (next && !retired(byId.get(next)) && !seen.has(next)) m.successor = next;
    else delete m.successor;
  }
  // 4c. A chat model without a context window takes the one another provider's entry of the same model gives.
  const windowOf = new Map<string, number>();
  for (const m of byId.values()) if (m.contextWindow && !windowOf.has(canonicalName(m.id))) windowOf.set(canonicalName(m.id), m.contextWindow);
  for (const m of byId.values()) {
    if (m.contextWindow || (m.mode !== 'chat' && m.mode !== 'responses' && m.mode !== undefined)) continue;
    const w = windowOf.get(canonicalName(m.id));
    if (w) m.contextWindow = w;
  }

  // 5. An alias must name one model only: drop aliases that are another model's id or already taken
  //    (the bare Vertex key gemini-2.5-pro is the Gemini API model's id; vendor lookups find vertex_ai/… by prefix).
  const ids = new Set([...byId.keys()].map(k => k.toLowerCase()));
  const takenAliases = new Set<string>();
  for (const m of [...byId.values()].sort((a, b) => rank(a.provider) - rank(b.provider) || (a.id < b.id ? -1 : 1))) {
    m.aliases = m.aliases.filter((a: string) => {
      const key = a.toLowerCase();
      if (key === m.id.toLowerCase() || ids.has(key) || takenAliases.has(key)) return false;
      takenAliases.add(key);
      return true;
    });
  }

  // 6. Stable order and a fixed key order inside each model.
  const models = [...byId.values()]
    .sort((a, b) => rank(a.provider) - rank(b.provider) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(m => {
      const out: Json = {};
      m.aliases = [...new Set(m.aliases)].filter(a => a !== m.id).sort();
      for (const k of KEY_ORDER) if (m[k] !== undefined) out[k] = m[k];
      return out;
    });

  const catalog: Catalog = {
    $schema: './catalog.schema.json',
    version: CATALOG_VERSION,
    updated: options.updated,
    currency: 'USD',
    unit: 'per 1M tokens',
    sources: options.sources,
    tokenizers: Object.fromEntries(Object.keys(tokenizers).filter(k => !k.startsWith('$')).map(k => [k, profileOf(k)])),
    models,
  } as Catalog;
  return { catalog, text: catalogText(catalog), skipped };
}
