// Agent loops priced from their step cap (see facts/policy/loop.ts for how the cap is found). Each step appends the
// model's reply and one new message (a tool result or the next turn: one placeholder) to the messages, and the next
// step re-sends them all, so N steps send N × the prompt plus growth × N(N−1)/2 tokens of history.
import type { AgentLoop } from '../model';
import { formatTokens } from '../../shared/format';

export interface LoopInput {
  /** Input tokens of the call with the loop's history (a code loop: one average step; an SDK loop: all steps). */
  tokens: number;
  /** Tokens the loop adds to one step's input, for the breakdown. */
  added: number;
  assumption: string;
}

/** History tokens re-sent over `steps` steps that each add `growth`: 0 + growth + … + growth × (steps − 1). */
export function historyOverSteps(steps: number, growth: number): number {
  return (growth * steps * (steps - 1)) / 2;
}

/**
 * `once`: the input of one step without history; `reply`: the visible reply a step appends; `turn`: the message the
 * code or SDK adds after it (a tool result, the next user turn). A loop the code runs is priced per call at its
 * average step; a loop the SDK runs is one call of all its steps.
 */
export function loopInput(loop: AgentLoop, once: number, reply: number, turn: number): LoopInput {
  const growth = reply + turn;
  const history = historyOverSteps(loop.steps, growth);
  const cap = loop.source === 'default' ? `${loop.steps} steps assumed (default: no step cap in the code)` : `${loop.steps} steps (${loop.source})`;
  const grows = `the messages grow by ~${formatTokens(growth)} tokens a step (reply ${formatTokens(reply)} + ${formatTokens(turn)} for a tool result or turn)`;
  if (loop.runBy === 'code') {
    const added = Math.round(history / loop.steps);
    const run = Math.round(once * loop.steps + history);
    return {
      tokens: once + added,
      added,
      assumption: `agent loop, ${cap}: ${grows}; priced at the average step (+${formatTokens(added)} tokens of history); one run of the loop sends ≈${formatTokens(run)} input tokens in all`,
    };
  }
  const tokens = Math.round(once * loop.steps + history);
  return {
    tokens,
    added: tokens - once,
    assumption: `agent loop run by the SDK, ${cap}, all priced: each step re-sends the prompt and a history that ${grows.replace('the messages grow', 'grows')}; ${loop.steps} × ${formatTokens(once)} + ${formatTokens(Math.round(history))} = ${formatTokens(tokens)} input tokens, output × ${loop.steps}`,
  };
}
