// Output tokens as the model bills them: the visible reply, plus hidden reasoning only when the model reasons by
// default or the call asks for it, all of it within the call's cap (Anthropic's max_tokens includes thinking,
// OpenAI's max_completion_tokens includes reasoning, Gemini's maxOutputTokens includes thoughts), times the
// completions asked for. The same function prices the call's own model and every model it is compared with, so a
// comparison keeps the cap, the completions and the reasoning setting of the call.
import type { CallFact } from '../model';
import type { PricedModel } from './prices';
import type { AnalysisSettings } from './settings';
import { formatTokens } from '../../shared/format';
import { schemaOutputTokens } from '../schema/outputSize';

export type OutputSettings = Pick<AnalysisSettings, 'defaultOutputTokens' | 'reasoningAllowance'>;
export type OutputEstimate = { tokens: number; source: string; assumptions: string[]; reasoningTokens: number };

/** Share of the reasoning allowance per `reasoning_effort` (a judgement: `high` thinks about twice as long as `medium`). */
export const EFFORT_SCALE: Readonly<Record<string, number>> = { none: 0, minimal: 0.25, low: 0.5, medium: 1, high: 2, xhigh: 3 };

interface Reasoning { tokens: number; why: string }

/** Hidden reasoning tokens for one completion, or null when the model does not reason on this call. */
export function reasoningFor(fact: CallFact, model: PricedModel | null, allowance: number): Reasoning | null {
  const { reasoningEffort: effort, thinkingBudget: budget } = fact.features;
  if (budget !== undefined) {
    if (budget === 0) return null; // thinking switched off (Gemini thinkingBudget: 0)
    if (budget < 0) return { tokens: allowance, why: `${formatTokens(allowance)} reasoning allowance (dynamic thinking budget)` };
    const tokens = Math.min(allowance, budget);
    return { tokens, why: `${formatTokens(tokens)} reasoning allowance (thinking budget ${formatTokens(budget)})` };
  }
  if (effort !== undefined) {
    const scale = EFFORT_SCALE[effort.toLowerCase()] ?? 1;
    if (scale === 0) return null;
    const tokens = Math.round(allowance * scale);
    return { tokens, why: `${formatTokens(tokens)} reasoning allowance (reasoning_effort "${effort}": ${scale} × ${formatTokens(allowance)})` };
  }
  if (model?.capabilities?.reasoningByDefault === true) {
    return { tokens: allowance, why: `${formatTokens(allowance)} reasoning allowance (${model.id} reasons by default)` };
  }
  return null;
}

/** The hover's line for a call asking for several completions. */
export function completionsAssumption(n: { value: number; param: string }): string {
  return `${n.value} completions per call (${n.param}: ${n.value}): output counted ${n.value}×, input once`;
}

/** Billed output of one call on `model`: one completion's estimate times the completions (the input is billed once). */
export function estimateOutput(fact: CallFact, model: PricedModel | null, settings: OutputSettings): OutputEstimate {
  const one = estimateOneCompletion(fact, model, settings);
  const n = fact.features.completions;
  if (!n || n.value <= 1 || one.tokens === 0) return one;
  return {
    tokens: one.tokens * n.value,
    reasoningTokens: one.reasoningTokens * n.value,
    source: `${one.source}, × ${n.value} completions (${n.param})`,
    assumptions: [...one.assumptions, completionsAssumption(n)],
  };
}

function estimateOneCompletion(fact: CallFact, model: PricedModel | null, settings: OutputSettings): OutputEstimate {
  if (fact.kind === 'embedding') return { tokens: 0, reasoningTokens: 0, source: 'embeddings produce no output tokens', assumptions: [] };
  const kind = fact.kind === 'chat' || fact.kind === 'completion' ? fact.kind : 'other';
  const structured = structuredOutput(fact);
  const base = structured?.tokens ?? settings.defaultOutputTokens[kind];
  const reasoning = reasoningFor(fact, model, settings.reasoningAllowance);
  const guess = base + (reasoning?.tokens ?? 0);
  const baseWhy = structured ? `response schema: ${structured.basis}` : `default ${base} for ${kind}`;
  const why = reasoning ? `${baseWhy} + ${reasoning.why}` : baseWhy;
  const cap = fact.maxOutputTokens;
  if (cap && cap.value <= guess) {
    const within = reasoning ? ' (reasoning included: it counts toward the cap)' : '';
    return {
      tokens: cap.value,
      reasoningTokens: reasoning ? Math.min(reasoning.tokens, cap.value) : 0,
      source: `${cap.param}: ${cap.value}${reasoning ? ', reasoning included' : ''}`,
      assumptions: [`output at most ${cap.param} = ${cap.value}, assumed fully used${within}`],
    };
  }
  const reasoningTokens = reasoning?.tokens ?? 0;
  if (cap) {
    return { tokens: guess, reasoningTokens, source: `${why} (under ${cap.param} ${cap.value})`, assumptions: [`output assumed ${guess} tokens (${why}); ${cap.param} caps it at ${cap.value}`] };
  }
  if (structured) {
    return { tokens: guess, reasoningTokens, source: `response schema, ${structured.fields} field${structured.fields > 1 ? 's' : ''}${reasoning ? ' + reasoning' : ''}`, assumptions: [`output assumed ${guess} tokens (${why})`] };
  }
  return { tokens: guess, reasoningTokens, source: `${why}, no cap`, assumptions: [`output assumed ${guess} tokens (${why}); the call sets no cap`] };
}

/** A reply shaped by a response schema the code states: its size follows from the schema's fields. */
function structuredOutput(fact: CallFact): { tokens: number; fields: number; basis: string } | null {
  if (fact.kind !== 'chat' && fact.kind !== 'completion') return null;
  const schema = fact.prompt.filter(p => p.role === 'schema' && p.text).map(p => p.text).join('\n');
  if (!schema) return null;
  const instructions = fact.prompt.filter(p => p.role === 'system' || p.role === 'user').map(p => p.text).join('\n');
  return schemaOutputTokens(schema, instructions);
}

/** The call's output is shaped by a response schema it states (a schema part, even one the code does not show). */
export function isSchemaConstrained(fact: CallFact): boolean {
  return fact.prompt.some(p => p.role === 'schema');
}
