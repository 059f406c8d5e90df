// What each LLM package exports and which of its methods send a request. Data, not logic.
import type { CallKind } from '../../model';
import { LANGCHAIN_MODEL_CLASSES } from '../policy';

/** The request shape a client family speaks. */
export type Family =
  | 'openai'            // OpenAI and every OpenAI-compatible SDK (Groq, Together): chat.completions / responses / embeddings…
  | 'anthropic'         // messages.*
  | 'google-genai'      // @google/genai: ai.models.generateContent
  | 'google-generative' // @google/generative-ai / @google-cloud/vertexai: getGenerativeModel(...)
  | 'mistral'           // @mistralai/mistralai v1: chat.complete
  | 'mistral-legacy'    // @mistralai/mistralai v0 (default MistralClient): client.chat({...})
  | 'cohere'            // cohere-ai: chat / chatStream / embed
  | 'ollama'            // ollama: chat / generate / embed
  | 'bedrock'           // @aws-sdk/client-bedrock-runtime: client.send(new ConverseCommand(...))
  | 'bedrock-agg'       // BedrockRuntime aggregated client: client.converse({...})
  | 'llamaindex'        // LlamaIndex.TS LLM classes: llm.chat({ messages }) / llm.complete({ prompt }), model on the object
  | 'openai-v3'         // openai v3 (`new OpenAIApi(new Configuration(...))`): createChatCompletion({...})
  | 'azure-openai-legacy' // @azure/openai v1 OpenAIClient: getChatCompletions(deployment, messages, options)
  | 'watsonx'           // @ibm-cloud/watsonx-ai WatsonXAI.newInstance(...): textChat({ modelId, messages })
  | 'vertex-prediction'; // @google-cloud/aiplatform PredictionServiceClient: predict({ endpoint, instances })

export interface ClientClass { family: Family; provider: string; vendor: string | null }

const openai: ClientClass = { family: 'openai', provider: 'openai', vendor: 'openai' };
const azure: ClientClass = { family: 'openai', provider: 'azure-openai', vendor: 'azure' };
const anthropic: ClientClass = { family: 'anthropic', provider: 'anthropic', vendor: 'anthropic' };

function li(vendor: string): ClientClass { return { family: 'llamaindex', provider: 'llamaindex', vendor }; }

/** module → export name ('default' for the default export) → client class constructed with `new`. */
export const CLIENT_CLASSES: Record<string, Record<string, ClientClass>> = {
  openai: { default: openai, OpenAI: openai, AzureOpenAI: azure, OpenAIApi: { ...openai, family: 'openai-v3' } },
  '@anthropic-ai/sdk': { default: anthropic, Anthropic: anthropic },
  '@anthropic-ai/bedrock-sdk': { default: { ...anthropic, vendor: 'bedrock' }, AnthropicBedrock: { ...anthropic, vendor: 'bedrock' } },
  '@anthropic-ai/vertex-sdk': { default: { ...anthropic, vendor: 'vertex_ai' }, AnthropicVertex: { ...anthropic, vendor: 'vertex_ai' } },
  '@google/genai': { GoogleGenAI: { family: 'google-genai', provider: 'google', vendor: 'gemini' } },
  '@google/generative-ai': { GoogleGenerativeAI: { family: 'google-generative', provider: 'google', vendor: 'gemini' } },
  '@google-cloud/vertexai': { VertexAI: { family: 'google-generative', provider: 'google', vendor: 'vertex_ai' } },
  '@mistralai/mistralai': { Mistral: { family: 'mistral', provider: 'mistral', vendor: 'mistral' }, default: { family: 'mistral-legacy', provider: 'mistral', vendor: 'mistral' } },
  'cohere-ai': {
    CohereClient: { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
    CohereClientV2: { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
  },
  'groq-sdk': { default: { family: 'openai', provider: 'groq', vendor: 'groq' }, Groq: { family: 'openai', provider: 'groq', vendor: 'groq' } },
  'together-ai': { default: { family: 'openai', provider: 'together', vendor: 'together_ai' }, Together: { family: 'openai', provider: 'together', vendor: 'together_ai' } },
  ollama: { Ollama: { family: 'ollama', provider: 'ollama', vendor: 'ollama' } },
  'ollama/browser': { Ollama: { family: 'ollama', provider: 'ollama', vendor: 'ollama' } },
  llamaindex: {
    OpenAI: li('openai'), Anthropic: li('anthropic'), Ollama: li('ollama'), Groq: li('groq'), Gemini: li('gemini'), MistralAI: li('mistral'),
    DeepSeekLLM: li('deepseek'), OpenAIEmbedding: li('openai'),
  },
  '@llamaindex/openai': { OpenAI: li('openai'), OpenAIEmbedding: li('openai'), OpenAIResponses: li('openai') },
  '@llamaindex/anthropic': { Anthropic: li('anthropic') },
  '@llamaindex/ollama': { Ollama: li('ollama'), OllamaEmbedding: li('ollama') },
  '@llamaindex/groq': { Groq: li('groq') },
  '@llamaindex/google': { Gemini: li('gemini'), GeminiEmbedding: li('gemini') },
  '@llamaindex/mistral': { MistralAI: li('mistral'), MistralAIEmbedding: li('mistral') },
  '@azure/openai': { OpenAIClient: { family: 'azure-openai-legacy', provider: 'azure-openai', vendor: 'azure' } },
  // Built with the static `WatsonXAI.newInstance({ version, serviceUrl })` (see STATIC_FACTORIES).
  '@ibm-cloud/watsonx-ai': { WatsonXAI: { family: 'watsonx', provider: 'watsonx', vendor: 'watsonx' } },
  '@google-cloud/aiplatform': {
    PredictionServiceClient: { family: 'vertex-prediction', provider: 'google', vendor: 'vertex_ai' },
  },
  '@aws-sdk/client-bedrock-runtime': {
    BedrockRuntimeClient: { family: 'bedrock', provider: 'bedrock', vendor: 'bedrock' },
    BedrockRuntime: { family: 'bedrock-agg', provider: 'bedrock', vendor: 'bedrock' },
  },
};

/** Static members that build a client of their class: `WatsonXAI.newInstance({...})`. */
export const STATIC_FACTORIES = new Set(['newInstance']);

/** Modules whose default export (or the whole CJS module) is already a client instance. */
export const INSTANCE_MODULES: Record<string, ClientClass> = {
  ollama: { family: 'ollama', provider: 'ollama', vendor: 'ollama' },
  'ollama/browser': { family: 'ollama', provider: 'ollama', vendor: 'ollama' },
  'cohere-ai': { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
};

export interface MethodSpec { kind: CallKind; streaming?: boolean }

const chat: MethodSpec = { kind: 'chat' };
const chatStream: MethodSpec = { kind: 'chat', streaming: true };
const embedding: MethodSpec = { kind: 'embedding' };

/** family → method path (as written after the client) → what it sends. */
export const METHODS: Record<Family | 'generative-model' | 'chat-session', Record<string, MethodSpec>> = {
  openai: {
    'chat.completions.create': chat, 'chat.completions.stream': chatStream, 'chat.completions.parse': chat, 'chat.completions.runTools': chat,
    'beta.chat.completions.create': chat, 'beta.chat.completions.stream': chatStream, 'beta.chat.completions.parse': chat, 'beta.chat.completions.runTools': chat,
    'responses.create': chat, 'responses.stream': chatStream, 'responses.parse': chat,
    'completions.create': { kind: 'completion' },
    'embeddings.create': embedding,
    'images.generate': { kind: 'image' }, 'images.edit': { kind: 'image' }, 'images.createVariation': { kind: 'image' }, 'images.create': { kind: 'image' },
    'audio.transcriptions.create': { kind: 'audio' }, 'audio.translations.create': { kind: 'audio' }, 'audio.speech.create': { kind: 'audio' },
  },
  llamaindex: {
    chat, complete: { kind: 'completion' },
    // query / chat engines built from an index (`index.asQueryEngine().query({ query })`) run on Settings.llm.
    query: chat,
    getTextEmbedding: embedding, getTextEmbeddings: embedding, getQueryEmbedding: embedding, getTextEmbeddingsBatch: embedding,
  },
  'openai-v3': {
    createChatCompletion: chat, createCompletion: { kind: 'completion' }, createEmbedding: embedding, createImage: { kind: 'image' },
  },
  anthropic: {
    'messages.create': chat, 'messages.stream': chatStream, 'messages.parse': chat,
    'beta.messages.create': chat, 'beta.messages.stream': chatStream, 'beta.messages.parse': chat, 'beta.messages.toolRunner': chat,
    'completions.create': { kind: 'completion' },
  },
  'google-genai': {
    'models.generateContent': chat, 'models.generateContentStream': chatStream, 'models.embedContent': embedding, 'models.generateImages': { kind: 'image' },
    'models.editImage': { kind: 'image' }, 'models.upscaleImage': { kind: 'image' },
  },
  'google-generative': {},
  'generative-model': {
    generateContent: chat, generateContentStream: chatStream, embedContent: embedding, batchEmbedContents: embedding,
  },
  'chat-session': { sendMessage: chat, sendMessageStream: chatStream },
  mistral: {
    'chat.complete': chat, 'chat.stream': chatStream, 'chat.parse': chat,
    'fim.complete': { kind: 'completion' }, 'fim.stream': { kind: 'completion', streaming: true },
    'embeddings.create': embedding,
  },
  'mistral-legacy': { chat, chatStream, embeddings: embedding, completion: { kind: 'completion' } },
  cohere: {
    chat, chatStream, embed: embedding, generate: { kind: 'completion' }, generateStream: { kind: 'completion', streaming: true }, rerank: { kind: 'rerank' },
    'v2.chat': chat, 'v2.chatStream': chatStream, 'v2.embed': embedding,
  },
  ollama: { chat, generate: { kind: 'completion' }, embed: embedding, embeddings: embedding },
  bedrock: {},
  'azure-openai-legacy': {
    getChatCompletions: chat, streamChatCompletions: chatStream,
    getCompletions: { kind: 'completion' }, streamCompletions: { kind: 'completion', streaming: true },
    getEmbeddings: embedding, getImages: { kind: 'image' },
    getAudioTranscription: { kind: 'audio' }, getAudioTranslation: { kind: 'audio' }, generateSpeechFromText: { kind: 'audio' },
  },
  watsonx: {
    textChat: chat, textChatStream: chatStream,
    generateText: { kind: 'completion' }, generateTextStream: { kind: 'completion', streaming: true },
    embedText: embedding, textRerank: { kind: 'rerank' },
  },
  'vertex-prediction': { predict: chat, rawPredict: chat, generateContent: chat, streamGenerateContent: chatStream },
  'bedrock-agg': {
    converse: chat, converseStream: chatStream, invokeModel: chat, invokeModelWithResponseStream: chatStream,
  },
};

/** openai v3 method → the v4 method that sends the same request (same options). */
export const OPENAI_V3_EQUIVALENT: Record<string, string> = {
  createChatCompletion: 'chat.completions.create', createCompletion: 'completions.create', createEmbedding: 'embeddings.create', createImage: 'images.generate',
};

/** @aws-sdk/client-bedrock-runtime command classes → api name (as boto3 spells it) and whether it streams. */
export const BEDROCK_COMMANDS: Record<string, { api: string; streaming: boolean }> = {
  ConverseCommand: { api: 'converse', streaming: false },
  ConverseStreamCommand: { api: 'converseStream', streaming: true },
  InvokeModelCommand: { api: 'invokeModel', streaming: false },
  InvokeModelWithResponseStreamCommand: { api: 'invokeModelWithResponseStream', streaming: true },
};

/** Vercel AI SDK functions exported by 'ai'. */
export const VERCEL_FUNCTIONS: Record<string, { kind: CallKind; streaming: boolean; json?: boolean }> = {
  generateText: { kind: 'chat', streaming: false },
  streamText: { kind: 'chat', streaming: true },
  generateObject: { kind: 'chat', streaming: false, json: true },
  streamObject: { kind: 'chat', streaming: true, json: true },
  embed: { kind: 'embedding', streaming: false },
  embedMany: { kind: 'embedding', streaming: false },
  generateImage: { kind: 'image', streaming: false },
  experimental_generateImage: { kind: 'image', streaming: false },
};

/** Vercel AI SDK provider packages → vendor. */
export const VERCEL_PROVIDERS: Record<string, string | null> = {
  '@ai-sdk/openai': 'openai', '@ai-sdk/anthropic': 'anthropic', '@ai-sdk/google': 'gemini', '@ai-sdk/google-vertex': 'vertex_ai',
  '@ai-sdk/google-vertex/anthropic': 'vertex_ai',
  '@ai-sdk/mistral': 'mistral', '@ai-sdk/amazon-bedrock': 'bedrock', '@ai-sdk/azure': 'azure', '@ai-sdk/groq': 'groq',
  '@ai-sdk/togetherai': 'together_ai', '@ai-sdk/deepseek': 'deepseek', '@ai-sdk/xai': 'xai', '@ai-sdk/cohere': 'cohere',
  '@ai-sdk/fireworks': 'fireworks_ai', '@ai-sdk/perplexity': 'perplexity', '@ai-sdk/cerebras': 'cerebras',
  '@openrouter/ai-sdk-provider': 'openrouter', 'ollama-ai-provider': 'ollama', 'ollama-ai-provider-v2': 'ollama',
  '@ai-sdk/openai-compatible': null,
  // The AI Gateway serves every provider's models; the vendor is the id's prefix (`anthropic/claude-…`).
  '@ai-sdk/gateway': null,
};

/** Members of a Vercel provider that build a model, and the kind of model. */
export const VERCEL_MODEL_MEMBERS: Record<string, CallKind> = {
  chat: 'chat', responses: 'chat', languageModel: 'chat', completion: 'completion', messages: 'chat',
  embedding: 'embedding', textEmbedding: 'embedding', textEmbeddingModel: 'embedding',
  image: 'image', imageModel: 'image',
};

export interface LangChainClass { vendor: string | null; kind: CallKind; modelKeys: string[] }

/** Options that name the model beyond `model` / `modelName` (Azure deployments). */
const LC_MODEL_KEYS: Record<string, string[]> = {
  AzureChatOpenAI: ['azureOpenAIApiDeploymentName', 'deploymentName'], AzureOpenAI: ['azureOpenAIApiDeploymentName', 'deploymentName'],
  AzureOpenAIEmbeddings: ['azureOpenAIApiDeploymentName', 'deploymentName'],
};

/** LangChain JS model classes (from @langchain/* or langchain/*) → vendor and kind (policy/langchain.ts) and the options that name the model. */
export const LANGCHAIN_CLASSES: Record<string, LangChainClass> = Object.fromEntries(Object.entries(LANGCHAIN_MODEL_CLASSES)
  .map(([name, c]) => [name, { ...c, modelKeys: ['model', 'modelName', ...(LC_MODEL_KEYS[name] ?? [])] }]));

/** LangChain abstract model types a parameter may be annotated with (vendor unknown). */
export const LANGCHAIN_BASE_TYPES = new Set(['BaseChatModel', 'BaseLanguageModel', 'BaseLLM', 'BaseLanguageModelInterface', 'Embeddings', 'EmbeddingsInterface']);

export function isLangChainModule(m: string): boolean {
  return m.startsWith('@langchain/') || m === 'langchain' || m.startsWith('langchain/');
}

export const LANGCHAIN_CALL_METHODS: Record<string, { streaming: boolean }> = {
  invoke: { streaming: false }, stream: { streaming: true }, batch: { streaming: false },
  call: { streaming: false }, predict: { streaming: false }, predictMessages: { streaming: false },
};
export const LANGCHAIN_EMBED_METHODS = new Set(['embedDocuments', 'embedQuery']);

/** Every package whose import makes a file worth analysing. */
/** Class names a JSDoc type can give a client or model (`@type {OpenAI}`, `@param {ChatOpenAI} llm`). */
export const CLIENT_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(CLIENT_CLASSES).flatMap(m => Object.keys(m).filter(k => k !== 'default')),
  ...Object.keys(LANGCHAIN_CLASSES), ...LANGCHAIN_BASE_TYPES,
]);

export function isLlmModule(m: string): boolean {
  return m in CLIENT_CLASSES || m in INSTANCE_MODULES || m === 'ai' || m.startsWith('@openai/agents') || m.startsWith('@mastra/core') || m in VERCEL_PROVIDERS || m.startsWith('@ai-sdk/') || isLangChainModule(m);
}
