// The fields of a response schema, read from the text the extractors keep for it: a JSON Schema (JSON text), a zod
// expression (`z.object({ … })`) or a Python class body (pydantic `BaseModel`, `TypedDict`, dataclass). Language-neutral:
// the extractors only hand over the schema's source text, this module decides what it says.

export type FieldType = 'string' | 'number' | 'boolean' | 'enum' | 'array' | 'object' | 'unknown';

export interface SchemaField {
  name: string;
  type: FieldType;
  /** For arrays: the type of one item. */
  items?: FieldType;
  /** The allowed values written in the schema, for an enum (or an array of an enum): `z.enum(['a', 'b'])`, `Literal["a", "b"]`. */
  values?: string[];
  /** A stated item limit (`maxItems`, `.max(5)`, `max_length=5`). */
  maxItems?: number;
  /** The field's description (`description`, `.describe(…)`, `Field(description=…)`), if any. */
  description?: string;
}

/** Fields of the schema text, nested objects flattened; [] when the text is not a schema this module can read. */
export function schemaFields(text: string): SchemaField[] {
  const t = text.trim();
  if (!t) return [];
  if (t.startsWith('{') || t.startsWith('[')) {
    const json = parseJson(t);
    if (json !== undefined) return jsonSchemaFields(json);
  }
  if (/\bz\s*\.\s*object\s*\(/.test(t)) return zodFields(t);
  if (/^\s*(@\w[^\n]*\n\s*)*class\s+\w+/m.test(t)) return pythonClassFields(t);
  return [];
}

function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

// ---- JSON Schema -------------------------------------------------------------------------------

function jsonSchemaFields(node: unknown, depth = 0): SchemaField[] {
  if (!node || typeof node !== 'object' || depth > 6) return [];
  const o = node as Record<string, unknown>;
  // Wrappers: OpenAI `response_format: { type: 'json_schema', json_schema: { schema } }`, `{ name, schema }`.
  for (const wrap of ['json_schema', 'schema', 'parameters']) {
    if (o[wrap] && typeof o[wrap] === 'object' && !o.properties) return jsonSchemaFields(o[wrap], depth + 1);
  }
  const props = o.properties;
  if (!props || typeof props !== 'object') return [];
  const out: SchemaField[] = [];
  for (const [name, raw] of Object.entries(props as Record<string, unknown>)) {
    const p = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const field: SchemaField = { name, type: jsonType(p), ...jsonValues(p) };
    if (typeof p.description === 'string') field.description = p.description;
    if (field.type === 'array') {
      const items = (p.items && typeof p.items === 'object' ? p.items : {}) as Record<string, unknown>;
      field.items = jsonType(items);
      Object.assign(field, jsonValues(items));
      if (typeof p.maxItems === 'number') field.maxItems = p.maxItems;
    }
    out.push(field);
    if (field.type === 'object') out.push(...jsonSchemaFields(p, depth + 1));
  }
  return out;
}

function jsonValues(p: Record<string, unknown>): { values?: string[] } {
  if (Array.isArray(p.enum)) return { values: p.enum.map(String) };
  return p.const !== undefined ? { values: [String(p.const)] } : {};
}

/** Quoted strings of a list's text: `"a", 'b'` → a, b. */
function quoted(list: string): string[] {
  return [...list.matchAll(/(["'])((?:(?!\1)[^\\\n]){1,60})\1/g)].map(m => m[2]);
}

function jsonType(p: Record<string, unknown>): FieldType {
  if (Array.isArray(p.enum) || p.const !== undefined) return 'enum';
  const type = Array.isArray(p.type) ? p.type.find(x => x !== 'null') : p.type;
  switch (type) {
    case 'string': return 'string';
    case 'number': case 'integer': return 'number';
    case 'boolean': return 'boolean';
    case 'array': return 'array';
    case 'object': return 'object';
    default: return p.properties ? 'object' : 'unknown';
  }
}

// ---- zod ---------------------------------------------------------------------------------------

function zodFields(text: string, depth = 0): SchemaField[] {
  const open = text.search(/\bz\s*\.\s*object\s*\(\s*\{/);
  if (open < 0 || depth > 6) return [];
  const body = balanced(text, text.indexOf('{', open));
  if (body === null) return [];
  const out: SchemaField[] = [];
  for (const entry of splitTopLevel(body)) {
    const m = /^\s*(?:["']([^"']+)["']|([A-Za-z_$][\w$]*))\s*:\s*([\s\S]+)$/.exec(entry);
    if (!m) continue;
    const expr = m[3].trim();
    const field: SchemaField = { name: m[1] ?? m[2], type: zodType(expr), ...zodValues(expr) };
    const described = /\.describe\(\s*(["'`])([\s\S]*?)\1\s*\)/.exec(expr);
    if (described) field.description = described[2];
    if (field.type === 'array') {
      const open = expr.indexOf('(', expr.search(/z\s*\.\s*array/));
      const inner = balanced(expr, open) ?? '';
      field.items = zodType(inner);
      Object.assign(field, zodValues(inner));
      // `.max(n)` / `.length(n)` after the array's own parentheses limit its items (inside them they limit a string).
      const max = /^\)\s*\.\s*(?:max|length)\(\s*(\d+)\s*\)/.exec(expr.slice(open + inner.length + 1));
      if (max) field.maxItems = Number(max[1]);
    }
    out.push(field);
    if (field.type === 'object') out.push(...zodFields(expr, depth + 1));
  }
  return out;
}

/** The values of `z.enum([...])`, `z.literal('x')`, `z.union([z.literal('a'), …])` at the head of `expr`. */
function zodValues(expr: string): { values?: string[] } {
  const m = /^\s*z\s*\.\s*(enum|literal|union)\s*\(/.exec(expr);
  if (!m) return {};
  const args = balanced(expr, m[0].length - 1) ?? '';
  if (m[1] === 'union' && !/^\s*\[\s*z\s*\.\s*literal/.test(args)) return {};
  const values = quoted(args);
  return values.length ? { values } : {};
}

function zodType(expr: string): FieldType {
  const head = /^\s*z\s*\.\s*(\w+)/.exec(expr)?.[1];
  switch (head) {
    case 'string': return 'string';
    case 'number': case 'bigint': return 'number';
    case 'boolean': return 'boolean';
    case 'enum': case 'nativeEnum': case 'literal': return 'enum';
    case 'union': return /^\s*z\s*\.\s*union\s*\(\s*\[\s*z\s*\.\s*literal/.test(expr) ? 'enum' : 'unknown';
    case 'array': return 'array';
    case 'object': return 'object';
    default: return 'unknown';
  }
}

/** The text between the bracket at `at` and its partner (exclusive), skipping strings; null when unbalanced. */
function balanced(text: string, at: number): string | null {
  const close: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') { i = skipString(text, i); continue; }
    if (close[ch]) stack.push(close[ch]);
    else if (ch === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return text.slice(at + 1, i);
    }
  }
  return null;
}

function skipString(text: string, at: number): number {
  const q = text[at];
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === q) return i;
  }
  return text.length;
}

/** Splits on commas outside brackets and strings. */
function splitTopLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"' || ch === "'" || ch === '`') { i = skipString(body, i); continue; }
    if ('{(['.includes(ch)) depth++;
    else if ('})]'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) { out.push(body.slice(from, i)); from = i + 1; }
  }
  out.push(body.slice(from));
  return out.filter(s => s.trim());
}

// ---- Python classes (pydantic, TypedDict, dataclass) -------------------------------------------

function pythonClassFields(text: string): SchemaField[] {
  const out: SchemaField[] = [];
  // Fields sit at the class body's indentation; a method's body (`def validate(...)`: `tags: list[Tag] = …`) holds none.
  let inMethod: number | null = null;
  for (const line of text.split('\n')) {
    const indent = /^\s*/.exec(line)![0].length;
    if (inMethod !== null && (indent > inMethod || !line.trim())) continue;
    inMethod = /^\s*(?:async\s+)?def\s/.test(line) ? indent : null;
    const m = /^\s+([A-Za-z_]\w*)\s*:\s*([^=#]+?)\s*(?:=\s*(.*))?$/.exec(line);
    if (!m || m[1] === 'model_config') continue;
    const annotation = m[2].trim();
    const field: SchemaField = { name: m[1], type: pythonType(annotation), ...pythonValues(annotation) };
    const described = /description\s*=\s*(["'])([\s\S]*?)\1/.exec(m[3] ?? '');
    if (described) field.description = described[2];
    if (field.type === 'array') {
      const inner = /^(?:typing\.)?(?:list|List|Sequence|set|Set|tuple|Tuple)\s*\[\s*([^\]]+)\]/.exec(annotation)?.[1] ?? '';
      field.items = pythonType(inner);
      Object.assign(field, pythonValues(inner));
      const max = /max_(?:length|items)\s*=\s*(\d+)/.exec(m[3] ?? '');
      if (max) field.maxItems = Number(max[1]);
    }
    out.push(field);
  }
  return out;
}

/** The values of a `Literal[...]` annotation (inside Optional / Annotated / a list). */
function pythonValues(annotation: string): { values?: string[] } {
  const m = /(?:^|[[\s])(?:typing\.)?Literal\s*\[([^\]]*)\]/.exec(annotation);
  const values = m ? quoted(m[1]) : [];
  return values.length ? { values } : {};
}

function pythonType(annotation: string): FieldType {
  const a = annotation.replace(/^(?:typing\.)?(?:Optional|Annotated)\s*\[\s*/, '').trim();
  if (/^(?:typing\.)?Literal\s*\[/.test(a)) return 'enum';
  if (/^(?:typing\.)?(?:list|List|Sequence|set|Set|tuple|Tuple)\b/.test(a)) return 'array';
  if (/^str\b/.test(a)) return 'string';
  if (/^(?:int|float|Decimal)\b/.test(a)) return 'number';
  if (/^bool\b/.test(a)) return 'boolean';
  if (/^(?:dict|Dict)\b/.test(a)) return 'object';
  if (/^[A-Z]\w*(?:Enums?|Types?|Kinds?|Levels?|Categor(?:y|ies)|Labels?)\b/.test(a)) return 'enum';
  return 'unknown';
}
