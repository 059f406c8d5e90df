// Language-neutral facts about a call, read from its prompt parts, features and parameters: the output
// shape the prompt and the cap allow, where the task lives (is the placeholder data to label, or the
// problem itself?) and what rules out a smaller model. The complexity verdict is built on these first;
// task words come second. Phrases come from the per-language tables in ./lang.
import type { CallFact, PromptPart } from '../model';
import { AND_WORDS, CODE, EITHER_OR, EXTRACT, GRADED_WORK, HARD, KEYS, LABEL_SET_NAMES, MANY_OF, MANY_OF_ALL, NUMBER, ONE_OF, ONE_OF_ALL, ONE_WORD, ONLY, OPEN, OR_NOT, OR_WORDS, REWRITE, RUBRIC, SEARCH_QUERY, SHORT_LIMIT, PROBLEM_HEADINGS, PROBLEM_NAMES, foldSiblingLetters, VERDICT_LABELS, YES_NO, YES_NO_WORDS, anyPhrase, detectLanguage, type DetectedLanguage, type HardFamily, type Phrase } from './lang';
import { REASONING_MODEL, SCHEMA_KEYWORDS } from './lexicon';
import { FAVOURING_BIAS } from '../facts/policy/request';
import { schemaFields as readSchemaFields, type SchemaField } from '../schema/fields';

export type ShapeKind = 'schema' | 'labels' | 'label-set' | 'tokens' | 'yes-no' | 'number' | 'code' | 'one-word' | 'short-text' | 'search-query' | 'extraction';

export interface OutputShape {
  kind: ShapeKind;
  /** The listed answers, for `labels`. */
  labels?: string[];
  /** For `labels`: the answer may hold several of them (multi-label tagging). */
  multi?: boolean;
  /** For `label-set`: the placeholder that passes the labels in ("{valid_categories}"). */
  labelSet?: string;
  /** Property count, for `schema`. */
  fields?: number;
  /** For `schema`: every field is closed (an enum, a boolean, a number): the schema bounds the answer whatever the cap. */
  closed?: boolean;
  /** For `schema`: every field is an enum whose values the schema lists (the labels, `labels` holds them). */
  enumOnly?: boolean;
  /** For `schema` with more than SMALL_SCHEMA_FIELDS fields: a record of values copied out of the data (see recordOf). */
  record?: boolean;
  /** Tokens the answer is confined to, for `tokens` (a strong `logit_bias` under a cap of a few tokens). */
  tokens?: number;
  /** The phrase that named the shape and its language, e.g. `one of` (en). */
  phrase?: string;
  lang?: string;
}

export type LocusKind = 'data' | 'problem' | 'none';

export interface TaskLocus {
  /** `data`: the placeholders hold material to label; `problem`: one holds the problem itself; `none`: no placeholder. */
  kind: LocusKind;
  placeholders: string[];
  /** The placeholder that holds the problem, for `problem`. */
  problem?: string;
}

export type BlockerKind = 'reasoning' | 'reasoning-model' | 'tools' | 'history' | 'long-context' | 'hard-task' | 'open-output' | 'unseen-prompt';

export interface Blocker {
  kind: BlockerKind;
  /** For `hard-task`: the family, the phrase and its language. */
  family?: HardFamily;
  phrase?: string;
  lang?: string;
  detail: string;
}

export interface StructureFacts {
  /** The closed output shape the prompt asks for, null when open. */
  shape: OutputShape | null;
  cap: { value: number; param: string } | null;
  locus: TaskLocus;
  blockers: Blocker[];
  language: DetectedLanguage;
  /** Digits in the static prompt text (an uncovered language with numerals never gets an unprompted suggestion). */
  numerals: boolean;
}

/** Prompts longer than this (tokens) are long-context work. */
export const LONG_CONTEXT_TOKENS = 16_000;
/** Less static prompt text than this (characters) means the prompt is effectively unknown. */
export const MIN_VISIBLE_PROMPT = 15;
/** A JSON schema with at most this many fields is a closed shape. */
export const SMALL_SCHEMA_FIELDS = 6;

const MESSAGE_ROLES = new Set<PromptPart['role']>(['system', 'user', 'assistant', 'input', 'document']);

export function promptText(fact: CallFact): string {
  return fact.prompt.filter(p => MESSAGE_ROLES.has(p.role)).map(p => p.text).join('\n');
}

/** Property names of the static output schema(s), JSON-Schema keywords left out; null without a schema part. */
export function schemaFields(fact: CallFact): number | null {
  const schema = fact.prompt.filter(p => p.role === 'schema');
  if (schema.length === 0) return null;
  const keys = new Set<string>();
  for (const part of schema) {
    for (const m of part.text.matchAll(/["']?([A-Za-z_$][\w$]*)["']?\s*[:=]/g)) {
      if (!SCHEMA_KEYWORDS.has(m[1])) keys.add(m[1]);
    }
  }
  return keys.size;
}

/** Number of tools declared, from the static text of the `tools` parts (at least 1 when tools are passed). */
export function countTools(fact: CallFact): number {
  if (!fact.features.tools) return 0;
  const text = fact.prompt.filter(p => p.role === 'tools').map(p => p.text).join('\n');
  const names = text.match(/["']?\bname["']?\s*[:=]/g)?.length ?? 0;
  const dynamic = fact.prompt.some(p => p.role === 'tools' && p.placeholders.length > 0 && p.text.trim() === '');
  // A tools list built by a call (`brightDataTools({ apiKey })`, `toolkit.get_tools()`) holds tools we cannot see.
  const built = /^\s*(?:await\s+)?[\w$.]+\s*\(/.test(text);
  // A tools list we cannot see may hold many tools: count it as several.
  if (names === 0 && (dynamic || built)) return 3;
  return Math.max(1, names);
}

/**
 * The typed fields of the call's output schema, or of the one tool it forces (its input schema is the answer);
 * null when there is none or its text does not read as a schema.
 */
export function outputFields(fact: CallFact): SchemaField[] | null {
  for (const part of fact.prompt) {
    if (part.role !== 'schema') continue;
    const fields = readSchemaFields(part.text);
    if (fields.length) return fields;
  }
  if (countTools(fact) !== 1) return null;
  const text = fact.prompt.filter(p => p.role === 'tools').map(p => p.text).join('\n').trim();
  try {
    const parsed: unknown = JSON.parse(text);
    const tool = (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, any> | undefined;
    const schema = tool?.input_schema ?? tool?.inputSchema ?? tool?.parameters ?? tool?.function?.parameters;
    const fields = schema ? readSchemaFields(JSON.stringify(schema)) : [];
    return fields.length ? fields : null;
  } catch {
    return null;
  }
}

/** A field that holds open text: a summary, an explanation, a reply (its name says so). A field named `email` holds an address. */
function openTextField(f: SchemaField): boolean {
  return (f.type === 'string' || f.type === 'unknown') && nameWords(f.name).some(w => OPEN_KEYS.test(w) && w !== 'email');
}

/** A field whose value is bounded whatever the cap: an enum, a boolean, a number, a list of listed values. */
const closedField = (f: SchemaField): boolean =>
  f.type === 'enum' || f.type === 'boolean' || f.type === 'number' || (f.type === 'array' && (f.values?.length ?? 0) > 0);

/** A schema this wide is no record any more: a document model, an analysis. */
const MAX_RECORD_FIELDS = 15;

/**
 * A wide schema (more than SMALL_SCHEMA_FIELDS fields) that is a record of values the data states — names, dates,
 * amounts, ids, at most one category — not an assessment of it: booleans and categorical ratings are verdicts
 * about the text, and a wide schema of several verdicts is multi-aspect judgement (a contract review, a claim
 * decision). Every field's type must be written (strings or numbers), none holds open text.
 */
function recordOf(fields: SchemaField[]): boolean {
  if (fields.length <= SMALL_SCHEMA_FIELDS || fields.length > MAX_RECORD_FIELDS) return false;
  if (fields.some(f => f.type === 'unknown' || f.type === 'object' || openTextField(f))) return false;
  return fields.filter(f => f.type === 'boolean' || f.type === 'enum').length <= 1;
}

/**
 * The shape a typed output schema gives. 'prose' when every field holds open text (a free answer in JSON clothes:
 * the prompt's words decide); 'count' when a field is a list of records whose fields the text does not show
 * (`items: list[Ticket]`): the field count alone decides, as for an untyped schema.
 */
function typedSchemaShape(fields: SchemaField[]): OutputShape | null | 'prose' | 'count' {
  if (fields.every(openTextField)) return 'prose';
  if (fields.some(f => f.type === 'array' && (f.items === 'object' || f.items === 'unknown'))) return 'count';
  const n = fields.length;
  const enumOnly = fields.every(f => f.type === 'enum' && (f.values?.length ?? 0) > 0);
  const closed = fields.every(closedField);
  if (n <= SMALL_SCHEMA_FIELDS) {
    return { kind: 'schema', fields: n, ...(closed ? { closed } : {}), ...(enumOnly ? { enumOnly, labels: [...new Set(fields.flatMap(f => f.values!))] } : {}) };
  }
  return recordOf(fields) ? { kind: 'schema', fields: n, record: true } : null;
}

// ---- output shape: label lists

const QUOTES = /^["'“”„«»「」『』‘’`*\s[(（]+|["'“”„«»「」『』‘’`*\s\])）.。!！?？:：]+$/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Korean writes its "or" (또는) between spaces: it splits there before a quoted label ("'중립' 또는 '부정'으로만"), where
// the particle after the quote cannot glue to the label ("예 또는 아니오로" stays a yes/no phrase).
const OR_SPLIT = new RegExp(`\\s+(?:${OR_WORDS.filter(w => !CJK.test(w)).join('|')})\\s+|\\s+(?:${OR_WORDS.filter(w => CJK.test(w)).join('|')})\\s+(?=["'“「『‘])|(?:${OR_WORDS.filter(w => CJK.test(w)).join('|')})(?=\\S)`, 'iu');
const MAX_LABELS = 15;

/** Negation particles that never name a label ("or not", "oder nicht", "ou pas", "of niet"). */
const NEGATION = /^(?:not|nicht|pas|niet)$/i;

/** An item that opens with a quoted label: the label. */
const QUOTED_HEAD = /^\s*["'“„«「『‘`]([^"'“”„«»「」『』‘’`\n]{1,30})["'”»」』’`]/;

/** A label is a few words (Latin, Cyrillic…) or up to ten characters of a script written without spaces. */
const labelSized = (l: string) => l.length > 0 && (CJK.test(l) ? l.length <= 10 : l.length <= 30 && l.split(/\s+/).length <= 3);

interface ParsedList { labels: string[]; quoted: boolean; orJoined: boolean }

/** "a, b or c" / "A|B|C" / "「a」「b」" → the items, when every item is label-sized. */
function parseList(segment: string): ParsedList | null {
  const line = segment.replace(/」\s*「/g, '」、「').trim();
  if (!line) return null;
  const bySep = line.split(/\s*[,，、|/;；]\s*/);
  let orJoined = false;
  const items: string[] = [];
  bySep.forEach((piece, i) => {
    const parts = piece.split(OR_SPLIT);
    if (parts.length > 1) orJoined = true;
    // Between commas an "or" belongs to its label ("cambio o devolución, envío, pago"): only the last item is joined
    // by one. A quoted label is never split ("troca ou devolução").
    const quotedWhole = /^\s*["'“„«「『‘`][^"'“”„«»「」『』‘’`]+["'”»」』’`]\s*$/.test(piece);
    items.push(...(quotedWhole || i < bySep.length - 1 ? [piece] : parts));
  });
  const quoted = items.every(i => /^\s*["'“„«「『‘`*]/.test(i) || /^[A-Z][A-Z0-9_]+$/.test(i.trim()) || /^[a-z]+(_[a-z]+)+$/.test(i.trim()));
  // A quoted label followed by more words keeps the quoted part: "'부정'으로만 답하세요", '"ham" based on the content'.
  const labels = items.map(i => QUOTED_HEAD.exec(i)?.[1].trim() ?? i.replace(QUOTES, '').trim());
  if (labels.length < 2 || labels.length > MAX_LABELS) return null;
  // "…, whether or not it …": a negation particle after "or" ends a clause, it is no label.
  if (orJoined && NEGATION.test(labels[labels.length - 1].split(/\s+/)[0])) return null;
  // "DEBUG, INFO, WARN, ERROR based on its content": single-word labels, the sentence rides on the last one.
  const last = labels[labels.length - 1].split(/\s+/);
  if (last.length > 1 && labels.slice(0, -1).every(l => !/\s/.test(l))) labels[labels.length - 1] = last[0];
  // "正しい選択肢をA、B、C、D": without spaces the sentence rides on the first item; cut it at its last particle.
  // The label left is no longer than the others ("入力文の感情をポジティブ、ネガティブ" → ポジティブ).
  const head = /^.+[をはがでにへ是为為：:]\s*([^をはがでにへ是为為：:\s]{1,10})$/u.exec(labels[0]);
  if (head && CJK.test(labels[0]) && head[1].length <= Math.max(3, ...labels.slice(1).map(l => l.length))) labels[0] = head[1];
  if (!labels.every(labelSized)) return null;
  return { labels, quoted, orJoined };
}

/** The first sentence of `text` (a list ends at a full stop, a question mark or a line break). */
function firstSentence(text: string): string {
  const m = /^[^\n]*?(?=[.。!！?？](?:\s|$)|\n|$)/.exec(text);
  return (m ? m[0] : text).trim();
}

/** The last clause before `end` (the list of "A、B、Cのいずれか" stands before the phrase). */
function lastClause(text: string): string {
  const parts = text.split(/[\n.。!！?？:：]/);
  return (parts[parts.length - 1] ?? '').trim();
}

const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s+(.+)$/;
/** An item written as an XML element on its own line: "<intent>Order Tracking</intent>". */
const TAGGED_ITEM = /^\s*<([A-Za-z][\w-]{0,30})>([^<>\n]{1,40})<\/\1>\s*$/;
const CONTAINER_TAG = /^\s*<\/?[A-Za-z][\w-]{0,30}>\s*$/;

/** Bullet lines right after `start`: "- billing", "* tech: broken features", "1. other". */
function bullets(text: string): string[] | null {
  const lines = text.replace(/^[^\n]*\n/, '').split('\n');
  const items: string[] = [];
  for (const raw of lines) {
    // "<intents>" / "</intents>" around tagged items hold no item.
    if (CONTAINER_TAG.test(raw)) { if (items.length) break; continue; }
    const b = BULLET.exec(raw);
    const tagged = b ? null : TAGGED_ITEM.exec(raw);
    const item = b?.[1] ?? tagged?.[2];
    if (item === undefined) { if (items.length || raw.trim()) break; continue; }
    items.push(item.split(/\s+[-–—:]\s+|[:：]\s/)[0].replace(QUOTES, '').trim());
  }
  return items.length >= 2 && items.length <= MAX_LABELS && items.every(i => i.length > 0 && i.length <= 30 && i.split(/\s+/).length <= 3) ? items : null;
}

/** The first (or last) run of label-sized items in `segment` that parses as a list. */
function listIn(segment: string, which: 'first' | 'last', accept: (l: ParsedList) => boolean): ParsedList | null {
  const found = candidatesIn(segment).map(parseList).filter((l): l is ParsedList => l !== null && accept(l));
  return (which === 'first' ? found[0] : found[found.length - 1]) ?? null;
}

/** Caps at or below these (tokens) confirm a one-label answer for lists that do not say so in words. */
const ONE_LABEL_CAP = 10;
const TWO_OPTION_CAP = 5;
const SHORT_SENTENCE_WORDS = 6;

/** The sentence is a question that ends with `label` ("… positive or negative?"). */
function closesQuestion(sentence: string, label: string): boolean {
  const s = sentence.trim();
  if (!/[?？]$/.test(s)) return false;
  return s.replace(/[\s?？"'”’»」』`*]+$/u, '').toLowerCase().endsWith(label.toLowerCase());
}

interface LabelList { labels: string[]; phrase?: string; lang?: string; multi?: boolean }

/**
 * Labels written as XML elements inside a sentence ("Answer <c>hardware</c>, <c>software</c> or <c>network</c>"): the
 * same tag twice or more on one line reads as quoted labels.
 */
function untagInline(text: string): string {
  return text.replace(/^.*$/gm, line => {
    const tags = [...line.matchAll(/<([A-Za-z][\w-]{0,30})>[^<>\n]{1,30}<\/\1>/g)].map(m => m[1]);
    if (tags.length < 2 || new Set(tags).size !== 1) return line;
    return line.replace(/<([A-Za-z][\w-]{0,30})>([^<>\n]{1,30})<\/\1>/g, '"$2"');
  });
}

const ARROW = /\s*(?:→|⇒|=>|->)\s*/;

/**
 * Labels taught by few-shot examples: example lines that end in a label after an arrow ("… → positive") or a
 * repeated key ("Sentiment: positive"), and a last line that leaves the same slot open ("{tweet} →", "Sentiment:").
 * Two or more distinct short labels make the answer one of them, in any language.
 */
function fewShotLabels(text: string): LabelList | null {
  const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
  if (lines.length < 3) return null;
  const last = lines[lines.length - 1];
  const strip = (l: string) => l.replace(QUOTES, '').trim();
  let examples: string[] = [];
  if (/(?:→|⇒|=>|->)$/.test(last)) {
    examples = lines.slice(0, -1).filter(l => ARROW.test(l)).map(l => strip(l.split(ARROW).pop()!));
  } else {
    const key = /^([\p{L}][\p{L} _-]{0,24})[:：]$/u.exec(last)?.[1];
    if (key) {
      const re = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:：]\\s*(.+)$`, 'u');
      examples = lines.slice(0, -1).map(l => re.exec(l)?.[1]).filter((v): v is string => v !== undefined).map(strip);
    }
  }
  const labels = [...new Set(examples)];
  if (examples.length < 2 || labels.length < 2 || labels.length > MAX_LABELS || !examples.every(labelSized)) return null;
  return { labels, phrase: 'few-shot examples' };
}

function labelList(rawText: string, cap: number | null): LabelList | null {
  const text = untagInline(rawText);
  const any = (l: ParsedList) => l.labels.length >= 2;
  // "Only", "one word" or a tiny cap says one item of a plain list comes back.
  const oneBack = anyPhrase(ONE_WORD).test(text) || anyPhrase(ONLY).test(text) || (cap !== null && cap <= ONE_LABEL_CAP);
  // 1. After (or, in Japanese / Korean / Chinese, before) a phrase that introduces a closed list: one or more of it
  // ("one or more of", "all that apply") or one of it.
  const introduced: Array<[readonly Phrase[], readonly Phrase[], boolean]> = [[MANY_OF, MANY_OF_ALL, true], [ONE_OF, ONE_OF_ALL, false]];
  for (const [screen, table, multi] of introduced) {
    for (const p of anyPhrase(screen).test(text) ? table : []) {
      for (const m of text.matchAll(p.re)) {
        const after = text.slice(m.index + m[0].length);
        const sentence = firstSentence(after.replace(/^[\s:：]+/, ''));
        const afterColon = /[:：]/.test(sentence) ? sentence.slice(sentence.search(/[:：]/) + 1) : sentence;
        const listed = bullets(text.slice(m.index)) ?? listIn(afterColon, 'first', any)?.labels ?? listIn(lastClause(text.slice(0, m.index)), 'last', any)?.labels;
        if (listed) return { labels: listed, phrase: m[0].trim(), lang: p.lang, ...(multi ? { multi } : {}) };
      }
    }
  }
  // 2. After a colon: "Categories: billing, tech, other" / a bullet list under "Labels:".
  const strong = (l: ParsedList) => l.quoted || (l.orJoined && l.labels.length >= 3);
  for (const m of text.matchAll(/[:：]/g)) {
    const rest = text.slice(m.index! + 1);
    if (/^[ \t]*\n\s*(?:[-*•·]|\d+[.)]|<[A-Za-z])/.test(rest)) {
      const under = bullets(text.slice(m.index!));
      // A bullet list under a heading is a closed answer set only when the prompt asks for one of them back.
      if (under && oneBack) return { labels: under };
      continue;
    }
    const list = parseList(firstSentence(rest));
    if (list && (strong(list) || (oneBack && list.labels.length >= 3))) return { labels: list.labels };
  }
  // 3. Anywhere: "positive, negative or neutral" (three or more, joined by "or"), or quoted / upper-case labels.
  // "metric or imperial?" under a cap of a few tokens: two options, one comes back.
  // Only as a sentence of its own ("metric or imperial?"): "a scale of 1 to 5" holds Dutch "of" ("or") too.
  const twoOptions = (l: ParsedList, sentence: string) => l.orJoined && l.labels.length === 2 && cap !== null && cap <= TWO_OPTION_CAP
    && (sentence.trim().split(/\s+/).length <= SHORT_SENTENCE_WORDS || closesQuestion(sentence, l.labels[1]));
  for (const sentence of text.split(/(?<=[.。!！?？])\s+|\n/)) {
    const list = listIn(sentence, 'first', l => strong(l) || twoOptions(l, sentence));
    if (list) return { labels: list.labels };
  }
  return null;
}

/** An either-or question of a language that joins its two answers without an "or" word, under a tiny cap. */
function eitherOr(text: string, cap: number | null): LabelList | null {
  if (cap === null || cap > TWO_OPTION_CAP) return null;
  for (const p of anyPhrase(EITHER_OR).test(text) ? EITHER_OR : []) {
    const m = p.re.exec(text);
    if (m?.[1] && m[2]) return { labels: [m[1].trim(), m[2].trim()], phrase: m[0].trim(), lang: p.lang };
  }
  return null;
}

/** Runs of short items joined by commas / "or" inside a sentence ("… as positive, negative or neutral."). */
// An item starts and ends on a word boundary, so a long run of words is never cut mid-word ("…como p|ositivo").
// Without spaces an item also ends before, and starts after, a written-out "or" ("正面还是负面"; not the particle か).
const CJK_OR = OR_WORDS.filter(w => CJK.test(w) && (w.length > 1 || /\p{Script=Han}/u.test(w))).join('|');
const LIST_ITEM = `["'“„«「『‘\`]?(?:(?<![\\p{L}\\p{N}_])|(?<=${CJK_OR}))[\\p{L}\\p{N}_][\\p{L}\\p{N}_ '’-]{0,29}(?:(?![\\p{L}\\p{N}_])|(?=${CJK_OR}))["'”»」』’\`]?`;
const LIST_OR = OR_WORDS.map(w => (CJK.test(w) ? w : `\\s${w}\\s`)).join('|');
const LIST_RUN = new RegExp(`${LIST_ITEM}(?:\\s*(?:[,，、|/]|${LIST_OR})\\s*${LIST_ITEM}){1,${MAX_LABELS}}`, 'giu');
const LIST_SEP = new RegExp(`\\s*(?:[,，、|/]|${LIST_OR})\\s*`, 'iu');

function candidatesIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.replace(/」\s*「/g, '」、「').matchAll(LIST_RUN)) {
    // Drop leading words of the sentence that ride on the first item ("Label it as positive" → "positive").
    const end = m[0].search(LIST_SEP);
    const words = m[0].slice(0, end).trim().split(/\s+/);
    out.push(words.length > 1 ? words[words.length - 1] + m[0].slice(end) : m[0]);
  }
  return out;
}

// ---- output shape

/** The first phrase of `list` found in `text`, with the words that matched. */
function firstMatch(list: readonly Phrase[], text: string): { phrase: string; lang: string } | undefined {
  if (!anyPhrase(list).test(text)) return undefined;
  for (const p of list) {
    const m = p.re.exec(text);
    if (m) return { phrase: m[0].trim(), lang: p.lang };
  }
  return undefined;
}

const CODE_STANDARD = /\bISO[ -]?(?:639|3166|4217|8601)\b|\bBCP[ -]?47\b|\bE\.164\b|\bYYYY-MM-DD\b|\balpha-?[23]\b/i;
/** Labels that answer a yes/no question: a yes word and a no word, and at most one more ("unclear", "maybe"). */
function yesNoList(labels: string[]): boolean {
  const yesNo = labels.filter(l => YES_NO_WORDS.has(l.toLowerCase())).length;
  return yesNo >= 2 && labels.length - yesNo <= 1;
}

/**
 * A date format spelled with the letters of any language: three runs of one repeated capital each, one separator
 * ("AAAA-MM-DD", "TT.MM.JJJJ", "GG/MM/AAAA", "ДД.ММ.ГГГГ").
 */
const DATE_FORMAT = /(?<![\p{L}\p{N}])(\p{Lu})\1{1,3}([-/.])(\p{Lu})\3{1,3}\2(\p{Lu})\4{1,3}(?![\p{L}\p{N}])/u;
/** "(1-5)", "(0–10)": a score range written in parentheses, any language. */
function NUMERIC_RANGE_IN_PARENS(text: string): { phrase: string; lang?: string } | undefined {
  const m = /[(（]\s*\d{1,3}\s*[-–~〜]\s*\d{1,3}\s*[)）]/.exec(text);
  return m ? { phrase: m[0] } : undefined;
}

/** A quoted format template: "000-0000", 'YYYY-MM-DD', 「HH:MM」. */
const FORMAT_TEMPLATE = /["'“「『`](?:[0-9XxNnYMDHhms#]{2,}[-/.: ]?){2,}["'”」』`]/;

/** Keys of a JSON answer spelled in the prompt: `{"note": N}`, or quoted names when JSON mode is on ("Return JSON with "size" and "color""). */
export function inlineJsonKeys(text: string, jsonMode: boolean): number {
  const keys = new Set<string>();
  for (const obj of text.matchAll(/\{[^{}]{1,200}\}/g)) {
    for (const k of obj[0].matchAll(/["']([\p{L}_][\p{L}\p{N}_ -]{0,30})["']\s*:/gu)) keys.add(k[1]);
  }
  if (keys.size === 0 && jsonMode) for (const k of text.matchAll(/["“]([\p{L}_][\p{L}\p{N}_]{0,30})["”]/gu)) keys.add(k[1]);
  return keys.size;
}

/** Property names in the static text of the tools: one forced tool is a structured answer. */
function toolSchemaFields(fact: CallFact): number | null {
  if (countTools(fact) !== 1) return null;
  const text = fact.prompt.filter(p => p.role === 'tools').map(p => p.text).join('\n');
  const keys = new Set<string>();
  for (const m of text.matchAll(/["']?([A-Za-z_$][\w$]*)["']?\s*[:=]/g)) if (!SCHEMA_KEYWORDS.has(m[1]) && !/^(input_schema|parameters|function|tool_choice|input)$/.test(m[1])) keys.add(m[1]);
  return keys.size || null;
}

/** An extraction or a bounded text is short only under a cap this small (tokens). */
const SHORT_OUTPUT_CAP = 200;
/** "only the X" names a one-word answer when the cap leaves room for little else. */
const BARE_ANSWER_CAP = 10;

/**
 * A strong positive `logit_bias` on a few tokens under a cap of a few tokens: the answer can only be those tokens,
 * whatever the prompt says (a yes/no or a label by token id). The parameter names the shape, in no language.
 */
function biasedTokens(fact: CallFact, cap: number | null): OutputShape | null {
  const favoured = fact.features.logitBias?.favoured;
  if (!favoured || favoured > MAX_LABELS || cap === null || cap > ONE_LABEL_CAP) return null;
  return { kind: 'tokens', tokens: favoured, phrase: fact.features.logitBias!.param };
}

/**
 * "only the X" in any covered language: the word for "only" followed by at most three words that end the clause
 * ("Geef alleen de postcode (…)", "responda só com a data:", "only the ticker."). With a cap of a few tokens it
 * names a bare answer.
 */
function bareAnswer(text: string): { phrase: string; lang: string } | null {
  for (const { m, lang } of matchesOf(ONLY, text)) {
    const rest = /^\s*(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+(?=\s*(?:[(（.,;:：!?！？。\n]|$))/u.exec(text.slice(m.index + m[0].length));
    if (rest) return { phrase: `${m[0]}${rest[0]}`.trim(), lang };
  }
  return null;
}

/** The first match of `list` with the phrase's language, from a screened table. */
function* matchesOf(list: readonly Phrase[], text: string): Generator<{ m: RegExpExecArray; lang: string }> {
  if (!anyPhrase(list).test(text)) return;
  for (const p of list) {
    const m = p.re.exec(text);
    if (m) yield { m, lang: p.lang };
  }
}

const AND_SPLIT = new RegExp(`\\s+(?:${AND_WORDS.join('|')})\\s+`, 'giu');
/** Keys that hold open text: a JSON answer made only of them is a free-text answer in JSON clothes. */
const OPEN_KEYS = /^(?:summary|summaries|description|explanation|reasoning|rationale|analysis|analyse|an[aá]lisis|analisi|reply|response|answer|content|body|text|essay|article|story|feedback|advice|recommendations?|critique|comments?|notes|details|overview|insights?|message|email|draft|translation|rewrite|resumen|resumo|r[ée]sum[ée]|zusammenfassung|beschreibung|descripci[oó]n|descri[cç][aã]o|riassunto|samenvatting|erkl[äa]rung|explicaci[oó]n|explica[cç][aã]o)$/iu;

/**
 * Keys or fields named in prose: "Return JSON with keys title, tags and language", "JSON mit den Feldern name und
 * datum", "以下のキーを持つJSON：title、tags". The names are read after the phrase (or, without spaces, before it).
 * Null when no short list of names follows, or when every name holds open text (a summary, a reply).
 */
export function namedKeys(text: string): { keys: string[]; phrase: string; lang: string } | null {
  for (const { m, lang } of matchesOf(KEYS, text)) {
    const after = firstSentence(text.slice(m.index + m[0].length).replace(/^[\s:：]*(?:named|called|nommés|llamad[oa]s|chamad[oa]s|genannt)?[\s:：]*/iu, ''));
    const before = lastClause(text.slice(0, m.index)).replace(/(?:の|的|를|을)$/u, '');
    for (const [segment, which] of [[after, 'first'], [before, 'last']] as const) {
      const list = listIn(segment.replace(AND_SPLIT, ', '), which, l => l.labels.length >= 1);
      if (!list) continue;
      const keys = list.labels.map(k => k.replace(/^[`"'“„«]+|[`"'”»]+$/g, ''));
      if (!keys.every(k => /^[\p{L}_][\p{L}\p{N}_ .-]{0,40}$/u.test(k)) || keys.every(k => k.split(/[\s_-]+/).some(w => OPEN_KEYS.test(w)))) continue;
      return { keys, phrase: m[0].trim(), lang };
    }
  }
  return null;
}

/** "… is spam or not:" — an "or not" that closes its clause (or, where words run together, the phrase with its verb). */
function orNot(text: string): { phrase: string; lang: string } | null {
  for (const p of anyPhrase(OR_NOT).test(text) ? OR_NOT : []) {
    const re = new RegExp(p.re.source, 'giu');
    for (const m of text.matchAll(re)) {
      const rest = text.slice(m.index + m[0].length);
      if (CJK.test(m[0]) || /^\s*(?:[?？:：.。!！\n"'”»)]|$)/.test(rest)) return { phrase: m[0].trim(), lang: p.lang };
    }
  }
  return null;
}

/**
 * A label set passed in a placeholder: the prompt asks for one (or more) of a list and a placeholder is named as
 * a set of labels (`{valid_categories}`, `${allowedTags}`), next to another placeholder holding the data.
 */
function labelSetPlaceholder(fact: CallFact, text: string): OutputShape | null {
  const placeholders = fact.prompt.filter(p => MESSAGE_ROLES.has(p.role)).flatMap(p => p.placeholders);
  if (placeholders.length < 2) return null;
  const set = placeholders.find(ph => nameWords(ph).some(w => LABEL_SET_NAMES.has(w)));
  if (!set) return null;
  const asked = firstMatch(MANY_OF, text) ?? firstMatch(ONE_OF, text);
  return asked ? { kind: 'label-set', labels: [], labelSet: set, phrase: asked.phrase, lang: asked.lang, ...(firstMatch(MANY_OF, text) ? { multi: true } : {}) } : null;
}

export function outputShape(fact: CallFact, text: string): OutputShape | null {
  const cap = fact.maxOutputTokens?.value ?? null;
  const biased = biasedTokens(fact, cap);
  if (biased) return biased;
  const json = fact.features.jsonMode || /\bjson\b/i.test(text);
  const named = namedKeys(text);
  const typed = outputFields(fact);
  // A typed schema decides by its fields (see typedSchemaShape); one made only of open text leaves the shape to the prompt's words.
  const typedShape = typed ? typedSchemaShape(typed) : 'count';
  if (typedShape !== 'prose' && typedShape !== 'count') return typedShape;
  const fields = typedShape === 'prose' ? null : schemaFields(fact) ?? toolSchemaFields(fact) ?? (inlineJsonKeys(text, fact.features.jsonMode) || (json && named ? named.keys.length : null));
  if (fields !== null && fields > 0 && fields <= SMALL_SCHEMA_FIELDS) return { kind: 'schema', fields, ...(json && named && fields === named.keys.length ? { phrase: named.phrase, lang: named.lang } : {}) };
  if (fields !== null && fields > SMALL_SCHEMA_FIELDS) return null;
  // A date format ("DD/MM/YYYY") is no list of three labels.
  const listText = text.replace(new RegExp(DATE_FORMAT.source, 'gu'), 'DATE');
  const list = labelList(listText, cap) ?? eitherOr(listText, cap) ?? fewShotLabels(listText);
  // "「はい」か「いいえ」" lists the two answers of a yes/no question; "ja, nej eller oklart" is one with a way out.
  if (list && yesNoList(list.labels)) return { kind: 'yes-no', phrase: list.labels.join('/'), lang: list.lang };
  if (list) return { kind: 'labels', labels: list.labels, phrase: list.phrase, lang: list.lang, ...(list.multi ? { multi: true } : {}) };
  const setIn = labelSetPlaceholder(fact, text);
  if (setIn) return setIn;
  const yesNo = firstMatch(YES_NO, text) ?? orNot(text);
  if (yesNo) return { kind: 'yes-no', ...yesNo };
  const number = firstMatch(NUMBER, text) ?? NUMERIC_RANGE_IN_PARENS(text);
  if (number) return { kind: 'number', ...number };
  const code = firstMatch(CODE, text);
  if (code) return { kind: 'code', ...code };
  const standard = CODE_STANDARD.exec(text) ?? DATE_FORMAT.exec(text) ?? FORMAT_TEMPLATE.exec(text);
  if (standard) return { kind: 'code', phrase: standard[0] };
  const query = firstMatch(SEARCH_QUERY, text);
  if (query && (cap === null || cap <= SHORT_OUTPUT_CAP)) return { kind: 'search-query', ...query };
  const word = firstMatch(ONE_WORD, text);
  if (word) return { kind: 'one-word', ...word };
  if (cap !== null && cap <= BARE_ANSWER_CAP) {
    const bare = bareAnswer(text);
    if (bare) return { kind: 'one-word', ...bare };
  }
  const short = firstMatch(SHORT_LIMIT, text);
  if (short && (cap === null || cap <= SHORT_OUTPUT_CAP)) return { kind: 'short-text', ...short };
  const extract = firstMatch(EXTRACT, text);
  // Fields named in the prompt bound an extraction whatever the cap: "Extract the following fields: name, date, total".
  if (extract && named && named.keys.length <= SMALL_SCHEMA_FIELDS) return { kind: 'extraction', fields: named.keys.length, ...extract };
  if (extract && cap !== null && cap <= SHORT_OUTPUT_CAP) return { kind: 'extraction', ...extract };
  return null;
}

/** A parenthesis that opens with a word for "format" or "for example", in the covered languages (language-neutral spellings). */
const FORMAT_EXAMPLE = /[(（]\s*(?:format\p{L}*|formaat|formato|формат\p{L}*|形式|格式|형식|e\.\s?g\.|z\.\s?b\.|p\.\s?ex\.|bijv\.|bv\.|ej\.|ex\.|es\.|напр\.|например|例えば|例如|예:?|예시)[^()（）\n]{0,40}[)）]/giu;

/**
 * A number computed from figures written in the prompt is arithmetic, whatever the language: scales ("1 to 5", "0-1"),
 * the levels of a scale defined by their labels ("0 = irrelevant, 1 = partly relevant") and ids ("P1", "ISO 8601") are
 * not figures.
 */
export function computesWithFigures(text: string, shape: OutputShape | null): boolean {
  if (!shape || (shape.kind !== 'number' && shape.kind !== 'one-word')) return false;
  const rest = text
    // The numbers of a numbered list are markers ("1. Billing"), not figures.
    .replace(/^[ \t]*[(（]?\d{1,2}[.)）:][ \t]/gm, ' ')
    // The levels of a scale defined by their labels ("0 = irrelevant, 1 = relevant") are not figures either.
    .replace(/(?<![\p{L}\p{N}])\d+\s*[=:：＝]\s*(?=\p{L})/gu, ' ')
    // A format or an example of the answer in parentheses is a sample, not a figure: "(formaat 1234 AB)", "(e.g. 42)".
    .replace(FORMAT_EXAMPLE, ' ')
    .replace(/\d+(?:[.,]\d+)?\s*(?:[-–~〜]|to|bis|und|and|et|e|y|en|a|à|al|tot|до|から|到|至|에서|부터)\s*\d+(?:[.,]\d+)?/giu, ' ')
    .replace(/\p{L}+[-_]?\d+/gu, ' ')
    .replace(/\bISO[ -]?\d+|\bE\.164/gi, ' ');
  return /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?(?![\p{N}])/u.test(rest);
}

// ---- task locus

/** Identifiers in a placeholder, split into lower-case words: `${userQuestion}` → user, question. */
function nameWords(placeholder: string): string[] {
  return (placeholder.match(/[A-Za-z\u00C0-\u024F]+/g) ?? [])
    .flatMap(id => id.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_]+/))
    .map(w => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .filter(Boolean);
}

/** Names that end in a problem word but name a datum: a zip code, a country code, an error code. */
const DATA_COMPOUND = /(zip|postal|post|country|language|lang|currency|promo|discount|coupon|area|status|error|product|sku|hs|iso|region|tax)[\s_-]?(code|codes)\b/i;

/** Problem names that also name a customer's message ("a question to route"): the problem itself only when the answer is not one of several listed categories. */
const WEAK_PROBLEM_NAMES = new Set(['question', 'questions', 'frage', 'fragen', 'pregunta', 'preguntas', 'pergunta', 'perguntas', 'domanda', 'domande', 'vraag', 'vragen', 'vopros']);

/**
 * Answers that are option markers ("A, B, C or D", "1, X, 2") whose options the static prompt does not spell out
 * ("A) billing"): the options, and so the question, arrive in the data — a multiple-choice question to solve.
 */
/** An option spelled in the prompt: "A) billing", "(b) tech", "C: other", "1. yes". */
const OPTION_MARKER = /(?<![\p{L}\p{N}])[(（]?([\p{L}\p{N}])\s*[).:：）]\s*[\p{L}\p{N}]/gu;

export function unspelledOptions(shape: OutputShape | null, text: string): boolean {
  if (shape?.kind !== 'labels') return false;
  const labels = shape.labels!;
  if (!labels.every(l => /^[\p{L}\p{N}]$/u.test(l))) return false;
  const spelled = new Set([...text.matchAll(OPTION_MARKER)].map(m => m[1].toLowerCase()));
  return labels.some(l => !spelled.has(l.toLowerCase()));
}

/** A verdict on the input (true / false / unverifiable, valid / invalid, prime / composite), not categories. */
const isVerdictLabel = (label: string) => VERDICT_LABELS.has(label.toLowerCase()) || YES_NO_WORDS.has(label.toLowerCase());

/**
 * The heading right before a placeholder ("Problem:\n${text}", "Aufgabe:", "問題："), lower case, when it names an
 * exercise or a puzzle (PROBLEM_HEADINGS): the placeholder holds the problem itself whatever it is called.
 */
function problemHeading(part: PromptPart): string | null {
  const slots = part.slots ?? part.placeholders.map(p => part.text.indexOf(p)).filter(i => i >= 0);
  for (const slot of slots) {
    const before = /([^\n:：]{1,40})[:：]\s*$/u.exec(part.text.slice(Math.max(0, slot - 60), slot));
    if (!before) continue;
    const heading = before[1].trim().toLowerCase();
    // "Problem", "Word problem", "Brain teaser": the heading itself or its last word.
    const last = heading.split(/\s+/).pop() ?? heading;
    if (PROBLEM_HEADINGS.has(heading) || PROBLEM_HEADINGS.has(last)) return heading;
  }
  return null;
}

export function taskLocus(fact: CallFact, shape: OutputShape | null = null, text = promptText(fact)): TaskLocus {
  // Three or more listed categories (not answer letters, not verdicts such as true / false) make a question the data to route.
  const categories = shape?.kind === 'labels' && shape.labels!.length >= 3 && shape.labels!.every(l => l.length > 2 && !isVerdictLabel(l));
  // A question rewritten into a search query is the data of the rewrite, not a problem to solve.
  const rewritesQuery = shape?.kind === 'search-query' || (shape?.kind === 'schema' && anyPhrase(SEARCH_QUERY).test(text));
  const placeholders = fact.prompt.filter(p => MESSAGE_ROLES.has(p.role)).flatMap(p => p.placeholders);
  // An image sent with a fixed instruction is the data ("Describe this image in five words").
  if (placeholders.length === 0) return fact.features.vision ? { kind: 'data', placeholders: ['the image'] } : { kind: 'none', placeholders };
  for (const ph of placeholders) {
    const words = nameWords(ph);
    if (DATA_COMPOUND.test(words.join('_'))) continue;
    if (words.some(w => PROBLEM_NAMES.has(w) && !((categories || rewritesQuery) && WEAK_PROBLEM_NAMES.has(w)))) return { kind: 'problem', placeholders, problem: ph };
    // A one-letter variable ({n}, ${x}) is an operand, not a text to label.
    if (words.length === 1 && words[0].length === 1) return { kind: 'problem', placeholders, problem: ph };
  }
  if (unspelledOptions(shape, text)) return { kind: 'problem', placeholders, problem: `${placeholders[0]} (options not in the prompt: a multiple-choice question)` };
  // Like a weak problem name, a heading such as "Problem:" may introduce a customer's problem to route to a listed category.
  if (!categories) {
    for (const part of fact.prompt.filter(p => MESSAGE_ROLES.has(p.role) && p.placeholders.length > 0)) {
      const heading = problemHeading(part);
      if (heading) return { kind: 'problem', placeholders, problem: `${part.placeholders[0]} (under the heading "${heading}")` };
    }
  }
  return { kind: 'data', placeholders };
}

// ---- blockers

/**
 * The text with the listed answer labels blanked: a "bug" or "DEBUG" label is not a bug hunt. Verdict labels (true,
 * valid, prime …) stay: they are what the question asks to judge ("is this claim true? true, false or unverifiable").
 */
export function maskLabels(text: string, shape: OutputShape | null): string {
  let masked = text;
  for (const label of shape?.labels ?? []) if (!isVerdictLabel(label)) masked = masked.split(label).join(' ');
  return masked;
}

/** Languages whose phrase tables the text uses: evidence for a language franc only ranks close. */
export function languagesUsed(text: string): Set<string> {
  const out = new Set<string>();
  for (const list of [ONE_OF, YES_NO, NUMBER, CODE, ONE_WORD, ONLY, SHORT_LIMIT, EXTRACT, HARD, OPEN]) {
    if (!anyPhrase(list).test(text)) continue;
    for (const p of list) if (!out.has(p.lang) && p.re.test(text)) out.add(p.lang);
  }
  return out;
}

/** HARD split by family, each list in table order (anyPhrase screens one family at a time), with each phrase's place in HARD. */
const HARD_BY_FAMILY = new Map<HardFamily, Array<(typeof HARD)[number]>>();
const HARD_ORDER = new Map(HARD.map((h, i) => [h, i]));
for (const h of HARD) {
  let list = HARD_BY_FAMILY.get(h.family);
  if (!list) HARD_BY_FAMILY.set(h.family, (list = []));
  list.push(h);
}

/** Hard-task phrases of every covered language, with the listed answer labels masked: per family the first phrase in table order. */
export function hardTasks(text: string, shape: OutputShape | null): Blocker[] {
  const masked = maskLabels(text, shape);
  const found: Array<{ order: number; blocker: Blocker }> = [];
  if (!anyPhrase(HARD).test(masked)) return [];
  for (const [family, list] of HARD_BY_FAMILY) {
    if (!anyPhrase(list).test(masked)) continue;
    for (const h of list) {
      const m = h.re.exec(masked);
      if (!m) continue;
      found.push({ order: HARD_ORDER.get(h)!, blocker: { kind: 'hard-task', family, phrase: m[0].trim(), lang: h.lang, detail: `${FAMILY_LABEL[family]} ("${m[0].trim()}", ${h.lang})` } });
      break;
    }
  }
  return found.sort((a, b) => a.order - b.order).map(f => f.blocker);
}

/**
 * A rubric grades someone's work: judgement-heavy grading when the prompt names the work (an answer, an essay, a
 * translation), not for a scale that defines the labels of a grade of provided data ("0 = irrelevant, 1 = relevant").
 */
function rubricOverWork(text: string, shape: OutputShape | null): Blocker | null {
  const masked = maskLabels(text, shape);
  if (!anyPhrase(RUBRIC).test(masked) || !anyPhrase(GRADED_WORK).test(masked)) return null;
  const rubric = RUBRIC.map(p => ({ p, m: p.re.exec(masked) })).find(x => x.m);
  const work = GRADED_WORK.map(p => p.re.exec(masked)).find(m => m);
  if (!rubric?.m || !work) return null;
  const phrase = rubric.m[0].trim();
  return { kind: 'hard-task', family: 'grading', phrase, lang: rubric.p.lang, detail: `${FAMILY_LABEL.grading} ("${phrase}" over "${work[0].trim()}", ${rubric.p.lang})` };
}

export const FAMILY_LABEL: Record<HardFamily, string> = {
  'maths-logic': 'maths / logic problem',
  proof: 'proof or conjecture',
  game: 'game position or move',
  'code-verdict': 'bug / race / security verdict',
  forecast: 'forecast',
  policy: 'policy eligibility',
  clinical: 'clinical judgement',
  legal: 'legal / tax / benefit verdict',
  grading: 'judgement-heavy grading',
  'multi-hop': 'multi-hop question over documents',
  reasoning: 'asks for step-by-step reasoning',
  argument: 'judging an argument (fallacy, validity)',
  exam: 'exam or quiz question (the answer is knowledge, not in the data)',
  decision: 'the best of the options for someone\'s situation (a judgement, not a lookup)',
  'financial-crime': 'fraud / money-laundering judgement',
  causal: 'cause or counterfactual (what caused it, what would have happened)',
  constraints: 'constraint satisfaction, scheduling or ordering of steps',
};

/** Open output (a summary, a translation, a rewrite, prose, an answer from given context), any covered language: the first phrase found. */
export function openOutput(text: string, shape: OutputShape | null): Blocker | null {
  const masked = maskLabels(text, shape);
  // A question rewritten as a search query is the query shape, not open prose.
  const tables = shape?.kind === 'search-query' ? [OPEN] : [OPEN, REWRITE];
  for (const p of tables.filter(t => anyPhrase(t).test(masked)).flat()) {
    const m = p.re.exec(masked);
    if (m) return { kind: 'open-output', phrase: m[0].trim(), lang: p.lang, detail: `open output ("${m[0].trim()}", ${p.lang}): a summary, translation, rewrite, prose or an answer from context` };
  }
  return null;
}

function callBlockers(fact: CallFact, inputTokens: number, text: string): Blocker[] {
  const out: Blocker[] = [];
  const f = fact.features;
  if (f.reasoningEffort && !/^(none|minimal)$/i.test(f.reasoningEffort)) out.push({ kind: 'reasoning', detail: `reasoning_effort "${f.reasoningEffort}"` });
  if (f.thinkingBudget !== undefined && f.thinkingBudget > 0) out.push({ kind: 'reasoning', detail: `thinking budget of ${f.thinkingBudget} tokens` });
  if (fact.model.value && REASONING_MODEL.test(fact.model.value)) out.push({ kind: 'reasoning-model', detail: `reasoning model ${fact.model.value}` });
  const tools = countTools(fact);
  if (tools >= 2) out.push({ kind: 'tools', detail: `${tools} tools` });
  if (f.history) out.push({ kind: 'history', detail: 'conversation history passed in' });
  if (inputTokens > LONG_CONTEXT_TOKENS) out.push({ kind: 'long-context', detail: `long prompt (${inputTokens} tokens)` });
  if (visibleLength(text, outputFields(fact)) < MIN_VISIBLE_PROMPT) out.push({ kind: 'unseen-prompt', detail: 'prompt not visible in the code' });
  return out;
}

/**
 * How much of the prompt the code shows, in Latin-letter equivalents: a Chinese, Japanese or Korean character
 * carries about a word's worth (counts 2). A static label of the data ("Zpráva:", "명함 텍스트:") plus a typed output
 * schema is a visible prompt: the schema's field names and listed values are sent to the model as well. A prompt
 * with no static words at all stays unseen whatever its schema.
 */
function visibleLength(text: string, fields: SchemaField[] | null): number {
  const words = text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}]{2}/u.test(words)) return 0;
  const schema = (fields ?? []).flatMap(f => [f.name, ...(f.values ?? [])]).join(' ');
  let n = 0;
  for (const ch of `${words} ${schema}`.trim()) n += CJK.test(ch) ? 2 : 1;
  return n;
}

/**
 * Code written into the static prompt (a fenced block other than a JSON example, an SQL statement, a function
 * definition): with a closed answer it is code to judge, in any language.
 */
const CODE_IN_PROMPT = [
  /```(?!\s*json\b)[\w+-]*\s*\n[^`]*?[;{}()=][^`]*?```/i,
  /\b(?:SELECT\s[^;]{1,300}?\sFROM\s|ALTER\s+TABLE\s|CREATE\s+(?:UNIQUE\s+)?INDEX\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|INSERT\s+INTO\s)/,
  /\b(?:def|function|func|fn)\s+\w+\s*\([^)]*\)\s*(?::|\{|->)/,
];

export function codeInPrompt(text: string): Blocker | null {
  for (const re of CODE_IN_PROMPT) {
    const m = re.exec(text);
    if (m) return { kind: 'hard-task', family: 'code-verdict', phrase: m[0].slice(0, 40), detail: `${FAMILY_LABEL['code-verdict']} (code written into the prompt)` };
  }
  return null;
}

/**
 * The text the phrase and shape rules read: a long prompt is read at its start and its end, where instructions
 * live, so the advisor stays linear on a prompt of any length. The tail starts after a line or sentence end, so a
 * list cut in the middle does not read as a short list.
 */
export const SCAN_HEAD = 6_000;
export const SCAN_TAIL = 2_000;
export function scanned(text: string): string {
  if (text.length <= SCAN_HEAD + SCAN_TAIL) return text;
  const tail = text.slice(-SCAN_TAIL);
  const start = tail.search(/\n|[.。!！?？](?:\s|$)/);
  return `${text.slice(0, SCAN_HEAD)}\n${start < 0 ? '' : tail.slice(start + 1).trimStart()}`;
}

export function structureOf(fact: CallFact, inputTokens: number): StructureFacts {
  const full = promptText(fact);
  const text = scanned(full);
  const shape = outputShape(fact, text);
  const hard = hardTasks(foldSiblingLetters(text), shape);
  const code = hard.some(b => b.family === 'code-verdict') ? null : codeInPrompt(text);
  const rubric = hard.some(b => b.family === 'grading') ? null : rubricOverWork(text, shape);
  const open = openOutput(text, shape);
  return {
    shape,
    cap: fact.maxOutputTokens,
    locus: taskLocus(fact, shape, text),
    blockers: [
      ...callBlockers(fact, inputTokens, full), ...hard, ...(code ? [code] : []), ...(rubric ? [rubric] : []), ...(open ? [open] : []),
      ...(computesWithFigures(text, shape) && !hard.some(b => b.family === 'maths-logic')
        ? [{ kind: 'hard-task' as const, family: 'maths-logic' as const, detail: 'maths / logic problem (a number computed from figures in the prompt)' }] : []),
    ],
    language: detectLanguage(text),
    numerals: /\p{N}/u.test(text),
  };
}

// ---- evidence, in words

export function describeShape(shape: OutputShape): string {
  switch (shape.kind) {
    case 'schema': {
      const named = shape.phrase ? ` (named in the prompt: "${shape.phrase}"${shape.lang ? `, ${shape.lang}` : ''})` : '';
      const what = shape.enumOnly ? `, each one of the values it lists (${shape.labels!.slice(0, 3).join(', ')}${shape.labels!.length > 3 ? ', …' : ''})`
        : shape.record ? ', a record of values copied from the input (no more than one category or flag)'
          : shape.closed ? ', every field an enum, a boolean or a number' : '';
      return `the output is a JSON schema with ${shape.fields} field${shape.fields === 1 ? '' : 's'}${named}${what}`;
    }
    case 'label-set': return `the output is ${shape.multi ? 'one or more' : 'one'} of the labels passed in ${shape.labelSet} ("${shape.phrase}", ${shape.lang})`;
    case 'labels': {
      const shown = shape.labels!.slice(0, 3).join(', ') + (shape.labels!.length > 3 ? ', …' : '');
      return `the output is ${shape.multi ? 'one or more' : 'one'} of ${shape.labels!.length} listed labels (${shown})`;
    }
    case 'tokens': return `the output is confined to ${shape.tokens} token${shape.tokens === 1 ? '' : 's'} favoured by ${shape.phrase} (bias ≥ +${FAVOURING_BIAS})`;
    case 'yes-no': return `the answer is yes or no (${shape.phrase}${shape.lang ? `, ${shape.lang}` : ''})`;
    case 'number': return 'the answer is a number';
    case 'code': return `the answer is a code (${shape.phrase})`;
    case 'one-word': return `the answer is one word / the label only ("${shape.phrase}")`;
    case 'short-text': return `the output is a short bounded text ("${shape.phrase}")`;
    case 'extraction': return shape.fields ? `the output is ${shape.fields} named field${shape.fields === 1 ? '' : 's'} extracted from the input ("${shape.phrase}")` : `the output is a field extracted from the input ("${shape.phrase}")`;
    case 'search-query': return `the output is a search query ("${shape.phrase}"${shape.lang ? `, ${shape.lang}` : ''})`;
  }
}
