// Calls on a client the extractor could not see being built (imported from a file it does not read, a parameter
// without a type): the request shapes distinctive enough to count as model calls, and whose client it is.
import { vendorFromEnvName, vendorFromModelId } from './vendor';

export interface UnseenShape {
  provider: string;
  /** The vendor of the SDK the shape belongs to. */
  vendor: string;
  /** Options a real request has (a model, the messages…); a call without them is some other object's method. */
  needs: readonly string[];
}

const openai = (...needs: string[]): UnseenShape => ({ provider: 'openai', vendor: 'openai', needs });
const anthropic: UnseenShape = { provider: 'anthropic', vendor: 'anthropic', needs: ['model', 'max_tokens', 'messages'] };
const google: UnseenShape = { provider: 'google', vendor: 'gemini', needs: ['model', 'contents'] };

/** API paths (as the TS SDKs spell them; Python's snake_case is read as the same path) → shape. */
const SHAPES: Record<string, UnseenShape> = {
  'chat.completions.create': openai('model', 'messages'), 'chat.completions.stream': openai('model', 'messages'),
  'chat.completions.parse': openai('model', 'messages'), 'beta.chat.completions.parse': openai('model', 'messages'),
  'beta.chat.completions.stream': openai('model', 'messages'),
  'responses.create': openai('model', 'input'), 'responses.stream': openai('model', 'input'), 'responses.parse': openai('model', 'input'),
  'embeddings.create': openai('model', 'input'),
  'messages.create': anthropic, 'messages.stream': anthropic,
  'models.generateContent': google, 'models.generateContentStream': google,
  'chat.complete': { provider: 'mistral', vendor: 'mistral', needs: ['model', 'messages'] },
  converse: { provider: 'bedrock', vendor: 'bedrock', needs: ['modelId', 'messages'] },
};

/** The shape of an API path on an unseen client (`models.generate_content` reads as `models.generateContent`). */
export function unseenShape(api: string): UnseenShape | null {
  return SHAPES[api.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] ?? null;
}

/**
 * Whose client an unseen OpenAI-shaped client is (OpenAI-compatible services share the shape): the vendor its name
 * says (`groqClient`, `deepseek`), else the model id's, else OpenAI when the model is not known either. A model id
 * of no known family leaves the vendor unknown rather than assume OpenAI.
 */
export function unseenClientVendor(shape: UnseenShape, receiver: string, model: string | null): string | null {
  if (shape.provider !== 'openai') return shape.vendor;
  return vendorFromEnvName(receiver) ?? vendorFromModelId(model) ?? (model === null ? shape.vendor : null);
}
