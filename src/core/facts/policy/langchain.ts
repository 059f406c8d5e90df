// LangChain model classes by class name, in both languages (their modules move between releases; the names do not):
// whose models they run and what kind of call they make. Which options name the model is syntax, kept by each
// extractor (`modelName` / `deploymentName` in TS, `model_name` / `azure_deployment` in Python).
import type { CallKind } from '../../model';

export interface LangChainModelClass { vendor: string | null; kind: CallKind }

const chat = (vendor: string | null): LangChainModelClass => ({ vendor, kind: 'chat' });
const completion = (vendor: string | null): LangChainModelClass => ({ vendor, kind: 'completion' });
const embedding = (vendor: string | null): LangChainModelClass => ({ vendor, kind: 'embedding' });

/** Where a package names a class differently in TS and Python (`ChatTogetherAI` / `ChatTogether`), both are listed. */
export const LANGCHAIN_MODEL_CLASSES: Record<string, LangChainModelClass> = {
  ChatOpenAI: chat('openai'), AzureChatOpenAI: chat('azure'), ChatAnthropic: chat('anthropic'), ChatAnthropicVertex: chat('vertex_ai'),
  ChatGoogleGenerativeAI: chat('gemini'), ChatVertexAI: chat('vertex_ai'), ChatMistralAI: chat('mistral'), ChatOllama: chat('ollama'),
  ChatBedrockConverse: chat('bedrock'), BedrockChat: chat('bedrock'), ChatBedrock: chat('bedrock'), ChatGroq: chat('groq'),
  ChatTogetherAI: chat('together_ai'), ChatTogether: chat('together_ai'), ChatDeepSeek: chat('deepseek'), ChatXAI: chat('xai'),
  ChatCohere: chat('cohere'), ChatFireworks: chat('fireworks_ai'), ChatOpenRouter: chat('openrouter'), ChatCerebras: chat('cerebras'),
  ChatPerplexity: chat('perplexity'), ChatHuggingFace: chat('huggingface'), ChatLiteLLM: chat(null),
  OpenAI: completion('openai'), AzureOpenAI: completion('azure'), Ollama: completion('ollama'), OllamaLLM: completion('ollama'),
  BedrockLLM: completion('bedrock'), HuggingFaceInference: completion('huggingface'), HuggingFaceEndpoint: completion('huggingface'),
  OpenAIEmbeddings: embedding('openai'), AzureOpenAIEmbeddings: embedding('azure'), CohereEmbeddings: embedding('cohere'),
  GoogleGenerativeAIEmbeddings: embedding('gemini'), VertexAIEmbeddings: embedding('vertex_ai'), MistralAIEmbeddings: embedding('mistral'),
  OllamaEmbeddings: embedding('ollama'), BedrockEmbeddings: embedding('bedrock'), TogetherAIEmbeddings: embedding('together_ai'),
  TogetherEmbeddings: embedding('together_ai'), VoyageEmbeddings: embedding('voyage'), VoyageAIEmbeddings: embedding('voyage'),
  FireworksEmbeddings: embedding('fireworks_ai'), HuggingFaceInferenceEmbeddings: embedding('huggingface'),
  HuggingFaceEndpointEmbeddings: embedding('huggingface'),
};
