// Output tokens as the model bills them: the visible reply, plus hidden reasoning only when the model reasons by
// default or the call asks for it, all of it within the call's cap (Anthropic's max_tokens includes thinking,
// OpenAI's max_completion_tokens includes reasoning, Gemini's maxOutputTokens includes thoughts), times the
// completions asked for. The same function prices the call's own model and every model it is compared with, so a
// comparison keeps the cap, the completions and the reasoning setting of the call.
import type { CallFact } from '../model';
import type { PricedModel } from './prices';
import type { AnalysisSettings } from './settings';
import { formatTokens } from '../../shared/format';
import { schemaOutputTokens, type SchemaOutput } from '../schema/outputSize';
import { forcedToolDefinition, toolDefinitions } from '../schema/tools';

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
  const baseWhy = structured ? `${structured.what}: ${structured.basis}` : `default ${base} for ${kind}`;
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
    return { tokens: guess, reasoningTokens, source: `${structured.what}, ${structured.fields} field${structured.fields > 1 ? 's' : ''}${reasoning ? ' + reasoning' : ''}`, assumptions: [`output assumed ${guess} tokens (${why})`] };
  }
  return { tokens: guess, reasoningTokens, source: `${why}, no cap`, assumptions: [`output assumed ${guess} tokens (${why}); the call sets no cap`] };
}

/**
 * A reply shaped by a response schema the code states, or by the one tool the call forces (the reply is that tool's
 * arguments): its size follows from the schema's fields. `what` names the source for the hover.
 */
function structuredOutput(fact: CallFact): (SchemaOutput & { what: string }) | null {
  if (fact.kind !== 'chat' && fact.kind !== 'completion') return null;
  const instructions = fact.prompt.filter(p => p.role === 'system' || p.role === 'user').map(p => p.text).join('\n');
  const forced = fact.features.forcedTool;
  if (forced) {
    const tool = forcedToolOutput(fact, forced.name, instructions);
    if (tool) return tool;
  }
  const schema = fact.prompt.filter(p => p.role === 'schema' && p.text).map(p => p.text).join('\n');
  if (!schema) return null;
  const out = schemaOutputTokens(schema, instructions);
  return out ? { ...out, what: 'response schema' } : null;
}

/**
 * The forced tool's arguments, sized from its parameter schema; a length stated in the tool's description ("a title
 * in 2–5 words") counts like one stated in the prompt. "Some tool" among several: the dearest of them.
 */
function forcedToolOutput(fact: CallFact, name: string | null, instructions: string): (SchemaOutput & { what: string }) | null {
  const text = fact.prompt.filter(p => p.role === 'tools' && p.text).map(p => p.text).join('\n');
  if (!text) return null;
  const one = forcedToolDefinition(text, name);
  const candidates = one ? [one] : name === null ? toolDefinitions(text) : [];
  let best: (SchemaOutput & { what: string }) | null = null;
  for (const t of candidates) {
    const out = schemaOutputTokens(t.schema, [t.description, instructions].filter(Boolean).join('\n'), 'tool description and prompt');
    if (out && (!best || out.tokens > best.tokens)) best = { ...out, what: candidates.length > 1 ? `forced tool call, the dearest of ${candidates.length} tools (${t.name})` : `forced tool ${t.name}` };
  }
  return best;
}

/** The call's output is shaped by a response schema it states (a schema part, even one the code does not show) or a tool it forces. */
export function isSchemaConstrained(fact: CallFact): boolean {
  return fact.prompt.some(p => p.role === 'schema') || !!fact.features.forcedTool;
}
