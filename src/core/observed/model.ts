// The model(s) a call site's observed usage ran with (`.spendlens/observed.json` `sites[].models`): fills the model
// of a call whose code does not show one (a factory, a config file, an env variable), and tells when the traffic
// ran another model than the one the code names. Spellings of one model (`openai/gpt-4o`, `gpt-4o-2024-08-06`)
// count as one (modelStem).
import { formatCount, formatDays } from '../../shared/format';
import type { ObservedSite } from './file';
import { modelStem } from './match';
import { round1 } from './stats';

export interface ObservedModel {
  /** The model most of the calls ran with: the one the call is labelled with. */
  model: string;
  /** Every model seen, its calls and its share of the calls that named a model (shares sum to 1), most first. */
  mix: Array<{ model: string; calls: number; share: number }>;
  /** Calls that named a model: the sample size. */
  requests: number;
  /** Where it was seen, for every label: `otlp, 14 d, n=1,200`. */
  from: string;
}

type SiteWithModels = Pick<ObservedSite, 'models' | 'days'> & { sources: readonly string[] };

/** Each site's observed model, worked out once: pricing, labelling and the findings all ask for it (read-only). */
const OF_SITE = new WeakMap<SiteWithModels, ObservedModel | null>();

/** The observed model of a site, null when no matched call named one (or the file predates `models`). */
export function observedModelOf(site: SiteWithModels | null | undefined): ObservedModel | null {
  if (!site?.models?.length) return null;
  let seen = OF_SITE.get(site);
  if (seen === undefined) OF_SITE.set(site, (seen = modelOfSite(site)));
  return seen;
}

function modelOfSite(site: SiteWithModels): ObservedModel | null {
  if (!site.models?.length) return null;
  const byStem = new Map<string, { model: string; calls: number; top: number }>();
  for (const { model, calls } of site.models) {
    if (!(calls > 0)) continue;
    const stem = modelStem(model);
    const g = byStem.get(stem);
    // The group keeps the spelling most calls used.
    if (!g) byStem.set(stem, { model, calls, top: calls });
    else { g.calls += calls; if (calls > g.top) { g.model = model; g.top = calls; } }
  }
  const requests = [...byStem.values()].reduce((s, g) => s + g.calls, 0);
  if (requests <= 0) return null;
  const mix = [...byStem.values()]
    .sort((a, b) => b.calls - a.calls || a.model.localeCompare(b.model))
    .map(g => ({ model: g.model, calls: round1(g.calls), share: g.calls / requests }));
  const window = site.days !== null ? `${formatDays(site.days)} d` : 'no time window';
  return { model: mix[0].model, mix, requests: round1(requests), from: `${site.sources.join(', ')}, ${window}, n=${formatCount(requests)}` };
}

/**
 * The model the traffic ran instead of the code's, when most observed calls (more than half of those that named a
 * model) ran one the code does not name. `same` says whether two ids are one model (e.g. the same catalog entry);
 * ids the code chooses between at run time (`alternatives`) are the code's too.
 */
export function trafficDisagrees(
  codeModels: readonly string[],
  observed: ObservedModel | null,
  same: (a: string, b: string) => boolean,
): { model: string; share: number; calls: number } | null {
  if (!observed || !codeModels.length) return null;
  const isCode = (m: string) => codeModels.some(c => modelStem(c) === modelStem(m) || same(c, m));
  const other = observed.mix.filter(m => !isCode(m.model));
  const otherShare = other.reduce((s, m) => s + m.share, 0);
  if (!other.length || otherShare <= 0.5) return null;
  return { model: other[0].model, share: otherShare, calls: round1(other.reduce((s, m) => s + m.calls, 0)) };
}
