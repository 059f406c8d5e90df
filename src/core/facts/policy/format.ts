// Structured output: what a request's response-format settings ask the model for, whatever language wrote them.

/** JSON mode (any JSON), JSON matching a schema, or plain text (the default: nothing asked). */
export type OutputFormat = 'json' | 'schema' | 'text';

/**
 * The format a `type` names: OpenAI `response_format: { type }` and the Responses API's `text.format.type`, or a format
 * given as a string (Ollama `format: 'json'`). Null when the name is none of these.
 */
export function formatOfType(type: string): OutputFormat | null {
  if (type === 'json_object' || type === 'json') return 'json';
  if (type === 'json_schema') return 'schema';
  if (type === 'text') return 'text';
  return null;
}

/**
 * Where a `json_schema` response format keeps the schema the model reads, first found wins: OpenAI
 * `{ type: 'json_schema', json_schema: { name, schema } }` (the schema, not its name), then flatter shapes.
 */
export const SCHEMA_PATHS = ['json_schema.schema', 'json_schema', 'schema'];

/** Gemini `responseMimeType` / `response_mime_type`: a JSON media type asks for JSON. */
export function isJsonMime(mime: string): boolean {
  return /\bjson\b/i.test(mime);
}
