// Whose prices apply: a catalog vendor id from what the code says about a client — its base URL, the
// environment variables it reads, a provider prefix on the model id, or the model id itself.
// One table per signal, read by both the TypeScript and the Python extractor.

/** API hosts → catalog vendor id (base URLs, `fetch`/`requests` URLs, provider factories). First match wins. */
const HOSTS: Array<[RegExp, string]> = [
  [/openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com/, 'azure'],
  [/api\.openai\.com/, 'openai'],
  [/api\.anthropic\.com/, 'anthropic'],
  [/generativelanguage\.googleapis\.com/, 'gemini'],
  [/aiplatform\.googleapis\.com/, 'vertex_ai'],
  [/api\.groq\.com/, 'groq'],
  [/together\.(xyz|ai)/, 'together_ai'],
  [/deepseek\.com/, 'deepseek'],
  [/openrouter\.ai/, 'openrouter'],
  [/fireworks\.ai/, 'fireworks_ai'],
  [/api\.x\.ai/, 'xai'],
  [/api\.mistral\.ai/, 'mistral'],
  [/api\.cohere\.(ai|com)/, 'cohere'],
  [/api\.perplexity\.ai/, 'perplexity'],
  [/api\.cerebras\.ai/, 'cerebras'],
  // Ollama's port, or a host named ollama (a compose service). A bare localhost is not enough: vLLM, LM Studio and
  // llama.cpp servers listen there too.
  [/:11434\b|\/\/ollama\b/, 'ollama'],
  [/bedrock-runtime\.[a-z0-9-]+\.amazonaws\.com/, 'bedrock'],
  // Bedrock's OpenAI- and Anthropic-compatible endpoints (the region is often a placeholder).
  [/bedrock-mantle\.[a-z0-9-]*\.?api\.aws|bedrock-runtime\.[a-z0-9-]*\.?amazonaws\.com/, 'bedrock'],
  // OpenAI-compatible services the catalog does not price yet: named, so a call is never taken for OpenAI's.
  [/api\.moonshot\.(cn|ai)/, 'moonshot'],
  [/api\.minimax(i)?\.(chat|io)|api\.minimax\.chat/, 'minimax'],
  [/open\.bigmodel\.cn|api\.z\.ai/, 'zai'],
  [/api\.sambanova\.ai/, 'sambanova'],
  [/ai\.gitee\.com/, 'giteeai'],
  [/dashscope(-intl)?\.aliyuncs\.com/, 'dashscope'],
  [/(aip|qianfan)\.baidubce\.com/, 'baidu'],
  [/hunyuan(\.cloud)?\.tencent(cloudapi)?\.com/, 'tencent'],
  [/spark-api(-open)?\.xf-yun\.com/, 'iflytek'],
  [/ark\.[a-z0-9-]+\.volces\.com/, 'bytedance'],
  [/api\.siliconflow\.(cn|com)/, 'siliconflow'],
  [/api\.deepinfra\.com/, 'deepinfra'],
  [/integrate\.api\.nvidia\.com/, 'nvidia_nim'],
  [/api\.novita\.ai/, 'novita'],
  [/api\.hyperbolic\.xyz/, 'hyperbolic'],
  [/api\.studio\.nebius\.(ai|com)/, 'nebius'],
];

/**
 * A server the user runs: loopback and Docker-host addresses, and the names of local model servers (LM Studio, LocalAI,
 * vLLM, llama.cpp, text-generation-webui, KoboldCpp, TGI/TEI, Lemonade, Docker Model Runner, NVIDIA NIM) in a host, a path
 * or an env-var name, and endpoints named as "OpenAI-compatible" / "generic OpenAI" (a server the user points at). Not
 * Ollama, which the catalog lists as its own (free) vendor.
 */
const SELF_HOSTED = /\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)\b|LM_?STUDIO|LOCAL_?AI|VLLM|LLAMA_?CPP|TEXT_?GEN|KOBOLD|\bTGI\b|\bTEI\b|LEMONADE|MODEL_?RUNNER|SELF_?HOSTED|NVIDIA_?NIM|OPEN_?AI_?COMPATIBLE|GENERIC_?OPEN_?AI/i;

/**
 * Whose server an OpenAI-compatible client with a base URL talks to: the vendor of a known API host (or of an env-var
 * name that names one), `self-hosted` for a server the user runs, otherwise null — a custom base URL is never assumed
 * to be OpenAI. `resolved` is the URL as far as the code shows it; `source` the expression's text (env-var names).
 * An Anthropic client keeps its vendor unless the host is a known one (see anthropicBaseUrlVendor).
 */
export function vendorOfBaseUrl(resolved: string, source: string, clientVendor: string | null, related = ''): string | null {
  const byHost = vendorFromUrl(resolved);
  if (byHost) return byHost;
  // `related`: the client's other options (an api key read from LOCAL_AI_API_KEY names the server too).
  if (SELF_HOSTED.test(resolved) || SELF_HOSTED.test(source) || SELF_HOSTED.test(related)) return 'self-hosted';
  const byEnv = vendorFromEnvName(source);
  if (byEnv) return byEnv;
  // `OPENAI_BASE_URL` / `OPENAI_API_BASE`: the client's own vendor behind a proxy the user sets.
  return /OPENAI/i.test(source) ? clientVendor : null;
}

/** An Anthropic SDK client with a base URL: the known API host's vendor (Bedrock's Anthropic endpoint), else Anthropic. */
export function anthropicBaseUrlVendor(resolved: string, clientVendor: string | null): string | null {
  return vendorFromUrl(resolved) ?? clientVendor;
}

/** The vendor of an API URL (or any text holding one), null when the host is not a known API. */
export function vendorFromUrl(url: string): string | null {
  for (const [re, v] of HOSTS) if (re.test(url)) return v;
  return null;
}

/** Hints in env-var names (`GROQ_API_KEY`, `DEEPSEEK_BASE_URL`) when the base URL itself is not written. */
const ENV_HINTS: Array<[RegExp, string]> = [
  [/GROQ/i, 'groq'], [/DEEPSEEK/i, 'deepseek'], [/OPENROUTER/i, 'openrouter'], [/TOGETHER/i, 'together_ai'],
  [/FIREWORKS/i, 'fireworks_ai'], [/XAI|GROK/i, 'xai'], [/MISTRAL/i, 'mistral'], [/OLLAMA/i, 'ollama'], [/AZURE/i, 'azure'],
  [/PERPLEXITY|PPLX/i, 'perplexity'], [/CEREBRAS/i, 'cerebras'],
];

export function vendorFromEnvName(text: string): string | null {
  for (const [re, v] of ENV_HINTS) if (re.test(text)) return v;
  return null;
}

/**
 * Provider names as gateways and routers spell them — LiteLLM (`groq/…`), OpenRouter / AI gateway (`openai/…`),
 * LangChain `init_chat_model` / `initChatModel` (`google_genai:…`), pydantic-ai (`google-gla:…`), Vercel registries.
 */
const PREFIXES: Record<string, string> = {
  openai: 'openai', azure: 'azure', azure_openai: 'azure', anthropic: 'anthropic',
  google: 'gemini', gemini: 'gemini', google_genai: 'gemini', 'google-gla': 'gemini',
  vertex: 'vertex_ai', vertex_ai: 'vertex_ai', google_vertexai: 'vertex_ai', 'google-vertex': 'vertex_ai',
  bedrock: 'bedrock', bedrock_converse: 'bedrock', mistral: 'mistral', mistralai: 'mistral', cohere: 'cohere', groq: 'groq',
  together: 'together_ai', together_ai: 'together_ai', deepseek: 'deepseek', xai: 'xai', openrouter: 'openrouter',
  fireworks: 'fireworks_ai', fireworks_ai: 'fireworks_ai', ollama: 'ollama', ollama_chat: 'ollama', perplexity: 'perplexity',
  cerebras: 'cerebras',
};

/** A provider name (`groq`, `google_genai`, `google-gla`) → catalog vendor id. */
export function vendorFromPrefix(prefix: string): string | null {
  return PREFIXES[prefix.toLowerCase()] ?? null;
}

/**
 * A name that is a provider's own (`Moonshot`, `DeepSeek`, `XAI` — an app's per-provider constants or classes) → its
 * catalog vendor id: a provider name as gateways spell it, or a vendor id of a known API host.
 */
export function vendorFromName(name: string): string | null {
  // `OpenaiPath`, `DeepSeekApi`: a suffix that says what the constant is, not whose.
  const key = name.replace(/(Paths?|Api|Urls?|Config|Endpoints?)$/, '').toLowerCase().replace(/[^a-z0-9_-]/g, '');
  if (!key) return null;
  return vendorFromPrefix(key) ?? (HOSTS.some(([, v]) => v === key) ? key : null);
}

/** `openai/gpt-4o`, `groq:llama-3…`: the vendor named before the first `/` or `:`, if it is a provider name. */
export function vendorFromModelPrefix(model: string): string | null {
  const m = /^([a-z0-9_-]+)[/:]/i.exec(model);
  return m ? vendorFromPrefix(m[1]!) : null;
}

/** Bedrock model ids: `anthropic.claude-…`, `meta.llama3-…`, cross-region `us.anthropic.claude-…`, `global.…`. */
const BEDROCK_ID = /^((us|eu|apac|us-gov|global)\.)?(anthropic|amazon|meta|cohere|ai21|mistral|deepseek|writer|qwen|openai|twelvelabs|stability)\.[a-z]/;

/** Model ids by their family name, in order (the first match wins). */
const ID_FAMILIES: Array<[RegExp, string]> = [
  [BEDROCK_ID, 'bedrock'],
  // Google's own embedding ids start like OpenAI's.
  [/^(text-embedding-00\d|text-multilingual-embedding|gemini|models\/gemini|gemma)/, 'gemini'],
  [/^(gpt|o\d|chatgpt|text-embedding|dall-e|whisper|tts-|davinci|babbage|omni-moderation|computer-use)/, 'openai'],
  [/^claude/, 'anthropic'],
  [/^(mistral|codestral|open-mistral|open-mixtral|ministral|pixtral|magistral|devstral)/, 'mistral'],
  [/^(command|embed-(english|multilingual|v4)|rerank)/, 'cohere'],
  [/^deepseek/, 'deepseek'],
  [/^grok/, 'xai'],
];

/** A best guess of whose model an id names, for calls whose client does not say (routers, wrappers, unseen clients). */
export function vendorFromModelId(model: string | null | undefined): string | null {
  if (!model) return null;
  const prefixed = vendorFromModelPrefix(model);
  if (prefixed) return prefixed;
  const m = model.toLowerCase();
  for (const [re, v] of ID_FAMILIES) if (re.test(m)) return v;
  return null;
}
