// Cheaper models that can do what a call needs. A candidate must be a smaller tier than the current
// model, have every capability the call uses, fit the prompt and the output in its context window,
// be current (not deprecated) and of the same mode. Candidates are priced with the SAME token
// counts, rescaled by the candidate's tokenizer ratio against the current one.
import type { PricedCall, Suggestion } from '../model';
import { costOf } from '../estimate/estimate';
import type { AdvisorBook, PricedModel } from './book';
import { tierRank } from './book';
import type { ComplexityAssessment } from './complexity';
import { formatSavingsPct as savingPct, formatTokens as fmtTokens } from '../../shared/format';

export interface CallNeeds {
  tools: boolean;
  vision: boolean;
  jsonMode: boolean;
  inputTokens: number;
  outputTokens: number;
  /** Completions per call (`n`, `candidateCount`…): outputTokens is their total; each has its own context window. */
  completions?: number;
  /** The static output cap written in the call, which the candidate must accept. */
  maxOutputCap?: number;
  /** When known, the verdict goes into the reason and the suggestion's `complexity`. */
  complexity?: ComplexityAssessment;
}

export interface CandidateSettings {
  allowCrossProvider: boolean;
  preferredModels: string[];
  minSavingsPct: number;
  /** Extra output tokens a reasoning candidate will spend when the current model is not one (default 1000). */
  reasoningAllowance?: number;
}

/** Catalog providers that sell their own models: cross-provider advice stays among these. */
export const FIRST_PARTY_PROVIDERS = new Set(['openai', 'anthropic', 'gemini', 'mistral', 'cohere', 'deepseek', 'xai']);

/** Specialised variants that are never a drop-in replacement for a chat call. */
const SPECIALISED_ID = /realtime|audio|transcribe|tts|search|computer-use|image|embed|moderation|codex|instruct|^ft:|:ft-|deep-research/i;

const CAPABILITIES: Array<{ need: keyof Pick<CallNeeds, 'tools' | 'vision' | 'jsonMode'>; has: 'tools' | 'vision' | 'json'; label: string }> = [
  { need: 'tools', has: 'tools', label: 'tools' },
  { need: 'vision', has: 'vision', label: 'vision' },
  { need: 'jsonMode', has: 'json', label: 'JSON output' },
];

/** Why `candidate` cannot replace `current` for this call, or null when it can. */
export function rejectionOf(candidate: PricedModel, current: PricedModel, needs: CallNeeds, sameProviderOnly: boolean): string | null {
  if (candidate.id === current.id) return 'same model';
  if (sameProviderOnly ? candidate.provider !== current.provider
    : candidate.provider !== current.provider && !FIRST_PARTY_PROVIDERS.has(candidate.provider)) return 'other provider';
  if ((candidate.mode ?? 'chat') !== (current.mode ?? 'chat')) return `mode ${candidate.mode}`;
  if (candidate.deprecated) return 'deprecated';
  // A successor on a live model marks it as superseded: suggest the newer one instead.
  if (candidate.successor) return `superseded by ${candidate.successor}`;
  if (SPECIALISED_ID.test(candidate.id)) return 'specialised variant';
  const rank = tierRank(candidate.tier);
  const currentRank = tierRank(current.tier);
  if (rank < 0 || currentRank < 0) return 'no tier in the catalog';
  if (rank >= currentRank) return `tier ${candidate.tier} is not below ${current.tier}`;
  for (const c of CAPABILITIES) {
    if (needs[c.need] && candidate.capabilities?.[c.has] !== true) return `no ${c.label}`;
  }
  if (candidate.contextWindow === undefined) return 'context window unknown';
  if (needs.inputTokens + needs.outputTokens / (needs.completions ?? 1) > candidate.contextWindow) return 'context window too small';
  if (needs.maxOutputCap !== undefined && candidate.maxOutput !== undefined && needs.maxOutputCap > candidate.maxOutput) return `max output ${candidate.maxOutput} below the cap`;
  return null;
}

/** Tokens of the call re-expressed for another model's tokenizer. */
export function rescaleTokens(n: number, fromRatio: number, to: PricedModel): number {
  const toRatio = to.tokenizer?.exact ? 1 : (to.tokenizer?.ratio ?? 1);
  return Math.round((n / (fromRatio || 1)) * toRatio);
}

/** Cost per call of `candidate` for the same work as `call`. */
export function candidateCost(call: PricedCall, current: PricedModel, candidate: PricedModel, needs: CallNeeds, reasoningAllowance: number): number {
  const input = rescaleTokens(needs.inputTokens, call.tokenRatio, candidate);
  let output = rescaleTokens(needs.outputTokens, call.tokenRatio, candidate);
  // A reasoning model spends hidden output tokens the current model does not.
  if (candidate.capabilities?.reasoning && !current.capabilities?.reasoning) output += reasoningAllowance * (needs.completions ?? 1);
  return costOf(candidate, input, output);
}

function reasonFor(candidate: PricedModel, current: PricedModel, needs: CallNeeds): string {
  const parts: string[] = [];
  if (needs.complexity) {
    const why = needs.complexity.reasons.slice(0, 3).map(r => r.replace(/ \([+-]?\d+\)$/, '')).join(', ');
    parts.push(`prompt looks ${needs.complexity.level}${why ? ` (${why})` : ''}`);
  }
  const caps = CAPABILITIES.filter(c => needs[c.need]).map(c => c.label);
  parts.push(`${candidate.id} is ${candidate.tier} tier vs ${current.tier}${caps.length ? `, supports ${caps.join(', ')}` : ''}`);
  parts.push(`context ${fmtTokens(candidate.contextWindow ?? 0)} fits ${fmtTokens(needs.inputTokens + needs.outputTokens / (needs.completions ?? 1))} tokens`);
  if (candidate.provider !== current.provider) parts.push(`other provider (${candidate.provider}): check the SDK call`);
  if (needs.complexity?.level === 'complex') parts.push('test the quality before switching');
  return parts.join('; ');
}

/**
 * Cheaper models for `call`, best first: preferred models that qualify, then the same provider's,
 * then (when allowed) other first-party providers', each group by cost per call. Only candidates
 * saving at least `minSavingsPct` are returned; identical price points keep the shortest id.
 */
export function findCandidates(call: PricedCall, needs: CallNeeds, book: AdvisorBook, settings: CandidateSettings): Suggestion[] {
  if (call.costPerCall === null || call.costPerCall <= 0 || !call.catalogModel) return [];
  const current = book.lookup(call.catalogModel, call.vendor)?.model;
  if (!current) return [];
  const allowance = settings.reasoningAllowance ?? 1000;
  const preferred = new Set(settings.preferredModels);
  const byPricePoint = new Map<string, { model: PricedModel; cost: number }>();
  for (const candidate of book.models()) {
    if (rejectionOf(candidate, current, needs, !settings.allowCrossProvider && !preferred.has(candidate.id)) !== null) continue;
    const cost = candidateCost(call, current, candidate, needs, allowance);
    const key = `${candidate.provider}|${candidate.family ?? candidate.id}|${cost.toPrecision(6)}`;
    const seen = byPricePoint.get(key);
    // Dated snapshots and aliases share a price: suggest the alias (shortest id), or a preferred id.
    if (!seen || preferred.has(candidate.id) || (!preferred.has(seen.model.id) && candidate.id.length < seen.model.id.length)) {
      byPricePoint.set(key, { model: candidate, cost });
    }
  }
  const group = (m: PricedModel) => (preferred.has(m.id) ? 0 : m.provider === current.provider ? 1 : 2);
  return [...byPricePoint.values()]
    .map(({ model, cost }) => ({ model, cost, pct: (1 - cost / call.costPerCall!) * 100 }))
    .filter(c => c.pct >= settings.minSavingsPct)
    .sort((a, b) => group(a.model) - group(b.model) || a.cost - b.cost || a.model.id.localeCompare(b.model.id))
    .map(c => ({
      model: c.model.id,
      costPerCall: c.cost,
      savingsPct: Math.round(c.pct),
      reason: `${savingPct(c.pct)}: ${reasonFor(c.model, current, needs)}`,
      complexity: needs.complexity?.level ?? 'moderate',
    }));
}
