// Request options read the same way in every SDK and language: output caps, several completions, and the nested
// option objects that carry them.

/** Keys that cap the output, in order of preference when several are set. */
export const OUTPUT_CAP_KEYS = ['max_tokens', 'max_completion_tokens', 'max_output_tokens', 'maxTokens', 'maxOutputTokens', 'maxCompletionTokens',
  'max_new_tokens', 'num_predict', 'numPredict', 'maxTokenCount', 'max_gen_len', 'maxTokensToSample', 'max_tokens_to_sample'];

/**
 * Option objects nested under these keys hold the same parameters: Gemini `config` / `generationConfig`, Bedrock
 * `inferenceConfig` / `textGenerationConfig`, Ollama `options`, LangChain `modelKwargs` / `model_kwargs`,
 * Haystack `generation_kwargs`, LlamaIndex `additional_kwargs`, OpenAI `extra_body`, Hugging Face `parameters`, watsonx `params`.
 */
export const NESTED_CONFIG_KEYS = ['config', 'generationConfig', 'generation_config', 'generation_kwargs', 'inferenceConfig', 'options',
  'textGenerationConfig', 'parameters', 'params', 'modelKwargs', 'model_kwargs', 'additional_kwargs', 'extra_body', 'callOptions'];

/** Keys asking for several completions of one prompt (OpenAI-compatible `n`, Gemini, Cohere generate). */
export const COMPLETION_KEYS = ['n', 'candidateCount', 'candidate_count', 'numGenerations', 'num_generations'];
/** Legacy completions: `best_of` candidates are generated server-side and all billed (it must exceed `n`). */
export const BEST_OF_KEYS = ['best_of', 'bestOf'];

/** Providers whose requests have no completion-count parameter, or whose options are not request bodies (wrappers, agents). */
const NO_COMPLETIONS_PARAM = new Set(['anthropic', 'bedrock', 'ollama', 'vercel-ai', 'custom', 'openai-agents', 'pydantic-ai', 'unknown']);
/** OpenAI's documented upper bound for `n`; a larger number is not a completion count. */
const MAX_COMPLETIONS = 128;

export interface Count { value: number; param: string }

/**
 * Completions billed per call, when the code says a whole number in 2…128 on a chat / completion call of a provider
 * that has the parameter; for a legacy completion, `best_of` when it is larger than `n`. Output is billed per
 * completion, input once. Undefined otherwise (`n: 1`, a non-literal `n`, an unsupported provider).
 */
export function completionCount(provider: string, kind: string, n: Count | null | undefined, bestOf: Count | null | undefined): Count | undefined {
  if (NO_COMPLETIONS_PARAM.has(provider) || (kind !== 'chat' && kind !== 'completion')) return undefined;
  const count = plausible(n);
  const best = kind === 'completion' ? plausible(bestOf) : undefined;
  return best && (!count || best.value > count.value) ? best : count;
}

function plausible(hit: Count | null | undefined): Count | undefined {
  return hit && Number.isInteger(hit.value) && hit.value > 1 && hit.value <= MAX_COMPLETIONS ? hit : undefined;
}

/** Keys that bias the sampling of given tokens (OpenAI-compatible chat and completions). */
export const LOGIT_BIAS_KEYS = ['logit_bias', 'logitBias'];
/**
 * A bias this strong makes a token all but certain against ordinary logits (OpenAI: "values like -100 or 100 should
 * result in a ban or exclusive selection"): the favoured tokens are the whole vocabulary of the answer.
 */
export const FAVOURING_BIAS = 50;

export interface LogitBias {
  param: string;
  /** Tokens biased, null when the map is built at run time. */
  tokens: number | null;
  /** Tokens favoured with a bias of FAVOURING_BIAS or more (null when not all values are static). */
  favoured: number | null;
}

/**
 * The logit bias a call sets, from its entries as each extractor reads them (token id → bias, null when a value is
 * not static) and whether some entries could not be seen (a spread, a comprehension).
 */
export function logitBiasOf(param: string, entries: ReadonlyArray<[token: string, bias: number | null]>, dynamic: boolean): LogitBias {
  if (dynamic) return { param, tokens: null, favoured: null };
  const known = entries.every(([, b]) => b !== null);
  return { param, tokens: entries.length, favoured: known ? entries.filter(([, b]) => b! >= FAVOURING_BIAS).length : null };
}

/**
 * Options that make the library answer by itself, without sending the request to a model: LiteLLM's `mock_response`
 * (in the library call, or in `extra_body` through the LiteLLM proxy). Such a call is not billed, so it is not reported.
 */
export const NOT_SENT_KEYS = ['mock_response'];
/** Where those options may sit: the request itself, or the extra body an OpenAI-compatible client forwards. */
export const NOT_SENT_NESTING = ['', 'extra_body'];
