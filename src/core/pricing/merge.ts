// Merges catalog layers by model id: bundled ← user ← workspace. An overlay entry whose id already
// exists overrides only the fields it names; a new entry must carry the fields a price needs.
import type { AboveTier, Catalog, CatalogModel, CatalogProblem, LayerInfo, LayerKind, ProviderDiscount, Tier } from './types';
import { canonicalName } from './names';

export interface CatalogLayer {
  path: string;
  kind: LayerKind;
  /** Undefined when the file was missing or unreadable; `problems` says why. */
  catalog?: Catalog;
  problems: CatalogProblem[];
}

export interface MergedCatalog {
  models: CatalogModel[];
  layers: LayerInfo[];
  problems: CatalogProblem[];
}

/** Tier for an overlay model that does not name one: a blended 3:1 input:output price band (as the catalog build does). */
function tierFromPrice(input: number, output: number): Tier {
  const blended = (3 * input + output) / 4;
  return blended <= 0.2 ? 'nano' : blended <= 1 ? 'small' : blended <= 4 ? 'medium' : blended <= 15 ? 'large' : 'frontier';
}

const NEW_MODEL_FIELDS = ['provider', 'mode', 'input', 'output'] as const;

function completeNewModel(entry: Partial<CatalogModel> & { id: string }, kind: LayerKind): CatalogModel {
  const input = entry.input as number;
  const output = entry.output as number;
  return {
    aliases: [],
    family: canonicalName(entry.id),
    tier: tierFromPrice(input, output),
    capabilities: { tools: false, vision: false, json: false, reasoning: false, promptCaching: false },
    tokenizer: { encoding: 'o200k_base', exact: false, ratio: 1.1 },
    deprecated: false,
    ...entry,
    source: kind === 'bundled' ? entry.source ?? 'curated' : kind,
  } as CatalogModel;
}

function overrideModel(base: CatalogModel, patch: Partial<CatalogModel>, kind: LayerKind): CatalogModel {
  return {
    ...base,
    ...patch,
    capabilities: { ...base.capabilities, ...patch.capabilities },
    tokenizer: { ...base.tokenizer, ...patch.tokenizer },
    source: kind === 'bundled' ? patch.source ?? base.source : kind,
  };
}

/** Every per-token price a model carries (a discount scales them all). */
const TOKEN_PRICES = ['input', 'output', 'cachedInput', 'cacheWrite', 'batchInput', 'batchOutput', 'flexInput', 'flexOutput'] as const;
const ABOVE_PRICES = ['input', 'output', 'cachedInput'] as const;

function discounted(model: CatalogModel, discount: ProviderDiscount, path: string): CatalogModel {
  const factor = 1 - discount.percent / 100;
  const scale = (price: number) => Number((price * factor).toPrecision(12));
  const out: CatalogModel = { ...model, discount: { ...discount, path } };
  for (const key of TOKEN_PRICES) if (typeof model[key] === 'number') out[key] = scale(model[key]!);
  if (model.above) {
    out.above = model.above.map(tier => {
      const next: AboveTier = { ...tier };
      for (const key of ABOVE_PRICES) if (typeof tier[key] === 'number') next[key] = scale(tier[key]!);
      return next;
    });
  }
  return out;
}

/** A layer's `discounts` on the prices merged below it; the models the layer prices itself keep its prices. */
function applyDiscounts(byId: Map<string, CatalogModel>, layer: CatalogLayer, pricedHere: Set<string>, problems: CatalogProblem[]): void {
  for (const [index, discount] of (layer.catalog?.discounts ?? []).entries()) {
    let matched = 0;
    for (const [id, model] of byId) {
      if (model.provider !== discount.provider) continue;
      matched++;
      if (!pricedHere.has(id)) byId.set(id, discounted(model, discount, layer.path));
    }
    if (matched === 0) problems.push({ path: layer.path, pointer: `/discounts/${index}`, message: `discount for provider "${discount.provider}" matches no model in the catalog` });
  }
}

export function mergeLayers(layers: CatalogLayer[]): MergedCatalog {
  const byId = new Map<string, CatalogModel>();
  const problems: CatalogProblem[] = [];
  const info: LayerInfo[] = [];
  for (const layer of layers) {
    const before = problems.length;
    problems.push(...layer.problems);
    let count = 0;
    const pricedHere = new Set<string>();
    for (const [index, raw] of (layer.catalog?.models ?? []).entries()) {
      const entry = raw as Partial<CatalogModel> & { id: string };
      if (TOKEN_PRICES.some(key => entry[key] !== undefined)) pricedHere.add(entry.id);
      const existing = byId.get(entry.id);
      if (existing && layer.kind !== 'bundled') {
        byId.set(entry.id, overrideModel(existing, entry, layer.kind));
        count++;
        continue;
      }
      const missing = NEW_MODEL_FIELDS.filter(field => entry[field] === undefined);
      if (missing.length > 0) {
        const message = `model "${entry.id}" rejected: it is not in the layers below, so it needs ${missing.map(f => `"${f}"`).join(', ')}`;
        problems.push({ path: layer.path, pointer: `/models/${index}`, message });
        continue;
      }
      byId.set(entry.id, existing ? overrideModel(existing, entry, layer.kind) : completeNewModel(entry, layer.kind));
      count++;
    }
    if (layer.kind !== 'bundled') applyDiscounts(byId, layer, pricedHere, problems);
    const ok = layer.catalog !== undefined && problems.length === before;
    info.push({ path: layer.path, kind: layer.kind, models: count, ok });
  }
  return { models: [...byId.values()], layers: info, problems };
}
