// The prompt (or prompt + output cap) does not fit the model's context window: the call will fail.
import type { Rule } from './rule';
import { formatTokens as tokens } from '../../../shared/format';

interface Data { model: string; inputTokens: number; outputCap: number | null; contextWindow: number; exact: boolean }

export const contextOverflow: Rule<Data> = {
  code: 'context-overflow',
  severity: 'warning',
  description: "The prompt is larger than the model's context window.",
  check({ fact, call, current }) {
    const window = current?.contextWindow;
    if (!current || !window) return null;
    const cap = fact.maxOutputTokens?.value ?? null;
    if (call.inputTokens <= window && (cap === null || call.inputTokens + cap <= window)) return null;
    return { model: current.id, inputTokens: call.inputTokens, outputCap: cap, contextWindow: window, exact: call.inputTokensExact };
  },
  message: d => {
    const size = `${d.exact ? '' : '≈ '}${tokens(d.inputTokens)}`;
    return d.inputTokens > d.contextWindow
      ? `Prompt of ${size} tokens exceeds ${d.model}'s ${tokens(d.contextWindow)} context window: the call will fail.`
      : `Prompt of ${size} tokens + output cap ${tokens(d.outputCap ?? 0)} exceed ${d.model}'s ${tokens(d.contextWindow)} context window.`;
  },
};
