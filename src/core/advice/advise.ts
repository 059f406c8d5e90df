// The advisor's entry point for one call: complexity verdict → downgrade suggestion (simple prompts
// only) → findings from every rule.
import type { CallFact, Finding, PricedCall, Suggestion } from '../model';
import type { AdviceSettings, AnalysisSettings } from '../estimate/settings';
import type { AdvisorBook, PricedModel } from './book';
import { assessComplexity, type ComplexityAssessment } from './complexity';
import { findCandidates, type CallNeeds } from './candidates';
import { runRules, type RuleSettings } from './rules';

/** Either the whole analysis settings or just their `advice` part, plus optional knobs for tests. */
export type AdviseSettings = (AnalysisSettings | (Partial<AdviceSettings> & { reasoningAllowance?: number })) & { now?: Date };

export function ruleSettings(s: AdviseSettings | undefined): RuleSettings {
  const advice: Partial<AdviceSettings> = s && 'advice' in s ? s.advice : (s ?? {});
  return {
    enable: advice.enable ?? true,
    minSavingsPct: advice.minSavingsPct ?? 30,
    allowCrossProvider: advice.allowCrossProvider ?? false,
    preferredModels: advice.preferredModels ?? [],
    reasoningAllowance: s?.reasoningAllowance ?? 1000,
    now: s?.now ?? new Date(),
  };
}

/** What a replacement model must offer to take this call. */
export function needsOf(fact: CallFact, call: PricedCall, complexity?: ComplexityAssessment): CallNeeds {
  return {
    tools: fact.features.tools,
    vision: fact.features.vision,
    jsonMode: fact.features.jsonMode,
    inputTokens: call.inputTokens,
    outputTokens: call.outputTokens,
    maxOutputCap: fact.maxOutputTokens?.value,
    complexity,
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
  return findCandidates(call, needsOf(fact, call, complexity), book, s);
}

export function adviseCall(fact: CallFact, call: PricedCall, book: AdvisorBook, settings?: AdviseSettings): { suggestion: Suggestion | null; findings: Finding[]; complexity: ComplexityAssessment } {
  const s = ruleSettings(settings);
  const complexity = assessComplexity(fact, call.inputTokens);
  let suggestion: Suggestion | null = null;
  // Only a simple prompt earns an unprompted downgrade; moderate ones get alternatives on request, complex never.
  if (s.enable && complexity.level === 'simple' && fact.kind === 'chat') {
    suggestion = findCandidates(call, needsOf(fact, call, complexity), book, s)[0] ?? null;
  }
  const findings = runRules({ fact, call, book, current: currentModel(call, book), complexity, suggestion, settings: s });
  return { suggestion, findings, complexity };
}
