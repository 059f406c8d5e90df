// The phrase tables of every language the advisor covers, compiled once, and the detection of a prompt's
// language. Blockers and shape phrases of EVERY covered language are checked on every prompt (a German
// instruction in an English system prompt still counts); the detected language only says whether the
// blocker check covered the prompt at all.
import { francAll } from 'franc-min';
import type { HardFamily, LanguageLexicon } from './types';
import { LiteralIndex, fold, literalsOf } from './literals';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { it } from './it';
import { nl } from './nl';
import { ja } from './ja';
import { zh } from './zh';
import { ko } from './ko';
import { ru } from './ru';

export type { HardFamily, LanguageLexicon } from './types';

export const LEXICONS: readonly LanguageLexicon[] = [en, de, es, fr, pt, it, nl, ja, zh, ko, ru];

/** Languages whose blockers are checked, by ISO 639-1 code. */
export const COVERED = LEXICONS.map(l => l.code);

export interface Phrase {
  lang: string;
  /** The table entry that matched (for evidence), e.g. `one of`. */
  entry: string;
  /** The regular expression source of the entry, without the word boundaries (see anyPhrase). */
  source: string;
  re: RegExp;
}

/**
 * The letters of the scripts the tables are written in (Latin with its extensions, Greek, Cyrillic, kana, CJK,
 * Hangul), spelled as ranges: V8 compiles a Unicode property class such as \p{L} under the `i` flag by case-folding
 * the whole class, about half a millisecond per occurrence, and the tables hold hundreds (the first calls of a scan
 * took seconds).
 */
export const LETTER_RANGES = 'a-zA-Z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u052F'
  + '\\u1100-\\u11FF\\u1E00-\\u1EFF\\u3040-\\u30FF\\u3130-\\u318F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF';
const DIGIT_RANGES = '0-9\\uFF10-\\uFF19';

/** `source` with \p{L} / \p{N} spelled as the ranges above (inside a class: the bare ranges). */
export function cheapClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const prop = /^\\p\{([LN])\}/.exec(source.slice(i));
      if (prop) {
        const ranges = prop[1] === 'L' ? LETTER_RANGES : DIGIT_RANGES;
        out += inClass ? ranges : `[${ranges}]`;
        i += prop[0].length - 1;
        continue;
      }
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

function edges(lex: LanguageLexicon): [before: string, after: string] {
  const b = lex.boundaries ?? 'both';
  const letter = `[${LETTER_RANGES}${DIGIT_RANGES}_]`;
  return [b === 'none' ? '' : `(?<!${letter})`, b === 'both' ? `(?!${letter})` : ''];
}

function compile(lex: LanguageLexicon, source: string, flags = 'iu'): RegExp {
  const [before, after] = edges(lex);
  return new RegExp(`${before}(?:${source})${after}`, flags);
}

const BY_CODE = new Map(LEXICONS.map(l => [l.code, l]));

/**
 * A table entry whose expression is compiled on first use: building ~900 Unicode-aware expressions cost ~0.3 s of
 * the language server's first lens, and behind anyPhrase most of them are never run.
 */
function phrase(lex: LanguageLexicon, entry: string, source = entry): Phrase {
  let re: RegExp | undefined;
  return { lang: lex.code, entry, source, get re() { return (re ??= compile(lex, source)); } };
}

/** Says whether some phrase of a table matches a text (see anyPhrase). */
export interface PhraseScreen { test(text: string): boolean }

/**
 * Whether any phrase of `list` matches a text: one regular expression joining them all (a prompt is scanned once
 * per table instead of once per phrase; ~900 phrases in 11 languages were ~40 % of a call-dense scan), run only when
 * the text holds one of the literals every match of some phrase contains (./literals: one pass over the text for
 * every table; the joined expression tries hundreds of alternatives at every position) — from the table's
 * LITERALS_AFTER-th text on. Callers that need the first phrase in table order (the evidence) run the per-phrase
 * loop only when this says some phrase is there.
 */
export function anyPhrase(list: readonly Phrase[]): PhraseScreen {
  let screen = SCREENS.get(list);
  if (!screen) {
    const groups = new Map<string, string[]>();
    for (const p of list) {
      const key = edges(BY_CODE.get(p.lang)!).join('\u0000');
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(p.source);
    }
    const parts = [...groups].map(([key, sources]) => { const [before, after] = key.split('\u0000'); return `${before}(?:${sources.join('|')})${after}`; });
    const re = new RegExp(parts.length ? parts.join('|') : '(?!)', 'iu');
    let asked = 0;
    let ids: number[] | null | undefined;
    screen = {
      test(text) {
        if (ids === undefined) {
          if (++asked <= LITERALS_AFTER) return re.test(text);
          ids = literalIds(list);
        }
        if (ids === null) return re.test(text);
        const hits = literalHits(text);
        return ids.some(id => hits[id] === 1) && re.test(text);
      },
    };
    SCREENS.set(list, screen);
  }
  return screen;
}
const SCREENS = new WeakMap<readonly Phrase[], PhraseScreen>();

/**
 * A table's literals are read once it has screened this many texts: reading them costs ~0.1 s of a cold start (the
 * hard-task table's sources are ~120 KB), more than its expression costs on the few hundred prompts of a first file.
 */
const LITERALS_AFTER = 256;

/** Every screened phrase's literals, in one index: one pass over a text answers every table's screen. */
const LITERALS = new LiteralIndex();
const LITERAL_ID = new Map<string, number | null>();

/** The index ids of a table's phrases, or null when some phrase has no literal every match contains. */
function literalIds(list: readonly Phrase[]): number[] | null {
  const ids: number[] = [];
  for (const p of list) {
    const key = `${p.lang}\u0000${p.source}`;
    if (!LITERAL_ID.has(key)) {
      const literals = literalsOf(p.source);
      const b = BY_CODE.get(p.lang)!.boundaries ?? 'both';
      LITERAL_ID.set(key, literals && LITERALS.add(literals.map(l => ({ ...l, before: b !== 'none', after: b === 'both' }))));
      lastText = null; // the index grew: hits of the last text are stale
    }
    const id = LITERAL_ID.get(key);
    if (id === null || id === undefined) return null;
    ids.push(id);
  }
  return ids;
}

/** The advisor screens one text with several tables in a row: one pass for all of them. */
let lastText: string | null = null;
let lastHits: Uint8Array = new Uint8Array(0);
function literalHits(text: string): Uint8Array {
  if (text !== lastText) { lastHits = LITERALS.hits(fold(text)); lastText = text; }
  return lastHits;
}

/**
 * One phrase per language and table: the entries joined as alternatives (fewer expressions to compile; the match
 * is the leftmost entry in the text). Its evidence is the words that matched. Compiled on first use, like phrase().
 */
function joined(lex: LanguageLexicon, entries: string[], flags = 'iu'): Phrase {
  const source = cheapClasses(entries.join('|'));
  let re: RegExp | undefined;
  return { lang: lex.code, entry: entries.join(' | '), source, get re() { return (re ??= compile(lex, source, flags)); } };
}

function phrases(pick: (l: LanguageLexicon) => string[] | undefined, flags = 'iu'): Phrase[] {
  return LEXICONS.flatMap(l => (pick(l)?.length ? [joined(l, pick(l)!, flags)] : []));
}

export const ONE_OF = phrases(l => l.oneOf);
/** ONE_OF with the global flag, for reading every occurrence (`matchAll` copies it: no shared lastIndex). */
export const ONE_OF_ALL = phrases(l => l.oneOf, 'giu');
export const NUMBER = phrases(l => l.number);
export const CODE = phrases(l => l.code_);
export const ONE_WORD = phrases(l => l.oneWord);
export const ONLY = phrases(l => l.only);
export const SHORT_LIMIT = phrases(l => l.shortLimit);
export const EXTRACT = phrases(l => l.extract);
export const EITHER_OR = phrases(l => l.eitherOr);
export const MANY_OF = phrases(l => l.manyOf);
/** MANY_OF with the global flag, like ONE_OF_ALL. */
export const MANY_OF_ALL = phrases(l => l.manyOf, 'giu');
export const OR_NOT = phrases(l => l.orNot);
export const KEYS = phrases(l => l.keys);
export const SEARCH_QUERY = phrases(l => l.searchQuery);
export const OPEN = phrases(l => l.open);
export const REWRITE = phrases(l => l.rewrite);
export const RUBRIC = phrases(l => l.rubric);
export const GRADED_WORK = phrases(l => l.gradedWork);
export const PER_ITEM = phrases(l => l.perItem);
export const HARD: ReadonlyArray<Phrase & { family: HardFamily }> = LEXICONS.flatMap(l =>
  Object.entries(l.hard).flatMap(([family, entries]) => (entries?.length ? [Object.assign(joined(l, entries), { family: family as HardFamily })] : [])));

/**
 * "or" in languages without a table (pl, cs, sk, sv/da/no, fi, tr, el, hu, ro, uk, id/ms, vi, hi, ar, he, th): a
 * label list stays a list in any language, even where the blocker phrases are not checked.
 */
const OTHER_OR = ['lub', 'albo', 'nebo', 'alebo', 'eller', 'tai', 'veya', 'ya da', 'ή', 'vagy', 'sau', 'або', 'чи', 'atau', 'hoặc', 'या', 'أو', 'או', 'หรือ'];

/** Every word for "or", any language: splits "a, b or c" into labels. */
export const OR_WORDS: readonly string[] = [...new Set([...LEXICONS.flatMap(l => l.or), ...OTHER_OR])];

/** A yes word and a no word side by side ("yes or no", "ja/nein", "「はい」か「いいえ」"), one pattern per language. */
export const YES_NO: Phrase[] = LEXICONS.map(l => {
  const q = `["'“”„«»「」『』‘’\`*]?`;
  // Without spaces between words a separator is required: Chinese 是否 ("whether") is not a yes/no answer.
  const sep = `\\s*(?:[/|,，、]|${l.or.join('|')})${l.boundaries === 'none' ? '' : '?'}\\s*`;
  const entry = `${q}(?:${l.yes.join('|')})${q}${sep}${q}(?:${l.no.join('|')})${q}`;
  return phrase(l, `${l.yes[0]}/${l.no[0]}`, entry);
});

/** Every phrase table by name (tests check anyPhrase against each). */
export const PHRASE_TABLES: Readonly<Record<string, readonly Phrase[]>> = { ONE_OF, MANY_OF, OR_NOT, KEYS, SEARCH_QUERY, NUMBER, CODE, ONE_WORD, ONLY, SHORT_LIMIT, EXTRACT, HARD, YES_NO, OPEN, REWRITE, RUBRIC, GRADED_WORK, PER_ITEM };

/**
 * Yes and no in languages without a table (the OTHER_OR languages): "ya atau tidak" is a yes/no question, not a list
 * of two labels, in any language — the uncovered-language rule lets only a label list through.
 */
const OTHER_YES_NO = ['tak', 'nie', 'ano', 'ne', 'áno', 'nie', 'ja', 'nej', 'kyllä', 'ei', 'evet', 'hayır', 'ναι', 'όχι', 'igen', 'nem', 'da', 'nu', 'так', 'ні', 'ya', 'tidak', 'có', 'không', 'हाँ', 'नहीं', 'نعم', 'لا', 'כן', 'לא', 'ใช่', 'ไม่'];

/** Every yes and no word, lower case. */
export const YES_NO_WORDS: ReadonlySet<string> = new Set([...LEXICONS.flatMap(l => [...l.yes, ...l.no]), ...OTHER_YES_NO]);

/** Placeholder names that hold a set of labels to choose from, any language (lower case, accents stripped). */
export const LABEL_SET_NAMES: ReadonlySet<string> = new Set(LEXICONS.flatMap(l => l.labelSetNames ?? []));

/** Words joining the last two names of a list ("title, tags and language"), any language written with spaces. */
export const AND_WORDS: readonly string[] = [...new Set(LEXICONS.flatMap(l => l.and ?? []))];

/** Placeholder names that hold the problem itself, any language (lower case, accents stripped). */
export const PROBLEM_NAMES: ReadonlySet<string> = new Set(LEXICONS.flatMap(l => l.problemNames ?? []));

/** Headings that introduce the problem itself right before a placeholder, any language (lower case). */
export const PROBLEM_HEADINGS: ReadonlySet<string> = new Set(LEXICONS.flatMap(l => l.problemHeadings ?? []));

/** Answer labels that are a verdict on the input (true, valid, prime …), any language (lower case). */
export const VERDICT_LABELS: ReadonlySet<string> = new Set(LEXICONS.flatMap(l => l.verdictLabels ?? []));

export interface DetectedLanguage {
  /** ISO 639-3 code from franc, or 'und' when the text is too short to tell. */
  franc: string;
  /** ISO 639-1 code of a covered language when franc's best guess is one, else null. */
  code: string | null;
  covered: boolean;
  /** Covered languages (ISO 639-1) franc ranks close to its best guess: franc confuses close languages on short text. */
  close: string[];
}

const BY_FRANC = new Map(LEXICONS.map(l => [l.franc, l.code]));
/** A covered language scoring this close to the best guess is a candidate (rus after bul, spa after ita). */
const CLOSE_CALL = 0.9;
/**
 * Uncovered languages franc picks for short text in a covered one: a Russian prompt of a few words reads as Serbian
 * or Bulgarian (or Komi), a Spanish one as Asturian. Such a guess ranks the covered language close; the verdict still needs
 * the prompt to use that language's phrases (see languageKnown in ../complexity).
 */
const MISTAKEN_FOR: Readonly<Record<string, string>> = { srp: 'ru', bul: 'ru', koi: 'ru', ast: 'es' };

/** The language of a prompt's static text, by franc's trigram model. */
export function detectLanguage(text: string): DetectedLanguage {
  // Placeholders, code and JSON keys are not language: keep letters, spaces and punctuation.
  const sample = text.replace(/[{}[\]()<>$`"'_:=;#*|\\/0-9]+/g, ' ').replace(/\s+/g, ' ').trim();
  let known = DETECTED.get(sample);
  if (!known) {
    if (DETECTED.size >= DETECTED_MAX) DETECTED.clear();
    DETECTED.set(sample, (known = detectSample(sample)));
  }
  return { ...known, close: [...known.close] };
}

/**
 * franc's verdict per sample, remembered: the same system prompt or template behind many calls, and every call of
 * a document re-priced on an edit, are read once (franc was ~8 % of a call-dense scan). Bounded: cleared when full.
 */
const DETECTED = new Map<string, DetectedLanguage>();
const DETECTED_MAX = 4096;

function detectSample(sample: string): DetectedLanguage {
  const ranked = francAll(sample, { minLength: 12 });
  const top = ranked[0]?.[0] ?? 'und';
  const close = ranked.filter(([lang, score]) => score >= CLOSE_CALL && BY_FRANC.has(lang)).map(([lang]) => BY_FRANC.get(lang)!);
  if (MISTAKEN_FOR[top] && !close.includes(MISTAKEN_FOR[top])) close.push(MISTAKEN_FOR[top]);
  const code = BY_FRANC.get(top) ?? null;
  return { franc: top, code, covered: code !== null, close };
}

/**
 * Letters of an uncovered sibling language folded to a covered one's (Ukrainian і ї є ґ → Russian и и е г), for the
 * hard-task check only: a Ukrainian prompt ("Найімовірніший діагноз?") then meets the Russian phrases it shares roots
 * with. Russian text holds none of these letters, so it reads the same; the prompt's language stays uncovered.
 */
const SIBLING_LETTERS: Readonly<Record<string, string>> = { і: 'и', І: 'И', ї: 'и', Ї: 'И', є: 'е', Є: 'Е', ґ: 'г', Ґ: 'Г' };
export function foldSiblingLetters(text: string): string {
  return /[іїєґІЇЄҐ]/.test(text) ? text.replace(/[іїєґІЇЄҐ]/g, c => SIBLING_LETTERS[c]) : text;
}
