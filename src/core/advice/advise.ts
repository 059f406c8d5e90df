// The advisor's entry point for one call: complexity verdict → downgrade suggestion (simple prompts
// only) → findings from every rule.
import type { CallFact, Finding, PricedCall, Suggestion } from '../model';
import type { AdviceSettings, AnalysisSettings } from '../estimate/settings';
import { tierRank, type AdvisorBook, type PricedModel } from './book';
import { assessComplexity, type ComplexityAssessment } from './complexity';
import { findCandidates, needsOf, outputSettingsOf } from './candidates';
import { reasoningFor } from '../estimate/output';

export { needsOf } from './candidates';
import { runRules, type RuleSettings } from './rules';
import { newerSameTier, serviceTier } from './no-downgrade';

/** Either the whole analysis settings or just their `advice` part, plus optional knobs for tests. */
export type AdviseSettings = (AnalysisSettings | (Partial<AdviceSettings> & { reasoningAllowance?: number })) & { now?: Date };

export function ruleSettings(s: AdviseSettings | undefined): RuleSettings {
  const advice: Partial<AdviceSettings> = s && 'advice' in s ? s.advice : (s ?? {});
  return {
    enable: advice.enable ?? true,
    minSavingsPct: advice.minSavingsPct ?? 30,
    allowCrossProvider: advice.allowCrossProvider ?? false,
    preferredModels: advice.preferredModels ?? [],
    noOutputCapMinFactor: advice.noOutputCapMinFactor ?? 2,
    reasoningAllowance: s?.reasoningAllowance ?? 1000,
    ...(s && 'defaultOutputTokens' in s ? { defaultOutputTokens: s.defaultOutputTokens } : {}),
    now: s?.now ?? new Date(),
  };
}

function currentModel(call: PricedCall, book: AdvisorBook): PricedModel | null {
  return call.catalogModel ? book.lookup(call.catalogModel, call.vendor)?.model ?? null : null;
}

/**
 * Cheaper alternatives for a call on request (the "show alternatives" command), best first. Unlike
 * `adviseCall` this lists candidates for moderate and complex prompts too; their reason says so.
 */
export function alternativesFor(fact: CallFact, call: PricedCall, book: AdvisorBook, settings?: AdviseSettings): Suggestion[] {
  const s = ruleSettings(settings);
  const complexity = assessComplexity(fact, call.inputTokens);
  const needs = needsOf(fact, call, complexity);
  const current = currentModel(call, book);
  const newer = current && fact.kind === 'chat' ? newerSameTier(fact, call, needs, book, current, s, complexity) : null;
  return [...(newer ? [newer] : []), ...findCandidates(call, needs, book, s)].sort((a, b) => a.costPerCall - b.costPerCall);
}

/**
 * The unprompted suggestion steps down ONE tier where it can (large → medium/small rather than → nano): a smaller
 * jump is less likely to be a wrong downgrade, which costs more than it saves. A preferred model still wins, and
 * within the chosen tier the cheapest comes first (the candidates arrive sorted by cost). The full list stays
 * available through `alternativesFor`.
 */
function conservativePick(candidates: Suggestion[], book: AdvisorBook, vendor: string | null, preferred: string[], answersDirectly?: (id: string) => boolean): Suggestion | null {
  if (candidates.length === 0) return null;
  if (preferred.includes(candidates[0].model)) return candidates[0];
  // A model that reasons on this call bills hidden thinking (and makes the caller wait for it) on a task the current
  // model answers directly: then its replacement should answer directly too, where the catalog has one.
  const direct = answersDirectly ? candidates.filter(c => answersDirectly(c.model)) : [];
  if (direct.length) candidates = direct;
  let best = candidates[0];
  let bestRank = tierRank(book.lookup(best.model, vendor)?.model.tier);
  for (const c of candidates.slice(1)) {
    const rank = tierRank(book.lookup(c.model, vendor)?.model.tier);
    if (rank > bestRank) { best = c; bestRank = rank; }
  }
  return best;
}

/**
 * Why the advisor offers nothing, in a few words: the panel shows it in the empty Cheaper column. The checks follow
 * adviseCall's own order: advice off, a call that is not a chat, a model without a price, a prompt not simple enough
 * for an unprompted downgrade, and else no cheaper model that has what the call needs.
 */
function noSuggestionReason(fact: CallFact, call: PricedCall, current: PricedModel | null, complexity: ComplexityAssessment, enabled: boolean): string {
  if (!enabled) return 'advice off';
  if (fact.kind !== 'chat') return `${fact.kind} call`;
  if (!current) return call.model === null ? 'model not resolved' : 'model unknown';
  if (complexity.level !== 'simple') return `task not simple (${complexity.level})`;
  return 'no cheaper model fits';
}

export function adviseCall(fact: CallFact, call: PricedCall, book: AdvisorBook, settings?: AdviseSettings): { suggestion: Suggestion | null; findings: Finding[]; complexity: ComplexityAssessment; noSuggestion?: string } {
  const s = ruleSettings(settings);
  const complexity = assessComplexity(fact, call.inputTokens);
  const current = currentModel(call, book);
  const options: Suggestion[] = [];
  if (s.enable && fact.kind === 'chat') {
    const needs = needsOf(fact, call, complexity);
    // Only a simple prompt earns an unprompted downgrade; moderate ones get alternatives on request, complex never.
    if (complexity.level === 'simple') {
      const reasons = (m: PricedModel | null) => reasoningFor(fact, m, outputSettingsOf(s).reasoningAllowance) !== null;
      const answersDirectly = reasons(current) ? undefined : (id: string) => !reasons(book.lookup(id, call.vendor)?.model ?? null);
      const down = conservativePick(findCandidates(call, needs, book, s), book, call.vendor, s.preferredModels, answersDirectly);
      if (down) options.push(down);
    }
    // No step down in size: offered whatever the verdict.
    if (current) {
      const newer = newerSameTier(fact, call, needs, book, current, s, complexity);
      const tier = serviceTier(fact, call, needs, current, complexity);
      if (newer) options.push(newer);
      if (tier) options.push(tier);
    }
  }
  // Ranked together by cost per call: the biggest like-with-like saving leads.
  const suggestion = options.sort((a, b) => a.costPerCall - b.costPerCall)[0] ?? null;
  const findings = runRules({ fact, call, book, current, complexity, suggestion, settings: s });
  if (suggestion) return { suggestion, findings, complexity };
  return { suggestion, findings, complexity, noSuggestion: noSuggestionReason(fact, call, current, complexity, s.enable) };
}
