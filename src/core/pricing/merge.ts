// Merges catalog layers by model id: bundled ← user ← workspace. An overlay entry whose id already
// exists overrides only the fields it names; a new entry must carry the fields a price needs.
import type { Catalog, CatalogModel, CatalogProblem, LayerInfo, LayerKind, Tier } from './types';
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

export function mergeLayers(layers: CatalogLayer[]): MergedCatalog {
  const byId = new Map<string, CatalogModel>();
  const problems: CatalogProblem[] = [];
  const info: LayerInfo[] = [];
  for (const layer of layers) {
    const before = problems.length;
    problems.push(...layer.problems);
    let count = 0;
    for (const [index, raw] of (layer.catalog?.models ?? []).entries()) {
      const entry = raw as Partial<CatalogModel> & { id: string };
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
    const ok = layer.catalog !== undefined && problems.length === before;
    info.push({ path: layer.path, kind: layer.kind, models: count, ok });
  }
  return { models: [...byId.values()], layers: info, problems };
}
