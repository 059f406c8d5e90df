// Which writing system a piece of prompt text is in, so that a vendor whose tokenizer is not shipped can be counted
// from the OpenAI encodings with the weights measured for that vendor AND that script (one ratio per vendor is fine on
// English and 12–33 % off elsewhere; see pricing/tokenizer-measurements.json, made by `npm run measure:tokens`).
// Text is cut into runs of one script (spaces, punctuation and digits stay with the run they are in); a part that
// looks like code or JSON is code, except for runs of a non-Latin script inside it. A run is then told apart more
// finely where vocabularies differ most: Chinese, Japanese (kana) and Korean (Hangul) among CJK, Vietnamese and
// Turkish spelling among Latin, Ukrainian among Cyrillic (each by letters only that language writes).

export const SCRIPTS = ['latin-en', 'latin', 'latin-vi', 'latin-tr', 'cyrillic', 'cyrillic-uk', 'han', 'japanese', 'hangul', 'arabic', 'devanagari', 'code'] as const;
export type Script = typeof SCRIPTS[number];
/** The broader script a finer one falls back to in a ratio table that does not name it. */
export const PARENT_SCRIPT: Partial<Record<Script, 'latin' | 'cyrillic' | 'cjk'>> = {
  'latin-vi': 'latin', 'latin-tr': 'latin', 'cyrillic-uk': 'cyrillic', han: 'cjk', japanese: 'cjk', hangul: 'cjk',
};
/** Keys a ratio table may use: the scripts, and 'cjk' for all three CJK scripts. */
export type ScriptKey = Script | 'cjk';

export interface ScriptRun {
  script: Script;
  text: string;
}

type Letter = 'latin' | 'cyrillic' | 'cjk' | 'arabic' | 'devanagari' | 'other';

function letterScript(cp: number): Letter | null {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0x20000 && cp <= 0x2fa1f) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) return 'cjk';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) return 'arabic';
  if (cp >= 0x900 && cp <= 0x97f) return 'devanagari';
  if (/\p{L}/u.test(String.fromCodePoint(cp))) return 'other';
  return null; // space, punctuation, digit, symbol: joins the run it is in
}

const CODE_CHARS = /[{}[\]();=<>|&$\\`]/g;
const CODE_LINE = /(;|\{|\}|\):?|=>)\s*$|^\s*(def|class|import|from|return|const|let|var|function|if|for|while|#include|SELECT|UPDATE|INSERT)\b/m;

/** A part written as code, JSON, SQL or markup rather than prose. */
export function looksLikeCode(text: string): boolean {
  const visible = text.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  if (/^[{[]/.test(visible) && /[}\]]$/.test(visible)) return true;
  const symbols = (text.match(CODE_CHARS) ?? []).length / visible.length;
  return symbols >= 0.06 || (symbols >= 0.02 && CODE_LINE.test(text));
}

// Frequent English function words; a Latin run where they make up a fifth of the words is English.
const ENGLISH = new Set(('the a an and or of to in is are was be for on with that this it as at by from you your if not do does what which '
  + 'will can should only return write give me my we our they their them its into than then there these those all any each about '
  + 'how who when where why please using use list below following text answer').split(' '));

/** Letters of `re` make up at least 1 % of the letters of `text`, and there are at least two of them. */
function marked(text: string, re: RegExp): boolean {
  const n = (text.match(re) ?? []).length;
  return n >= 2 && n >= 0.01 * (text.match(/\p{L}/gu) ?? []).length;
}
const VIETNAMESE = /[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111]/g; // tone-marked vowels, ơ ư đ
const TURKISH = /[\u0131\u0130\u015f\u015e\u011f\u011e]/g; // ı İ ş ğ
const UKRAINIAN = /[\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490]/g; // і ї є ґ
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
const KANA = /[\u3040-\u30ff]/;

function latinKind(text: string): 'latin-en' | 'latin' | 'latin-vi' | 'latin-tr' {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'latin-en';
  if (marked(text, VIETNAMESE)) return 'latin-vi';
  if (marked(text, TURKISH)) return 'latin-tr';
  const accented = (text.match(/[\u00c0-\u024f\u1e00-\u1eff]/g) ?? []).length / Math.max(1, text.replace(/\s+/g, '').length);
  const english = words.filter(w => ENGLISH.has(w)).length / words.length;
  return english >= 0.2 && accented < 0.02 ? 'latin-en' : 'latin';
}

/** `text` cut into runs of one script, in order; the runs' texts joined give `text` back. */
export function scriptRuns(text: string, role?: string): ScriptRun[] {
  const code = role === 'tools' || role === 'schema' || looksLikeCode(text);
  const raw: Array<{ letter: Letter | null; text: string }> = [];
  let current: { letter: Letter | null; text: string } | null = null;
  for (const ch of text) {
    const letter = letterScript(ch.codePointAt(0)!);
    const kind = letter === 'other' ? 'latin' : letter; // letters of other scripts: counted as Latin text
    if (!current) current = { letter: kind, text: ch };
    else if (kind === null || kind === current.letter || current.letter === null) {
      if (current.letter === null) current.letter = kind;
      current.text += ch;
    } else {
      raw.push(current);
      current = { letter: kind, text: ch };
    }
  }
  if (current) raw.push(current);
  const runs: ScriptRun[] = [];
  for (const r of raw) {
    const script: Script = r.letter === null || r.letter === 'latin' || r.letter === 'other'
      ? (code ? 'code' : latinKind(r.text))
      : r.letter === 'cjk' ? (HANGUL.test(r.text) ? 'hangul' : KANA.test(r.text) ? 'japanese' : 'han')
        : r.letter === 'cyrillic' && marked(r.text, UKRAINIAN) ? 'cyrillic-uk'
          : r.letter;
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.text += r.text;
    else runs.push({ script, text: r.text });
  }
  return runs;
}

/** Digits in `text`, and the tokens OpenAI's encodings give them (runs of up to 3 digits make one token). */
export function digitStats(text: string): { digits: number; o200kDigitTokens: number } {
  let digits = 0;
  let tokens = 0;
  for (const m of text.matchAll(/\p{N}+/gu)) {
    const n = [...m[0]].length;
    digits += n;
    tokens += Math.ceil(n / 3);
  }
  return { digits, o200kDigitTokens: tokens };
}

/** What a run is measured by: its counts in the OpenAI encodings (digit tokens taken out where digits go apart),
 * characters (letters, spaces, symbols, letters outside ASCII), words, letters past the sixth of a word (long words
 * split more in a smaller vocabulary), and 1 per run (a run's edges cost a piece). */
export const FEATURES = ['o200k', 'cl100k', 'letters', 'spaces', 'symbols', 'nonAscii', 'han', 'words', 'longLetters', 'run'] as const;
export type Feature = typeof FEATURES[number];
export type Weights = Partial<Record<Feature, number>>;
/** How a text's count is taken in one OpenAI encoding. */
export type Counter = (text: string, encoding: 'o200k_base' | 'cl100k_base') => number;

const LONG_WORD = 6;

/** The features of one run of text (see FEATURES); `digitsApart` takes the encodings' digit tokens out. */
export function runFeatures(text: string, count: Counter, digitsApart: boolean, need: Weights = { o200k: 1, cl100k: 1 }): Record<Feature, number> {
  const d = digitsApart ? digitStats(text).o200kDigitTokens : 0; // both encodings group digits by 3
  let words = 0;
  let longLetters = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    words++;
    longLetters += Math.max(0, [...m[0]].length - LONG_WORD);
  }
  return {
    o200k: need.o200k ? Math.max(0, count(text, 'o200k_base') - d) : 0,
    cl100k: need.cl100k ? Math.max(0, count(text, 'cl100k_base') - d) : 0,
    letters: (text.match(/\p{L}|\p{M}/gu) ?? []).length,
    spaces: (text.match(/\s/g) ?? []).length,
    symbols: (text.match(/[^\p{L}\p{M}\p{N}\s_]/gu) ?? []).length,
    nonAscii: (text.match(/[^\x00-\x7f]/gu) ?? []).length,
    han: (text.match(/\p{Script=Han}/gu) ?? []).length,
    words,
    longLetters,
    run: 1,
  };
}

/** How a vendor's tokenizer is approximated: per script, a ratio on o200k_base's count or measured weights. */
export interface ScriptRatios {
  /** Ratio on o200k_base per script; a finer script left out uses its parent's (PARENT_SCRIPT), else `ratio`. */
  scripts?: Partial<Record<ScriptKey, number>>;
  /** Measured per script: tokens ≈ Σ weight × feature (see FEATURES); a script named here ignores `scripts`. */
  weights?: Partial<Record<ScriptKey, Weights>>;
  /** Default ratio. */
  ratio: number;
  /** The tokenizer gives every digit its own token (OpenAI's encodings group up to 3). */
  digitsApart?: boolean;
}

function lookup<T>(table: Partial<Record<ScriptKey, T>> | undefined, script: Script): T | undefined {
  const parent = PARENT_SCRIPT[script];
  return table?.[script] ?? (parent ? table?.[parent] : undefined);
}

/** Tokens of `text` for a tokenizer described by `ratios`; `count` gives a string's count in an OpenAI encoding. */
export function calibratedCount(text: string, ratios: ScriptRatios, counter: Counter, role?: string): number {
  if (text.length === 0) return 0;
  let total = 0;
  for (const run of scriptRuns(text, role)) {
    const digits = ratios.digitsApart ? digitStats(run.text).digits : 0;
    const weights = lookup(ratios.weights, run.script);
    if (weights) {
      const f = runFeatures(run.text, counter, ratios.digitsApart === true, weights);
      let sum = 0;
      for (const k of FEATURES) sum += (weights[k] ?? 0) * f[k];
      total += sum + digits;
      continue;
    }
    const r = lookup(ratios.scripts, run.script) ?? ratios.ratio;
    const base = counter(run.text, 'o200k_base');
    total += ratios.digitsApart ? Math.max(0, base - digitStats(run.text).o200kDigitTokens) * r + digits : base * r;
  }
  return total;
}
