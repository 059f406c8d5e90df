// A cheap text test run before parsing: a file that names no LLM SDK, framework or model API cannot hold
// a call site, so it is not parsed at all (~530 MB/s against ~10 MB/s for a parse).

// Lower-case substrings. Words that are also ordinary English or other APIs ("together", "coherent", WebGL's
// "vertexAttribPointer", "converse") are spelled the way only SDK code spells them, so prose and unrelated code
// stay unparsed.
const SDK_HINTS = [
  'openai', 'anthropic', 'genai', 'generative-ai', 'generativeai', 'mistral', 'groq', 'ollama',
  'cohere-ai', 'cohere.', 'cohere/', 'cohereclient', 'import cohere', 'from cohere', "'cohere'", '"cohere"',
  'together-ai', 'together_ai', 'togetherai', 'import together', 'from together', 'new together(', '= together(',
  'bedrock', 'langchain', 'litellm', 'llama_index', 'llamaindex', '@ai-sdk', "from 'ai'", 'from "ai"', "require('ai')",
  'require("ai")', 'deepseek', 'openrouter', 'fireworks', 'x.ai', 'vertexai', 'vertex_ai', 'vertex-ai', 'google-vertex',
  // Distinctive API paths, for clients injected or imported from the app's own modules.
  'chat.completions', 'completions.create', 'messages.create', 'messages.stream', 'responses.create', 'embeddings.create',
  'generate_content', 'generatecontent', '.converse(', '.converse_stream(', 'conversecommand', 'conversestreamcommand',
  // Agent and structured-output frameworks that may name no provider in the file.
  'from agents import', '@openai/agents', 'pydantic_ai', 'haystack', 'instructor', 'mastra',
  // Model SDKs that name no provider above: Hugging Face inference, Voyage, Azure AI Inference, CrewAI.
  'huggingface_hub', '@huggingface/inference', 'voyageai', 'azure.ai.inference', '@azure-rest/ai-inference', 'crewai',
  // IBM watsonx.ai, xAI's SDK, DSPy, Semantic Kernel, Vertex AI's prediction client, legacy Azure OpenAI.
  'ibm_watsonx_ai', 'ibm_watson_machine_learning', '@ibm-cloud/watsonx-ai', 'xai_sdk', 'import dspy', 'from dspy',
  'semantic_kernel', 'aiplatform', '@azure/openai',
  // Model API hosts and native paths that a raw HTTP client names (Gemini REST, Baidu Qianfan, Alibaba DashScope,
  // Tencent Hunyuan).
  'generativelanguage.googleapis', 'baidubce.com', 'wenxinworkshop', 'dashscope', 'hunyuan',
];

export function mayContainCalls(text: string, extraNames: string[] = []): boolean {
  const lower = text.length > 200_000 ? text.slice(0, 200_000).toLowerCase() + text.slice(200_000).toLowerCase() : text.toLowerCase();
  for (const h of SDK_HINTS) if (lower.includes(h)) return true;
  for (const n of extraNames) if (n && text.includes(n)) return true;
  return false;
}

const PY_IMPORTS = /^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import\b|import[ \t]+([\w.]+))/gm;
const JS_IMPORTS = /\bfrom[ \t]*['"]([^'"\n]+)['"]|\brequire\([ \t]*['"]([^'"\n]+)['"][ \t]*\)|\bimport\([ \t]*['"]([^'"\n]+)['"][ \t]*\)/g;
/** More imports than this in a file that names no SDK: only the first are followed. */
const MAX_FOLLOWED = 40;

/**
 * The modules a file imports, as written (`app.components.llm`, `.llm`, `@/lib/ai`, `../clients`): for a file that
 * names no SDK itself, the pre-filter asks whether one of them does (a model factory, a client singleton, an
 * app component handing out models). Relative / aliased JS specifiers only; Python's all, the resolver decides.
 */
export function importedModules(text: string, python: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(python ? PY_IMPORTS : JS_IMPORTS)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec || (!python && !/^(\.|\/|[@~#]\/)/.test(spec))) continue;
    out.push(spec);
    if (out.length >= MAX_FOLLOWED) break;
  }
  return out;
}

/**
 * The pre-filter for a file in a workspace: it names an SDK, or a module it imports does (one level: a factory, a
 * client singleton, a component handing out models). `holds(specifier)` answers for one imported module.
 */
export function mayContainCallsVia(text: string, python: boolean, names: string[], holds: (specifier: string) => boolean): boolean {
  return mayContainCalls(text, names) || importedModules(text, python).some(holds);
}
