// What the Python LLM SDKs look like: client classes, the methods that send a request, and
// which vendor's prices apply. Data only; objects.ts and calls.ts read it.
import type { CallKind } from '../../model';
import { LANGCHAIN_MODEL_CLASSES } from '../policy';

/** The request shape a client speaks (Groq and Together speak OpenAI's). */
export type Family =
  | 'openai' | 'anthropic' | 'genai' | 'genai-legacy' | 'mistral' | 'mistral-legacy' | 'cohere'
  | 'ollama' | 'bedrock' | 'litellm' | 'langchain' | 'llamaindex' | 'pydantic-ai' | 'haystack' | 'openai-agents'
  | 'huggingface' | 'voyage' | 'azure-inference' | 'crewai' | 'watsonx' | 'xai' | 'dspy' | 'semantic-kernel'
  | 'semantic-kernel-agent' | 'vertex-models' | 'vertex-prediction' | 'smolagents';

export interface ApiSpec {
  kind: CallKind;
  streaming?: boolean;
}

const chat: ApiSpec = { kind: 'chat' };
const chatStream: ApiSpec = { kind: 'chat', streaming: true };
const completion: ApiSpec = { kind: 'completion' };
const completionStream: ApiSpec = { kind: 'completion', streaming: true };
const embedding: ApiSpec = { kind: 'embedding' };

/** Method paths (after the client object) that send a request, per family and object role. */
export const clientApis: Record<Family, Record<string, ApiSpec>> = {
  openai: {
    'chat.completions.create': chat,
    'chat.completions.parse': chat,
    'chat.completions.stream': chatStream,
    'beta.chat.completions.parse': chat,
    'beta.chat.completions.stream': chatStream,
    'responses.create': chat,
    'responses.parse': chat,
    'responses.stream': chatStream,
    'completions.create': completion,
    'embeddings.create': embedding,
    'images.generate': { kind: 'image' },
    'images.edit': { kind: 'image' },
    'audio.speech.create': { kind: 'audio' },
    'audio.transcriptions.create': { kind: 'audio' },
    // openai < 1.0 module-level API, still common in older apps
    'ChatCompletion.create': chat,
    'ChatCompletion.acreate': chat,
    'Completion.create': completion,
    'Embedding.create': embedding,
  },
  anthropic: {
    'messages.create': chat,
    'messages.stream': chatStream,
    'messages.parse': chat,
    'beta.messages.create': chat,
    'beta.messages.stream': chatStream,
    'beta.messages.parse': chat,
    'completions.create': completion,
  },
  genai: {
    'models.generate_content': chat,
    'models.generate_content_stream': chatStream,
    'models.embed_content': embedding,
    'models.generate_images': { kind: 'image' },
    'models.edit_image': { kind: 'image' },
    'models.upscale_image': { kind: 'image' },
  },
  'genai-legacy': {
    generate_content: chat,
    generate_content_async: chat,
    embed_content: embedding,
  },
  mistral: {
    'chat.complete': chat,
    'chat.complete_async': chat,
    'chat.stream': chatStream,
    'chat.stream_async': chatStream,
    'chat.parse': chat,
    'fim.complete': completion,
    'fim.complete_async': completion,
    'fim.stream': completionStream,
    'embeddings.create': embedding,
    'embeddings.create_async': embedding,
  },
  'mistral-legacy': {
    chat,
    chat_stream: chatStream,
    embeddings: embedding,
  },
  cohere: {
    chat,
    chat_stream: chatStream,
    embed: embedding,
    rerank: { kind: 'rerank' },
    generate: completion,
  },
  ollama: {
    chat,
    generate: completion,
    embed: embedding,
    embeddings: embedding,
  },
  bedrock: {
    converse: chat,
    converse_stream: chatStream,
    invoke_model: chat,
    invoke_model_with_response_stream: chatStream,
  },
  litellm: {
    completion: chat,
    acompletion: chat,
    text_completion: completion,
    atext_completion: completion,
    embedding,
    aembedding: embedding,
  },
  langchain: {
    invoke: chat,
    ainvoke: chat,
    stream: chatStream,
    astream: chatStream,
    astream_events: chatStream,
    batch: chat,
    abatch: chat,
    predict: chat,
    apredict: chat,
    run: chat,
    arun: chat,
  },
  llamaindex: {
    complete: completion,
    acomplete: completion,
    stream_complete: completionStream,
    astream_complete: completionStream,
    chat,
    achat: chat,
    stream_chat: chatStream,
    astream_chat: chatStream,
    // LLM helpers that format a prompt template and send it (chat or completion, as the model is).
    predict: chat,
    apredict: chat,
    stream: chatStream,
    astream: chatStream,
    structured_predict: chat,
    astructured_predict: chat,
    stream_structured_predict: chatStream,
    astream_structured_predict: chatStream,
    predict_and_call: chat,
    apredict_and_call: chat,
    // query engines
    query: chat,
    aquery: chat,
  },
  // pydantic-ai `Agent(...)` runs (one run may take several model requests when tools are used).
  'pydantic-ai': {
    run: chat,
    run_sync: chat,
    run_stream: chatStream,
    run_stream_events: chatStream,
  },
  // OpenAI Agents SDK: `Runner.run(agent, input)` (the agent is the first argument, see calls.ts).
  'openai-agents': {
    run: chat,
    run_sync: chat,
    run_streamed: chatStream,
  },
  // Haystack generator components.
  haystack: {
    run: chat,
    run_async: chat,
  },
  // huggingface_hub InferenceClient: its own methods and the OpenAI-compatible `chat.completions.create`.
  huggingface: {
    chat_completion: chat,
    'chat.completions.create': chat,
    text_generation: completion,
    feature_extraction: embedding,
    sentence_similarity: embedding,
    text_to_image: { kind: 'image' },
    automatic_speech_recognition: { kind: 'audio' },
    text_to_speech: { kind: 'audio' },
  },
  voyage: {
    embed: embedding,
    contextualized_embed: embedding,
    multimodal_embed: embedding,
    rerank: { kind: 'rerank' },
  },
  // azure-ai-inference: ChatCompletionsClient.complete, EmbeddingsClient.embed.
  'azure-inference': {
    complete: chat,
    embed: embedding,
  },
  // CrewAI's LLM(model=…).call(messages), LiteLLM underneath.
  crewai: {
    call: chat,
    acall: chat,
  },
  // IBM watsonx.ai ModelInference(model_id=…): chat and text generation (Embeddings objects use embeddingObjectApis).
  watsonx: {
    chat,
    achat: chat,
    chat_stream: chatStream,
    achat_stream: chatStream,
    generate: completion,
    agenerate: completion,
    generate_text: completion,
    generate_text_stream: completionStream,
    agenerate_stream: completionStream,
  },
  // xai_sdk Client: chats are sessions (`client.chat.create(model=…)` then `.sample()`, see chatSessionApis).
  xai: {
    'image.sample': { kind: 'image' },
    'image.sample_batch': { kind: 'image' },
  },
  // DSPy: the LM object is called directly (`lm(prompt)`), and so are its modules (`dspy.Predict(sig)(question=…)`).
  dspy: {
    forward: chat,
    aforward: chat,
    acall: chat,
  },
  // Semantic Kernel AI services (OpenAIChatCompletion, AzureChatCompletion, AnthropicChatCompletion…).
  'semantic-kernel': {
    get_chat_message_contents: chat,
    get_chat_message_content: chat,
    get_streaming_chat_message_contents: chatStream,
    get_streaming_chat_message_content: chatStream,
    get_text_contents: completion,
    get_text_content: completion,
    get_streaming_text_contents: completionStream,
    get_streaming_text_content: completionStream,
    // A Kernel (see more-objects.ts) runs a prompt on its chat service.
    invoke_prompt: chat,
    invoke_prompt_stream: chatStream,
  },
  // Semantic Kernel agents (ChatCompletionAgent, AgentGroupChat): each answer is one or more requests to the chat
  // service behind them.
  'semantic-kernel-agent': {
    get_response: chat,
    invoke: chat,
    invoke_stream: chatStream,
  },
  // vertexai.language_models / vision_models: Model.from_pretrained(id) objects.
  'vertex-models': {
    predict: completion,
    predict_async: completion,
    predict_streaming: completionStream,
    generate_images: { kind: 'image' },
    edit_image: { kind: 'image' },
  },
  // smolagents models (`model(messages)`, `generate`) and the agents that run on them (`agent.run(task)`: one run may
  // take several model requests, one per step).
  smolagents: {
    run: chat,
    generate: chat,
    generate_stream: chatStream,
  },
  // google.cloud.aiplatform PredictionServiceClient: the model is the resource named by `endpoint=` / `model=`.
  'vertex-prediction': {
    predict: chat,
    raw_predict: chat,
    generate_content: chat,
    stream_generate_content: chatStream,
  },
};

/** Methods of chat-session objects (genai chats, generativeai start_chat). */
export const chatSessionApis: Record<string, ApiSpec> = {
  send_message: chat,
  send_message_async: chat,
  send_message_stream: chatStream,
  send_message_streaming: chatStream,
  // xai_sdk chats
  sample: chat,
  stream: chatStream,
  parse: chat,
};

export const embeddingObjectApis: Record<string, ApiSpec> = {
  embed_documents: embedding,
  embed_query: embedding,
  aembed_documents: embedding,
  aembed_query: embedding,
  get_text_embedding: embedding,
  get_query_embedding: embedding,
  get_text_embedding_batch: embedding,
  aget_text_embedding: embedding,
  aget_query_embedding: embedding,
  aget_text_embedding_batch: embedding,
  // vertexai TextEmbeddingModel, Semantic Kernel embedding services
  get_embeddings: embedding,
  get_embeddings_async: embedding,
  generate_embeddings: embedding,
  generate_raw_embeddings: embedding,
};

export interface ClientClass {
  family: Family;
  provider: string;
  vendor: string | null;
}

/** SDK client classes by qualified name. */
export const clientClasses: Record<string, ClientClass> = {
  'openai.OpenAI': { family: 'openai', provider: 'openai', vendor: 'openai' },
  'openai.AsyncOpenAI': { family: 'openai', provider: 'openai', vendor: 'openai' },
  'openai.Client': { family: 'openai', provider: 'openai', vendor: 'openai' },
  'openai.AsyncClient': { family: 'openai', provider: 'openai', vendor: 'openai' },
  'openai.AzureOpenAI': { family: 'openai', provider: 'azure-openai', vendor: 'azure' },
  'openai.AsyncAzureOpenAI': { family: 'openai', provider: 'azure-openai', vendor: 'azure' },
  'openai.lib.azure.AzureOpenAI': { family: 'openai', provider: 'azure-openai', vendor: 'azure' },
  'langfuse.openai.OpenAI': { family: 'openai', provider: 'openai', vendor: 'openai' },
  'langfuse.openai.AsyncOpenAI': { family: 'openai', provider: 'openai', vendor: 'openai' },
  'anthropic.Anthropic': { family: 'anthropic', provider: 'anthropic', vendor: 'anthropic' },
  'anthropic.AsyncAnthropic': { family: 'anthropic', provider: 'anthropic', vendor: 'anthropic' },
  'anthropic.Client': { family: 'anthropic', provider: 'anthropic', vendor: 'anthropic' },
  'anthropic.AnthropicBedrock': { family: 'anthropic', provider: 'anthropic', vendor: 'bedrock' },
  'anthropic.AsyncAnthropicBedrock': { family: 'anthropic', provider: 'anthropic', vendor: 'bedrock' },
  'anthropic.AnthropicVertex': { family: 'anthropic', provider: 'anthropic', vendor: 'vertex_ai' },
  'anthropic.AsyncAnthropicVertex': { family: 'anthropic', provider: 'anthropic', vendor: 'vertex_ai' },
  'google.genai.Client': { family: 'genai', provider: 'google', vendor: 'gemini' },
  'mistralai.Mistral': { family: 'mistral', provider: 'mistral', vendor: 'mistral' },
  'mistralai.client.MistralClient': { family: 'mistral-legacy', provider: 'mistral', vendor: 'mistral' },
  'mistralai.async_client.MistralAsyncClient': { family: 'mistral-legacy', provider: 'mistral', vendor: 'mistral' },
  'cohere.Client': { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
  'cohere.ClientV2': { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
  'cohere.AsyncClient': { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
  'cohere.AsyncClientV2': { family: 'cohere', provider: 'cohere', vendor: 'cohere' },
  'groq.Groq': { family: 'openai', provider: 'groq', vendor: 'groq' },
  'groq.AsyncGroq': { family: 'openai', provider: 'groq', vendor: 'groq' },
  'together.Together': { family: 'openai', provider: 'together', vendor: 'together_ai' },
  'together.AsyncTogether': { family: 'openai', provider: 'together', vendor: 'together_ai' },
  'ollama.Client': { family: 'ollama', provider: 'ollama', vendor: 'ollama' },
  'ollama.AsyncClient': { family: 'ollama', provider: 'ollama', vendor: 'ollama' },
  'huggingface_hub.InferenceClient': { family: 'huggingface', provider: 'huggingface', vendor: 'huggingface' },
  'huggingface_hub.AsyncInferenceClient': { family: 'huggingface', provider: 'huggingface', vendor: 'huggingface' },
  'voyageai.Client': { family: 'voyage', provider: 'voyage', vendor: 'voyage' },
  'voyageai.AsyncClient': { family: 'voyage', provider: 'voyage', vendor: 'voyage' },
  'azure.ai.inference.ChatCompletionsClient': { family: 'azure-inference', provider: 'azure-ai-inference', vendor: null },
  'azure.ai.inference.aio.ChatCompletionsClient': { family: 'azure-inference', provider: 'azure-ai-inference', vendor: null },
  'azure.ai.inference.EmbeddingsClient': { family: 'azure-inference', provider: 'azure-ai-inference', vendor: null },
  'azure.ai.inference.aio.EmbeddingsClient': { family: 'azure-inference', provider: 'azure-ai-inference', vendor: null },
  'crewai.LLM': { family: 'crewai', provider: 'crewai', vendor: null },
  'crewai.llm.LLM': { family: 'crewai', provider: 'crewai', vendor: null },
  // mistralai v2 moved the client under `mistralai.client`; the Azure and GCP packages speak the same API.
  'mistralai.client.Mistral': { family: 'mistral', provider: 'mistral', vendor: 'mistral' },
  'mistralai.sdk.Mistral': { family: 'mistral', provider: 'mistral', vendor: 'mistral' },
  'mistralai_azure.MistralAzure': { family: 'mistral', provider: 'mistral', vendor: 'azure' },
  'mistralai_gcp.MistralGoogleCloud': { family: 'mistral', provider: 'mistral', vendor: 'vertex_ai' },
  'xai_sdk.Client': { family: 'xai', provider: 'xai', vendor: 'xai' },
  'xai_sdk.AsyncClient': { family: 'xai', provider: 'xai', vendor: 'xai' },
  'xai_sdk.sync.client.Client': { family: 'xai', provider: 'xai', vendor: 'xai' },
  'xai_sdk.aio.client.Client': { family: 'xai', provider: 'xai', vendor: 'xai' },
  'google.cloud.aiplatform.gapic.PredictionServiceClient': { family: 'vertex-prediction', provider: 'google', vendor: 'vertex_ai' },
  'google.cloud.aiplatform_v1.PredictionServiceClient': { family: 'vertex-prediction', provider: 'google', vendor: 'vertex_ai' },
  'google.cloud.aiplatform_v1beta1.PredictionServiceClient': { family: 'vertex-prediction', provider: 'google', vendor: 'vertex_ai' },
  'google.cloud.aiplatform_v1.PredictionServiceAsyncClient': { family: 'vertex-prediction', provider: 'google', vendor: 'vertex_ai' },
  'google.cloud.aiplatform_v1.services.prediction_service.PredictionServiceClient': { family: 'vertex-prediction', provider: 'google', vendor: 'vertex_ai' },
};

/** Modules whose top-level functions send requests themselves (`ollama.chat`, `litellm.completion`, `openai.chat…`). */
export const moduleClients: Record<string, ClientClass> = {
  openai: { family: 'openai', provider: 'openai', vendor: 'openai' },
  ollama: { family: 'ollama', provider: 'ollama', vendor: 'ollama' },
  litellm: { family: 'litellm', provider: 'litellm', vendor: null },
  'google.generativeai': { family: 'genai-legacy', provider: 'google', vendor: 'gemini' },
};

export interface FrameworkModelClass {
  vendor: string | null;
  /** Keyword arguments that name the model, in order of preference. */
  modelKeys: string[];
  kind: CallKind;
  role: 'model' | 'embeddings';
}

/** Keyword arguments that name the model before `model` / `model_name` / `model_id` (Azure deployments, Hugging Face repos). */
const LC_MODEL_KEYS: Record<string, string[]> = {
  AzureChatOpenAI: ['azure_deployment', 'deployment_name'], AzureOpenAIEmbeddings: ['azure_deployment', 'deployment'],
  HuggingFaceEndpointEmbeddings: ['repo_id'], ChatHuggingFace: ['repo_id'], HuggingFaceEndpoint: ['repo_id'],
};

/** LangChain classes by class name → vendor and kind (policy/langchain.ts) and the keywords that name the model. */
export const langchainClasses: Record<string, FrameworkModelClass> = Object.fromEntries(Object.entries(LANGCHAIN_MODEL_CLASSES)
  .map(([name, c]) => [name, { ...c, modelKeys: [...(LC_MODEL_KEYS[name] ?? []), 'model', 'model_name', 'model_id'], role: c.kind === 'embedding' ? 'embeddings' : 'model' }]));

/** LlamaIndex integration packages (`llama_index.llms.<x>`) → vendor. */
export const llamaIndexVendors: Record<string, string> = {
  openai: 'openai', azure_openai: 'azure', anthropic: 'anthropic', gemini: 'gemini', google_genai: 'gemini',
  vertex: 'vertex_ai', ollama: 'ollama', mistralai: 'mistral', groq: 'groq', bedrock: 'bedrock',
  bedrock_converse: 'bedrock', together: 'together_ai', cohere: 'cohere', deepseek: 'deepseek',
  openrouter: 'openrouter', fireworks: 'fireworks_ai', openai_like: 'openai',
};
