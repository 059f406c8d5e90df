// The shape every advisor rule shares: metadata and messages as data, detection in one function.
import type { CallFact, Finding, PricedCall, Severity, Suggestion } from '../../model';
import type { AdvisorBook, PricedModel } from '../book';
import type { ComplexityAssessment } from '../complexity';
import type { AnalysisSettings } from '../../estimate/settings';

export interface RuleSettings {
  enable: boolean;
  minSavingsPct: number;
  allowCrossProvider: boolean;
  preferredModels: string[];
  /** no-output-cap fires only when the uncapped worst case reaches this many times the call's estimated cost. */
  noOutputCapMinFactor: number;
  /** Extra output tokens a model that reasons on a call spends (the estimate's setting). */
  reasoningAllowance: number;
  /** Visible output assumed when a call sets no cap (the estimate's setting), when the caller has it. */
  defaultOutputTokens?: AnalysisSettings['defaultOutputTokens'];
  /** "Today", for deprecation dates (tests pin it). */
  now: Date;
}

export interface RuleContext {
  fact: CallFact;
  call: PricedCall;
  book: AdvisorBook;
  /** The catalog entry the call is priced with, null when unknown. */
  current: PricedModel | null;
  complexity: ComplexityAssessment;
  /** The downgrade the advisor settled on, if any. */
  suggestion: Suggestion | null;
  settings: RuleSettings;
}

export interface Rule<D> {
  code: string;
  severity: Severity;
  /** One line for docs and the settings UI. */
  description: string;
  /** Detection: the figures the message needs, or null when the rule does not apply. */
  check(ctx: RuleContext): D | null;
  message(data: D): string;
  /** USD saved per call when acted on. */
  savings?(data: D): number | undefined;
  /** Severity can depend on the data (e.g. a retirement date still ahead). */
  severityOf?(data: D): Severity;
}

export function runRule<D>(rule: Rule<D>, ctx: RuleContext): Finding | null {
  const data = rule.check(ctx);
  if (data === null) return null;
  const finding: Finding = {
    code: rule.code,
    severity: rule.severityOf?.(data) ?? rule.severity,
    message: rule.message(data),
    data: data as unknown as Record<string, unknown>,
  };
  const saving = rule.savings?.(data);
  if (saving !== undefined && saving > 0) finding.savingsPerCall = saving;
  return finding;
}

/** Output price share of a call in USD, null when unpriced. */
export function outputCost(call: PricedCall): number | null {
  return call.outputPricePerM === null ? null : (call.outputTokens * call.outputPricePerM) / 1_000_000;
}
