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
];

export function mayContainCalls(text: string, extraNames: string[] = []): boolean {
  const lower = text.length > 200_000 ? text.slice(0, 200_000).toLowerCase() + text.slice(200_000).toLowerCase() : text.toLowerCase();
  for (const h of SDK_HINTS) if (lower.includes(h)) return true;
  for (const n of extraNames) if (n && text.includes(n)) return true;
  return false;
}
