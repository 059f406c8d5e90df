// What a model id says beyond its vendor: the model inside a cloud resource name, and image models reached through a
// chat-shaped API. Shared by both extractors.
import type { CallKind } from '../../model';

/**
 * Vertex AI resource names: `projects/p/locations/l/publishers/google/models/text-embedding-004` → the model id.
 * An `…/endpoints/123` resource is a deployment whose model the name does not tell: null.
 */
export function modelOfVertexResource(resource: string | null | undefined): string | null {
  if (!resource) return null;
  const m = /(?:^|\/)models\/([\w.@-]+)(?::\w+)?$/.exec(resource.trim());
  return m ? m[1]! : null;
}

/** Image models answer chat-shaped requests too (Gemini's `…-image` models through `generateContent`). */
const IMAGE_MODEL = /(^|\/)(imagen-|gemini-[\w.-]*image|gpt-image|dall-e|grok-[\w.-]*image)/i;

/** The kind of a call whose API is chat-shaped, given the model it names. */
export function kindForModel(kind: CallKind, model: string | null | undefined): CallKind {
  return kind === 'chat' && model && IMAGE_MODEL.test(model) ? 'image' : kind;
}

/**
 * A model object the code gets from one of the app's own functions (`const llm = getModelFromConfig(config)`) and whose
 * id it does not show: the model's expression names that call first (`getModelFromConfig(config) → config.model`), so
 * the hover says where the model comes from and an assumption keyed by the function (`assumeModels["getModelFromConfig()"]`,
 * src/core/estimate/assume.ts) reaches every call through it. A resolved model is left as it is.
 */
export function throughFactory<M extends { value: string | null; expression?: string }>(model: M, factoryCall: string): M {
  if (model.value !== null) return model;
  const inner = model.expression?.trim();
  const expression = !inner || inner.startsWith(factoryCall) ? factoryCall : `${factoryCall} → ${inner}`;
  return { ...model, expression };
}

/** Whether a static string can name a model: an empty (or blank) id names none, so the model stays unresolved. */
export function namesModel(id: string): boolean {
  return id.trim() !== '';
}
