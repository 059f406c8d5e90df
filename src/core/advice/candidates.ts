// Cheaper models that can do what a call needs. A candidate must be a smaller tier than the current
// model, have every capability the call uses, fit the prompt and the output in its context window,
// be current (not deprecated) and of the same mode. Candidates are priced like with like: the SAME input
// tokens, rescaled by the candidate's tokenizer ratio against the current one, and the output the same call would
// be billed on the candidate (same cap, same completions, same reasoning setting; see estimate/output.ts).
import type { CallFact, PricedCall, Suggestion } from '../model';
import { costOf } from '../estimate/estimate';
import { cacheOn } from '../estimate/caching';
import { estimateOutput, reasoningFor, type OutputSettings } from '../estimate/output';
import { defaultSettings } from '../estimate/settings';
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
  /** The call as written: a candidate's output is estimated from it. Without it the candidate keeps `outputTokens`. */
  fact?: CallFact;
}

export interface CandidateSettings {
  allowCrossProvider: boolean;
  preferredModels: string[];
  minSavingsPct: number;
  /** Extra output tokens a model that reasons on this call spends (default 1000). */
  reasoningAllowance?: number;
  /** Visible output assumed when the call sets no cap (the estimate's setting). */
  defaultOutputTokens?: OutputSettings['defaultOutputTokens'];
}

/** The output knobs of a comparison: the estimate's own, so both sides of it are counted alike. */
export function outputSettingsOf(s: { reasoningAllowance?: number; defaultOutputTokens?: OutputSettings['defaultOutputTokens'] }): OutputSettings {
  const d = defaultSettings();
  return { reasoningAllowance: s.reasoningAllowance ?? d.reasoningAllowance, defaultOutputTokens: s.defaultOutputTokens ?? d.defaultOutputTokens };
}

/** What a replacement model must offer to take this call. */
export function needsOf(fact: CallFact, call: PricedCall, complexity?: ComplexityAssessment): CallNeeds {
  return {
    tools: fact.features.tools,
    vision: fact.features.vision,
    jsonMode: fact.features.jsonMode,
    inputTokens: call.inputTokens,
    outputTokens: call.outputTokens,
    completions: fact.features.completions?.value ?? 1,
    maxOutputCap: fact.maxOutputTokens?.value,
    complexity,
    fact,
  };
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

/** Why `candidate` cannot take this call whatever its size: not current, specialised, or missing what the call uses. */
export function fitRejection(candidate: PricedModel, current: PricedModel, needs: CallNeeds): string | null {
  if ((candidate.mode ?? 'chat') !== (current.mode ?? 'chat')) return `mode ${candidate.mode}`;
  if (candidate.deprecated) return 'deprecated';
  // A successor on a live model marks it as superseded: suggest the newer one instead.
  if (candidate.successor) return `superseded by ${candidate.successor}`;
  if (SPECIALISED_ID.test(candidate.id)) return 'specialised variant';
  for (const c of CAPABILITIES) {
    if (needs[c.need] && candidate.capabilities?.[c.has] !== true) return `no ${c.label}`;
  }
  if (candidate.contextWindow === undefined) return 'context window unknown';
  if (needs.inputTokens + needs.outputTokens / (needs.completions ?? 1) > candidate.contextWindow) return 'context window too small';
  if (needs.maxOutputCap !== undefined && candidate.maxOutput !== undefined && needs.maxOutputCap > candidate.maxOutput) return `max output ${candidate.maxOutput} below the cap`;
  return null;
}

/** Why `candidate` cannot replace `current` for this call as a smaller model, or null when it can. */
export function rejectionOf(candidate: PricedModel, current: PricedModel, needs: CallNeeds, sameProviderOnly: boolean): string | null {
  if (candidate.id === current.id) return 'same model';
  if (sameProviderOnly ? candidate.provider !== current.provider
    : candidate.provider !== current.provider && !FIRST_PARTY_PROVIDERS.has(candidate.provider)) return 'other provider';
  const rank = tierRank(candidate.tier);
  const currentRank = tierRank(current.tier);
  if (rank < 0 || currentRank < 0) return 'no tier in the catalog';
  if (rank >= currentRank) return `tier ${candidate.tier} is not below ${current.tier}`;
  return fitRejection(candidate, current, needs);
}

/**
 * Why a candidate that reasons on this call cannot take it: a cap no larger than its reasoning would be spent on
 * thinking and leave no answer (the cap includes reasoning). Null when it fits or does not reason.
 */
export function reasoningRejection(candidate: PricedModel, needs: CallNeeds, settings: OutputSettings): string | null {
  const cap = needs.fact?.maxOutputTokens;
  if (!cap || !needs.fact) return null;
  const reasoning = reasoningFor(needs.fact, candidate, settings.reasoningAllowance);
  return reasoning && cap.value <= reasoning.tokens ? `reasons on this call: ${cap.param} ${cap.value} leaves no room for an answer` : null;
}

/** Tokens of the call re-expressed for another model's tokenizer. */
export function rescaleTokens(n: number, fromRatio: number, to: PricedModel): number {
  const toRatio = to.tokenizer?.exact ? 1 : (to.tokenizer?.ratio ?? 1);
  return Math.round((n / (fromRatio || 1)) * toRatio);
}

/** Cost per call of `candidate` for the same work as `call`: same input, and the output the same call bills there. */
export function candidateCost(call: PricedCall, candidate: PricedModel, needs: CallNeeds, settings: OutputSettings): number {
  const input = rescaleTokens(needs.inputTokens, call.tokenRatio, candidate);
  const output = needs.fact ? estimateOutput(needs.fact, candidate, settings).tokens : needs.outputTokens;
  // Like with like: the same prompt-cache use, where the other model caches the same way.
  return costOf(candidate, input, output, cacheOn(candidate, call.promptCache, input));
}

/** The candidate's side of the evidence: its tier, the capabilities it keeps, the context it fits. */
function candidateEvidence(candidate: PricedModel, current: PricedModel, needs: CallNeeds): string[] {
  const out: string[] = [];
  const caps = CAPABILITIES.filter(c => needs[c.need]).map(c => c.label);
  out.push(`${candidate.id} is ${candidate.tier} tier vs ${current.tier}${caps.length ? `, supports ${caps.join(', ')}` : ''}`);
  out.push(`context ${fmtTokens(candidate.contextWindow ?? 0)} fits ${fmtTokens(needs.inputTokens + needs.outputTokens / (needs.completions ?? 1))} tokens`);
  if (candidate.provider !== current.provider) out.push(`other provider (${candidate.provider}): check the SDK call`);
  return out;
}

/**
 * The advice as a hypothesis: on a simple verdict, the two strongest facts it rests on; otherwise the
 * verdict itself, since the user asked for alternatives on a prompt that did not earn one.
 */
export function downgradeReason(model: string, complexity: ComplexityAssessment | undefined): string {
  if (complexity?.level === 'simple' && complexity.evidence.length) {
    return `Likely fine on ${model}: ${complexity.evidence.slice(0, 2).join(', ')}. Verify before switching.`;
  }
  const level = complexity?.level ?? 'moderate';
  const why = (complexity?.reasons ?? []).filter(r => /\(\+\d+\)$/.test(r)).slice(0, 2).map(r => r.replace(/ \(\+\d+\)$/, ''));
  return `On request: the prompt looks ${level}${why.length ? ` (${why.join(', ')})` : ''}; ${model} may fall short. Test the quality before switching.`;
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
  const output = outputSettingsOf(settings);
  const preferred = new Set(settings.preferredModels);
  const byPricePoint = new Map<string, { model: PricedModel; cost: number }>();
  for (const candidate of book.models()) {
    if (rejectionOf(candidate, current, needs, !settings.allowCrossProvider && !preferred.has(candidate.id)) !== null) continue;
    if (reasoningRejection(candidate, needs, output) !== null) continue;
    const cost = candidateCost(call, candidate, needs, output);
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
      kind: 'downgrade' as const,
      model: c.model.id,
      costPerCall: c.cost,
      savingsPct: Math.round(c.pct),
      reason: downgradeReason(c.model.id, needs.complexity),
      complexity: needs.complexity?.level ?? 'moderate',
      evidence: [...(needs.complexity?.level === 'simple' ? needs.complexity.evidence : (needs.complexity?.reasons ?? [])), `${savingPct(c.pct)} per call`, ...candidateEvidence(c.model, current, needs)],
    }));
}
