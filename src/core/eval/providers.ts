// promptfoo provider ids and provider configs for our catalog's vendors. Each vendor family spells the call's output
// cap, temperature and response format its own way in promptfoo (read from promptfoo 0.123's providers).
import type { YamlValue } from './yaml';

/** What the call sets, carried to both providers so the comparison is like with like. */
export interface ProviderParams {
  maxTokens?: number;
  /** The parameter name the code used (`max_completion_tokens` keeps that spelling for OpenAI). */
  maxTokensParam?: string;
  temperature?: number;
  json: boolean;
  schema?: { [key: string]: YamlValue };
}

export interface PromptfooProvider {
  id: string;
  config: Record<string, YamlValue>;
  /** What this provider cannot carry over from the call. */
  notes: string[];
}

type Family = 'openai' | 'anthropic' | 'google' | 'ollama' | 'plain';

/** Our catalog provider id → promptfoo's id prefix and how its config is spelled. */
const VENDORS: Record<string, { prefix: string; family: Family }> = {
  openai: { prefix: 'openai:chat:', family: 'openai' },
  azure: { prefix: 'azure:chat:', family: 'openai' },
  groq: { prefix: 'groq:', family: 'openai' },
  together_ai: { prefix: 'togetherai:', family: 'openai' },
  deepseek: { prefix: 'deepseek:', family: 'openai' },
  xai: { prefix: 'xai:', family: 'openai' },
  openrouter: { prefix: 'openrouter:', family: 'openai' },
  fireworks_ai: { prefix: 'fireworks:', family: 'openai' },
  mistral: { prefix: 'mistral:', family: 'openai' },
  anthropic: { prefix: 'anthropic:messages:', family: 'anthropic' },
  gemini: { prefix: 'google:', family: 'google' },
  vertex_ai: { prefix: 'vertex:', family: 'google' },
  ollama: { prefix: 'ollama:chat:', family: 'ollama' },
  bedrock: { prefix: 'bedrock:', family: 'plain' },
  cohere: { prefix: 'cohere:', family: 'plain' },
};

/** OpenAI reasoning models take `max_completion_tokens` (promptfoo drops `max_tokens` for them). */
const OPENAI_REASONING = /^(o\d|gpt-5)/;

/** The promptfoo provider for `model` at `vendor`, or null when promptfoo has none for that vendor. */
export function promptfooProvider(vendor: string | null, model: string, params: ProviderParams, api: string): PromptfooProvider | null {
  const v = vendor ? VENDORS[vendor] : undefined;
  if (!v) return null;
  const bare = model.startsWith(`${vendor}/`) ? model.slice(vendor!.length + 1) : model;
  let prefix = v.prefix;
  if (vendor === 'openai' && /^responses\./.test(api)) prefix = 'openai:responses:';
  const config: Record<string, YamlValue> = {};
  const notes: string[] = [];
  const { maxTokens, temperature } = params;
  switch (v.family) {
    case 'openai': {
      if (maxTokens !== undefined) {
        const key = prefix === 'openai:responses:' ? 'max_output_tokens'
          : params.maxTokensParam === 'max_completion_tokens' || (vendor === 'openai' && OPENAI_REASONING.test(bare)) ? 'max_completion_tokens' : 'max_tokens';
        config[key] = maxTokens;
      }
      if (temperature !== undefined) config.temperature = temperature;
      if (params.json) {
        config.response_format = params.schema
          ? { type: 'json_schema', json_schema: { name: 'response', schema: params.schema } }
          : { type: 'json_object' };
      }
      break;
    }
    case 'anthropic':
      // The Messages API requires max_tokens; promptfoo fills its own default when the call has none.
      if (maxTokens !== undefined) config.max_tokens = maxTokens;
      if (temperature !== undefined) config.temperature = temperature;
      if (params.json) notes.push('Anthropic models have no JSON response format: only the is-json assertion checks it');
      break;
    case 'google':
      if (maxTokens !== undefined) config.maxOutputTokens = maxTokens;
      if (temperature !== undefined) config.temperature = temperature;
      if (params.json) config.generationConfig = { response_mime_type: 'application/json' };
      if (params.schema) config.responseSchema = params.schema;
      break;
    case 'ollama':
      if (maxTokens !== undefined) config.num_predict = maxTokens;
      if (temperature !== undefined) config.temperature = temperature;
      if (params.json) config.format = 'json';
      break;
    case 'plain':
      if (maxTokens !== undefined) config.max_tokens = maxTokens;
      if (temperature !== undefined) config.temperature = temperature;
      if (params.json) notes.push(`${vendor}: the JSON response format is not carried over; only the is-json assertion checks it`);
      break;
  }
  return { id: prefix + bare, config, notes };
}
