// A chat call with no static output cap: the reply can be as long as the model allows.
import type { CallFact } from '../../model';
import type { Rule } from './rule';
import { outputCost } from './rule';
import { formatTokens as tokens, formatMoney as usd } from '../../../shared/format';
import { isSchemaConstrained } from '../../estimate/estimate';

interface Data { param: string; assumedOutputTokens: number; outputCostPerCall: number | null; maxOutput: number | null; worstCasePerCall: number | null }

/** The parameter that caps output, by SDK family and language. */
export function capParam(fact: CallFact): string {
  const py = fact.language === 'python';
  switch (fact.provider) {
    case 'openai': case 'azure-openai':
      return /responses/.test(fact.api) ? 'max_output_tokens' : 'max_completion_tokens';
    case 'google': return py ? 'max_output_tokens' : 'maxOutputTokens';
    case 'vercel-ai': return 'maxOutputTokens';
    case 'langchain': return py ? 'max_tokens' : 'maxTokens';
    case 'cohere': case 'mistral': return py ? 'max_tokens' : 'maxTokens';
    default: return 'max_tokens';
  }
}

export const noOutputCap: Rule<Data> = {
  code: 'no-output-cap',
  severity: 'information',
  description: 'A chat call sets no output cap and no response schema, and its uncapped output could at least double its cost.',
  check({ fact, call, current, settings }) {
    if (fact.kind !== 'chat' && fact.kind !== 'completion') return null;
    if (fact.maxOutputTokens !== null) return null;
    // A reply shaped by a response schema is bounded by the schema, not by a cap.
    if (isSchemaConstrained(fact)) return null;
    // Without a price (model not resolved or unknown) there is no share to weigh: the unknown-model finding speaks.
    if (call.outputPricePerM === null) return null;
    const maxOutput = current?.maxOutput ?? null;
    // Every completion (`n`, `candidateCount`…) may run to the model's limit.
    const completions = fact.features.completions?.value ?? 1;
    const worst = maxOutput !== null && call.outputPricePerM !== null ? (maxOutput * completions * call.outputPricePerM) / 1_000_000 : null;
    // Worth a finding only where the uncapped output could cost a meaningful share: the call's worst case must reach
    // `noOutputCapMinFactor` × its estimated cost (default 2: the worst case at least doubles the call). A priced
    // model whose output limit is unknown cannot be bounded, so it is reported.
    const assumedOutput = outputCost(call);
    if (worst !== null && call.costPerCall !== null && assumedOutput !== null && call.costPerCall > 0) {
      const worstCall = call.costPerCall - assumedOutput + worst;
      if (worstCall < settings.noOutputCapMinFactor * call.costPerCall) return null;
    }
    return { param: capParam(fact), assumedOutputTokens: call.outputTokens, outputCostPerCall: outputCost(call), maxOutput, worstCasePerCall: worst };
  },
  message: d => {
    const assumed = d.outputCostPerCall !== null ? `assumed ${tokens(d.assumedOutputTokens)} tokens = ${usd(d.outputCostPerCall)}` : `assumed ${tokens(d.assumedOutputTokens)} tokens`;
    const worst = d.worstCasePerCall !== null && d.maxOutput !== null ? `, up to ${usd(d.worstCasePerCall)} at ${tokens(d.maxOutput)}` : '';
    return `No output cap: output cost is unbounded (${assumed}${worst}). Set ${d.param}.`;
  },
};
