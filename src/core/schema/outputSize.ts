// How many output tokens a structured reply costs: the reply is the schema's JSON, so its size follows from the
// fields — keys, punctuation and a typical value per type — instead of a chat default. Every figure here is named in
// the assumptions the estimate shows.
import { schemaFields, type FieldType, type SchemaField } from './fields';

/** Typical value sizes in tokens (o200k/cl100k, English), per JSON type. */
export const VALUE_TOKENS: Record<Exclude<FieldType, 'array' | 'object'>, number> = {
  boolean: 1,
  number: 2,
  enum: 3,
  string: 25,
  unknown: 10,
};
/** Items assumed in an array with no stated limit. */
export const ARRAY_ITEMS = 3;
/** Tokens per English word (o200k/cl100k on prose). */
const TOKENS_PER_WORD = 1.3;
/** Quotes, colon and comma around each key, plus the key itself (~1–2 tokens). */
const KEY_OVERHEAD = 4;
/** `{`, `}` and the reply framing of a structured answer. */
const OBJECT_OVERHEAD = 3;

export interface SchemaOutput {
  tokens: number;
  fields: number;
  /** One line for the hover: what the figure was built from. */
  basis: string;
}

/**
 * Output tokens of a reply that fills the schema, or null when the schema text cannot be read. `promptText` is the
 * call's own instructions: a length stated there ("a title of 2–5 words") sizes a lone string field; `promptLabel`
 * names that text in the basis.
 */
export function schemaOutputTokens(schemaText: string, promptText = '', promptLabel = 'prompt'): SchemaOutput | null {
  const fields = schemaFields(schemaText);
  if (fields.length === 0) return null;
  const strings = fields.filter(f => valueType(f) === 'string');
  const promptWords = strings.length === 1 && !strings[0].description ? statedWords(promptText) : null;
  let tokens = OBJECT_OVERHEAD;
  let stated = 0;
  for (const f of fields) {
    tokens += KEY_OVERHEAD;
    if (f.type === 'object') continue; // its own fields follow, flattened
    const words = f.description ? statedWords(f.description) : f === strings[0] ? promptWords : null;
    if (words !== null) stated++;
    const one = words !== null ? Math.ceil(words * TOKENS_PER_WORD) + 2 : VALUE_TOKENS[valueType(f)];
    tokens += f.type === 'array' ? (f.maxItems ?? ARRAY_ITEMS) * (one + 1) : one;
  }
  const types = summarise(fields);
  const lengths = stated > 0 ? `; ${stated} stated length${stated > 1 ? 's' : ''} read from the ${promptWords !== null ? promptLabel : 'descriptions'}` : '';
  const basis = `${fields.length} field${fields.length > 1 ? 's' : ''} (${types})${lengths}; a string without a stated length counts ${VALUE_TOKENS.string} tokens, an array ${ARRAY_ITEMS} items`;
  return { tokens, fields: fields.length, basis };
}

function valueType(f: SchemaField): Exclude<FieldType, 'array' | 'object'> {
  const t = f.type === 'array' ? (f.items ?? 'unknown') : f.type;
  return t === 'array' || t === 'object' ? 'unknown' : t;
}

function summarise(fields: SchemaField[]): string {
  const counts = new Map<string, number>();
  for (const f of fields) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${n} ${t}`).join(', ');
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, fifteen: 15, twenty: 20,
};
/** Words in one sentence / line / paragraph, when a length is stated that way. */
const UNIT_WORDS: Record<string, number> = { word: 1, sentence: 20, line: 15, paragraph: 90 };

/** The most words a text allows for an answer ("2–5 words", "up to 10 words", "one sentence"), or null. */
export function statedWords(text: string): number | null {
  const num = String.raw`(\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
  const re = new RegExp(String.raw`\b(?:${num}\s*(?:-|–|—|to)\s*)?${num}\s+(?:short\s+|brief\s+|concise\s+)?(word|sentence|line|paragraph)s?\b`, 'gi');
  let most: number | null = null;
  for (const m of text.matchAll(re)) {
    const n = toNumber(m[2]);
    if (n === null || n > 500) continue;
    const words = n * UNIT_WORDS[m[3].toLowerCase()];
    most = most === null ? words : Math.max(most, words);
  }
  return most;
}

function toNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return NUMBER_WORDS[s.toLowerCase()] ?? null;
}
