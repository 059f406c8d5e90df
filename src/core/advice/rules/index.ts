// Every advisor rule, in the order its findings are listed.
import type { Finding } from '../../model';
import type { Rule, RuleContext } from './rule';
import { runRule } from './rule';
import { unknownModel } from './unknown-model';
import { contextOverflow } from './context-overflow';
import { deprecatedModel } from './deprecated-model';
import { cheaperModel } from './cheaper-model';
import { noOutputCap } from './no-output-cap';
import { promptCaching } from './prompt-caching';
import { batchApi } from './batch-api';
import { callInLoop } from './call-in-loop';
import { lowerReasoningEffort } from './lower-effort';
import { observedModelDiffers } from './observed-model-differs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: ReadonlyArray<Rule<any>> = [
  unknownModel, observedModelDiffers, contextOverflow, deprecatedModel, cheaperModel, lowerReasoningEffort, noOutputCap, promptCaching, batchApi, callInLoop,
];

export function runRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const f = runRule(rule, ctx);
    if (f) findings.push(f);
  }
  return findings;
}

export type { Rule, RuleContext, RuleSettings } from './rule';
export { capParam } from './no-output-cap';
export { looksLikeScript } from './batch-api';
export { staticPrefix } from './prompt-caching';
