// Several completions per request: OpenAI-compatible `n`, Gemini `candidate_count`, Cohere `num_generations`.
// Output is billed for every completion, so the estimate multiplies it; read only where the code says a number.

/** Keyword / config keys asking for several completions of one prompt. */
export const completionKeys = ['n', 'candidate_count', 'candidateCount', 'num_generations'];

/** Families whose requests have no such parameter, or whose keyword arguments are not request options. */
const noCompletionsParam = new Set(['anthropic', 'bedrock', 'ollama', 'custom', 'openai-agents', 'pydantic-ai', 'unknown']);

/** OpenAI's documented upper bound for `n`; a larger number is not a completion count. */
const maxCompletions = 128;

/** Legacy completions: `best_of` candidates are generated server-side and all billed (it must exceed `n`). */
export const bestOfKeys = ['best_of'];

type Count = { value: number; param: string };

/**
 * The completion count when it applies: a whole number in 2…128 on a chat/completion call of a family that has
 * the parameter; for a legacy completion, `best_of` when it is larger than `n`.
 */
export function completionCount(provider: string, kind: string, n: Count | null, bestOf: Count | null): Count | undefined {
  if (noCompletionsParam.has(provider) || (kind !== 'chat' && kind !== 'completion')) return undefined;
  const count = plausible(n);
  const best = kind === 'completion' ? plausible(bestOf) : undefined;
  return best && (!count || best.value > count.value) ? best : count;
}

function plausible(hit: Count | null): Count | undefined {
  return hit && Number.isInteger(hit.value) && hit.value > 1 && hit.value <= maxCompletions ? hit : undefined;
}
