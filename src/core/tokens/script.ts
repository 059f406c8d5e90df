// Which writing system a piece of prompt text is in, so that a vendor whose tokenizer is not shipped can be counted
// with the OpenAI encoding × the ratio measured for that vendor AND that script (one ratio per vendor is fine on English
// and 12–33 % off elsewhere; see pricing/tokenizer-measurements.json, made by `npm run measure:tokens`).
// Text is cut into runs of one script (spaces, punctuation and digits stay with the run they are in); a part that
// looks like code or JSON is code, except for runs of a non-Latin script inside it.

export const SCRIPTS = ['latin-en', 'latin', 'cyrillic', 'cjk', 'arabic', 'devanagari', 'code'] as const;
export type Script = typeof SCRIPTS[number];

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

function latinKind(text: string): 'latin-en' | 'latin' {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'latin-en';
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

/** How a vendor's tokenizer is approximated: ratios per script on an OpenAI encoding's count. */
export interface ScriptRatios {
  /** Ratio per script; a script left out uses `ratio`. */
  scripts?: Partial<Record<Script, number>>;
  /** Default ratio. */
  ratio: number;
  /** The tokenizer gives every digit its own token (OpenAI's encodings group up to 3). */
  digitsApart?: boolean;
}

/** Tokens of `text` for a tokenizer described by `ratios`, from `count` (the OpenAI encoding's count of a string). */
export function calibratedCount(text: string, ratios: ScriptRatios, count: (s: string) => number, role?: string): number {
  if (text.length === 0) return 0;
  let total = 0;
  for (const run of scriptRuns(text, role)) {
    const r = ratios.scripts?.[run.script] ?? ratios.ratio;
    const base = count(run.text);
    if (ratios.digitsApart) {
      const d = digitStats(run.text);
      total += Math.max(0, base - d.o200kDigitTokens) * r + d.digits;
    } else {
      total += base * r;
    }
  }
  return total;
}
