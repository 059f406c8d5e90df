// Tool definitions as the extractors keep them (the JSON of the `tools` option, zod schemas kept as source text inside
// it), read back into name, description and parameter schema, whatever the API's wrapping: OpenAI chat
// `{ type: 'function', function: { name, description, parameters } }`, Responses `{ type: 'function', name, parameters }`,
// Anthropic `{ name, description, input_schema }`, Gemini `{ functionDeclarations: [...] }`, Bedrock
// `{ toolSpec: { name, inputSchema: { json } } }`, the AI SDK's `{ name: tool({ description, parameters | inputSchema }) }`.

export interface ToolDefinition {
  name: string;
  description: string;
  /** The parameter schema as text: JSON Schema (JSON) or a zod expression as written. */
  schema: string;
}

const SCHEMA_KEYS = ['parameters', 'input_schema', 'inputSchema', 'schema'];
const LIST_KEYS = ['functionDeclarations', 'function_declarations', 'tools'];

/** Every tool the text defines; [] when the text is not a readable tool list. */
export function toolDefinitions(toolsText: string): ToolDefinition[] {
  let value: unknown;
  try { value = JSON.parse(toolsText); } catch { return []; }
  const out: ToolDefinition[] = [];
  collect(value, null, out, 0);
  return out;
}

function collect(value: unknown, keyName: string | null, out: ToolDefinition[], depth: number): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) { for (const v of value) collect(v, null, out, depth + 1); return; }
  const o = value as Record<string, unknown>;
  const inner = (o.function ?? o.toolSpec) as Record<string, unknown> | undefined;
  const def = inner && typeof inner === 'object' ? inner : o;
  const schema = schemaOf(def);
  const name = typeof def.name === 'string' ? def.name : keyName;
  if (name && schema !== null) {
    out.push({ name, description: typeof def.description === 'string' ? def.description : '', schema });
    return;
  }
  for (const k of LIST_KEYS) if (Array.isArray(o[k])) { collect(o[k], null, out, depth + 1); return; }
  // The AI SDK's record of tools: `{ generate_title: { description, parameters } }`.
  if (keyName === null) for (const [k, v] of Object.entries(o)) if (v && typeof v === 'object' && !Array.isArray(v)) collect(v, k, out, depth + 1);
}

function schemaOf(def: Record<string, unknown>): string | null {
  for (const k of SCHEMA_KEYS) {
    const s = def[k];
    if (typeof s === 'string' && s.trim()) return s;
    if (s && typeof s === 'object') {
      const json = (s as Record<string, unknown>).json; // Bedrock inputSchema: { json: {…} }
      return JSON.stringify(json && typeof json === 'object' ? json : s);
    }
  }
  return null;
}

/**
 * The tool a forced call answers with: the named one, or — when the call forces "some tool" — the only one. With
 * several tools and none named, null (the caller decides).
 */
export function forcedToolDefinition(toolsText: string, name: string | null): ToolDefinition | null {
  const tools = toolDefinitions(toolsText);
  if (name !== null) return tools.find(t => t.name === name) ?? null;
  return tools.length === 1 ? tools[0]! : null;
}
