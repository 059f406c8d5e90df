// Agent loops. A loop that appends each reply and tool result to its messages re-sends the whole, growing history
// at every step, so its input grows with the square of the steps. How many steps: the cap the code writes — an SDK
// option (`maxSteps`, AI SDK 5 `stopWhen: stepCountIs(n)`, `max_iterations`, `max_turns`) or the bound of the loop
// around the call (`for (let i = 0; i < 8; i++)`, `for _ in range(8)`, `while step < 8`) — else a stated default.
import type { AgentLoop } from '../../model';

/** Options that cap the steps of a loop the SDK runs for one call (AI SDK, LangChain agents, OpenAI Agents). */
export const STEP_CAP_KEYS = ['maxSteps', 'max_steps', 'maxIterations', 'max_iterations', 'maxTurns', 'max_turns'];
/** Stop conditions written as a step count (AI SDK 5 `stopWhen: stepCountIs(n)`), and the option that holds them. */
export const STEP_COUNT_CALLS = ['stepCountIs'];
export const STOP_WHEN_KEYS = ['stopWhen', 'stop_when'];
/** Agent runners: every call runs the model in a loop (tools or handoffs the call site may not show). */
const AGENT_RUNNER_PROVIDERS = new Set(['openai-agents', 'mastra', 'pydantic-ai']);
/** The call runs an agent loop whatever tools are visible: an agent framework, or an agent object's method. */
export function isAgentRunner(provider: string, api: string): boolean {
  return AGENT_RUNNER_PROVIDERS.has(provider) || /(^|\.)agent\.|AgentExecutor|^Runner\./.test(api);
}
/** Steps assumed for a growing loop whose cap the code does not show. */
export const DEFAULT_LOOP_STEPS = 10;
/** A bound above this is not read as a step count (a batch size, a retry budget in ms…). */
const MAX_LOOP_STEPS = 200;

/**
 * The loop of a call, from the cap the code writes (`param` names it: `maxSteps`, `stopWhen: stepCountIs(5)`,
 * `for bound`); a missing or implausible cap prices DEFAULT_LOOP_STEPS and says so.
 */
export function agentLoop(runBy: AgentLoop['runBy'], cap: { value: number; param: string } | null | undefined): AgentLoop {
  if (cap && Number.isInteger(cap.value) && cap.value >= 1 && cap.value <= MAX_LOOP_STEPS) {
    return { runBy, steps: cap.value, source: cap.param.includes('(') ? cap.param : `${cap.param}: ${cap.value}` };
  }
  return { runBy, steps: DEFAULT_LOOP_STEPS, source: 'default' };
}

/** Steps of a counting loop from its bound: `i < n` runs n times from 0, `i <= n` n + 1; `range(a, b)` b − a. */
export function stepsFromBound(from: number, bound: number, inclusive: boolean): number | null {
  const steps = bound - from + (inclusive ? 1 : 0);
  return Number.isInteger(steps) && steps >= 1 ? steps : null;
}

/**
 * The loop of one chat call. `sdkCap`: a step-cap option on the call (it runs a loop only with tools to call, or in
 * an agent runner); `growing`: the call sits in a loop of the code that appends to its messages, with `bound` the
 * steps that loop's condition allows (null: not readable).
 */
export function callLoop(c: {
  sdkCap: { value: number; param: string } | null; tools: boolean; agentRunner: boolean; growing: boolean; bound: number | null;
}): AgentLoop | undefined {
  if (c.sdkCap && (c.tools || c.agentRunner)) return agentLoop('sdk', c.sdkCap);
  if (c.growing) return agentLoop('code', c.bound === null ? null : { value: c.bound, param: 'loop bound' });
  return undefined;
}
