// A cheap first pass before a phrase table's combined expression (see anyPhrase in ./index): the literal text every
// match of a phrase must contain, read from the phrase's expression source, found with one pass over the prompt.
// A prompt that holds none of a table's literals cannot match the table, so the expression (hundreds of
// alternatives tried at every position of the prompt: the largest single cost of a call-dense scan) is skipped. The
// pass only ever says "maybe" or "certainly not": whenever it cannot prove a literal, the expression runs.

/**
 * A string as the `i` + `u` flags compare it: each character replaced by its simple case folding. toLowerCase agrees
 * with that folding except for the characters below (and İ, which it lengthens: harmless, the pass only gets more
 * permissive). `test/unit/phrase-literals.test.mjs` checks every code point against the table literals.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return FOLD_EXCEPTIONS.test(lower) ? lower.replace(FOLD_EXCEPTIONS_ALL, c => FOLDED[c]) : lower;
}
const FOLDED: Record<string, string> = {
  'ſ': 's', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε', 'ẛ': 'ṡ', 'µ': 'μ', 'ι': 'ι',
  'ᲀ': 'в', 'ᲁ': 'д', 'ᲂ': 'о', 'ᲃ': 'с', 'ᲄ': 'т', 'ᲅ': 'т', 'ᲆ': 'ъ', 'ᲇ': 'ѣ', 'ᲈ': 'ꙋ',
};
const FOLD_EXCEPTIONS = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'u');
const FOLD_EXCEPTIONS_ALL = new RegExp(FOLD_EXCEPTIONS.source, 'gu');

/** A literal every match contains; `start` / `end`: it is the match's first / last text (a word edge applies there). */
export interface Literal { text: string; start: boolean; end: boolean }

type Node =
  | { kind: 'char'; c: string }
  | { kind: 'alt'; branches: Item[][] }
  | { kind: 'other' }; // a class, an escape class, a dot: one character, unknown
interface Item { node: Node; min: number; max: number; /** exact()'s answer, once computed. */ exact?: string[] | null }

class Unsupported extends Error {}

/** Parses the subset of expression syntax the phrase tables use; anything else throws Unsupported. */
function parse(source: string): Item[][] {
  let i = 0;
  const alternatives = (): Item[][] => {
    const out: Item[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') { i++; out.push([]); continue; }
      const item = atom();
      if (item) out[out.length - 1].push(item);
    }
    return out;
  };
  const quantifier = (): [number, number] => {
    const c = source[i];
    let q: [number, number] = [1, 1];
    if (c === '?') { q = [0, 1]; i++; }
    else if (c === '*') { q = [0, Infinity]; i++; }
    else if (c === '+') { q = [1, Infinity]; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 12));
      if (!m) throw new Unsupported('brace');
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      i += m[0].length;
    } else return q;
    if (source[i] === '?') i++; // lazy
    return q;
  };
  const atom = (): Item | null => {
    const c = source[i];
    let node: Node | null;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i) || source.startsWith('?<=', i) || source.startsWith('?<!', i)) { zeroWidth = true; i += source[i + 1] === '<' ? 3 : 2; }
      else if (source.startsWith('?<', i)) { const end = source.indexOf('>', i); if (end < 0) throw new Unsupported('group'); i = end + 1; }
      else if (source[i] === '?') throw new Unsupported('group');
      const branches = alternatives();
      if (source[i] !== ')') throw new Unsupported('unclosed');
      i++;
      node = zeroWidth ? null : { kind: 'alt', branches };
    } else if (c === '[') {
      i++;
      if (source[i] === ']') throw new Unsupported('class');
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (source[i] !== ']') throw new Unsupported('class');
      i++;
      node = { kind: 'other' };
    } else if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) throw new Unsupported('escape');
      if (e === 'b' || e === 'B') { i += 2; node = null; }
      else if ('dDsSwW'.includes(e)) { i += 2; node = { kind: 'other' }; }
      else if (e === 'p' || e === 'P') {
        const end = source.indexOf('}', i);
        if (source[i + 2] !== '{' || end < 0) throw new Unsupported('property');
        i = end + 1;
        node = { kind: 'other' };
      } else if (e === 'u') {
        const m = /^\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]+)\})/.exec(source.slice(i, i + 12));
        if (!m) throw new Unsupported('unicode escape');
        i += m[0].length;
        node = { kind: 'char', c: String.fromCodePoint(parseInt(m[1] ?? m[2], 16)) };
      } else if (e === 'n' || e === 't' || e === 'r') { i += 2; node = { kind: 'char', c: e === 'n' ? '\n' : e === 't' ? '\t' : '\r' }; }
      else if (/[\\^$.*+?()[\]{}|/\-'"`,:;!#%&=<>~@ ]/.test(e)) { i += 2; node = { kind: 'char', c: e }; }
      else throw new Unsupported(`escape \\${e}`);
    } else if (c === '^' || c === '$') { i++; node = null; }
    else if (c === '.') { i++; node = { kind: 'other' }; }
    else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unsupported(`stray ${c}`);
    else {
      const cp = source.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      node = { kind: 'char', c: ch };
    }
    const [min, max] = quantifier();
    if (node === null) return null; // zero width: matches no text (a quantified one is still zero width)
    return { node, min, max };
  };
  const out = alternatives();
  if (i !== source.length) throw new Unsupported('unbalanced');
  return out;
}

/** Shortest literal of a set: how selective the set is (a set is as weak as its shortest member). */
const strength = (set: Literal[]) => Math.min(...set.map(l => l.text.length));

/** Above this many strings a product of alternatives is not spelled out (the items stay separate requirements). */
const MAX_EXACT = 24;
/** A literal this long is selective enough: reading further requirements of the same sequence is not worth its cost. */
const LONG_ENOUGH = 6;

/** Every text `item` can match, folded, when they are few and fixed (a character, a group of fixed words), else null. */
function exact(item: Item): string[] | null {
  if (item.exact === undefined) item.exact = exactOnce(item);
  return item.exact;
}
function exactOnce(item: Item): string[] | null {
  if (item.min !== item.max || item.min > 8) return null;
  let one: string[] | null;
  if (item.node.kind === 'char') one = [fold(item.node.c)];
  else if (item.node.kind === 'alt') {
    one = [];
    for (const b of item.node.branches) {
      const e = exactSeq(b);
      if (!e || one.length + e.length > MAX_EXACT) return null;
      one.push(...e);
    }
  } else return null;
  let out: string[] | null = [''];
  for (let r = 0; r < item.min && out; r++) out = product(out, one);
  return out;
}
function exactSeq(seq: Item[]): string[] | null {
  let out: string[] | null = [''];
  for (const item of seq) {
    const e = exact(item);
    out = e && product(out, e);
    if (!out) return null;
  }
  return out;
}
/** Every a + b, or null when there would be more than MAX_EXACT. */
function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

/**
 * Literals one of which every match of `seq` holds, or null. Runs of items with few fixed texts (characters,
 * groups of fixed words) are spelled out as every text the run can match ("bugs? in (?:the|this) code" gives
 * "bug" and " in the code" / " in this code"); the most selective requirement is kept. `atStart` / `atEnd`:
 * seq is the whole match's start / end.
 */
function required(seq: Item[], atStart: boolean, atEnd: boolean): Literal[] | null {
  const options: Literal[][] = [];
  let block: string[] | null = null;
  let blockStart = -1;
  const close = (endIndex: number) => {
    if (block && !block.includes('')) { // an empty text in the block: no literal of it is certain
      const start = atStart && blockStart === 0;
      const end = atEnd && endIndex === seq.length;
      options.push(block.map(text => ({ text, start, end })));
    }
    block = null;
  };
  for (let k = 0; k < seq.length; k++) {
    const item = seq[k];
    const e = item.min >= 1 ? exact(item) : null;
    if (e) {
      const next: string[] | null = block ? product(block, e) : e;
      if (next) {
        if (!block) blockStart = k;
        block = next;
        if (item.node.kind === 'alt' && Math.min(...next.map(t => t.length)) >= LONG_ENOUGH) { close(k + 1); break; }
        continue;
      }
      close(k);
      blockStart = k;
      block = e;
      continue;
    }
    close(k);
    if (options.length && strength(options[options.length - 1]) >= LONG_ENOUGH) break;
    const { node, min, max } = item;
    if (min < 1) continue;
    if (node.kind === 'char') { // a repeated character (x+, x{2,}): its first repetitions
      options.push([{ text: fold(node.c).repeat(min), start: atStart && k === 0, end: false }]);
    } else if (node.kind === 'alt') {
      const once = min === 1 && max === 1; // a repeated group's literals are not at both of the match's edges
      const sets = node.branches.map(b => required(b, atStart && k === 0 && once, atEnd && k === seq.length - 1 && once));
      if (sets.every(x => x !== null)) options.push((sets as Literal[][]).flat());
    }
  }
  close(seq.length);
  if (options.length === 0) return null;
  // The most selective option: the longest shortest literal, then the fewest literals.
  return options.reduce((best, o) => (strength(o) > strength(best) || (strength(o) === strength(best) && o.length < best.length) ? o : best));
}

/** Literals one of which every match of `source` contains (folded as the `iu` flags compare), or null if unknown. */
export function literalsOf(source: string): Literal[] | null {
  let tree: Item[][];
  try { tree = parse(source); } catch (e) { if (e instanceof Unsupported) return null; throw e; }
  const sets = tree.map(b => required(b, true, true));
  if (sets.some(s => s === null)) return null;
  return (sets as Literal[][]).flat();
}

/** Word characters of the phrase edges that are certainly letters, digits or _ once folded: a-z, 0-9, _. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/** A literal of one phrase; `before` / `after`: the phrase has a word boundary there (its lexicon's boundaries). */
export interface EdgedLiteral extends Literal { before: boolean; after: boolean }
interface Entry extends EdgedLiteral { id: number }

/**
 * The literals of many phrases, found in one pass over a folded text: which phrases MAY match it. Indexed by their
 * first three folded characters (shorter ones by what they have). A literal with an edge (`start` / `end`, where its
 * phrase has a word boundary) counts only where the neighbouring character is not plainly a word character (a-z,
 * 0-9, _ after folding: characters certainly inside the boundary's letter class), so "irs" is not found in "first".
 */
export class LiteralIndex {
  private readonly byKey = [new Map<number, Entry[]>(), new Map<number, Entry[]>(), new Map<number, Entry[]>()];
  /** Per first character: bit 1, 2, 4 = some literal of length 1, 2, ≥ 3 starts with it. */
  private readonly firsts = new Uint8Array(65536);
  private size = 0;

  /** Adds one phrase's literals; returns the phrase's id in hits(). */
  add(literals: readonly EdgedLiteral[]): number {
    const id = this.size++;
    for (const l of literals) {
      const len = Math.min(l.text.length, 3);
      const key = keyAt(l.text, 0, len);
      this.firsts[l.text.charCodeAt(0)] |= 1 << (len - 1);
      const map = this.byKey[len - 1];
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push({ ...l, id });
    }
    return id;
  }

  /** hits[id] = 1 where the phrase with that id may match `folded` (a text passed through fold()). */
  hits(folded: string): Uint8Array {
    const hits = new Uint8Array(this.size);
    const n = folded.length;
    for (let i = 0; i < n; i++) {
      const bits = this.firsts[folded.charCodeAt(i)];
      if (bits === 0) continue;
      for (let len = 1; len <= 3; len++) {
        if (!(bits & (1 << (len - 1))) || i + len > n) continue;
        const list = this.byKey[len - 1].get(keyAt(folded, i, len));
        if (!list) continue;
        for (const l of list) if (!hits[l.id] && (len < 3 || folded.startsWith(l.text, i)) && fits(folded, i, l)) hits[l.id] = 1;
      }
    }
    return hits;
  }
}

/** The first `len` (1–3) UTF-16 units of `text` at `i` as one number. */
function keyAt(text: string, i: number, len: number): number {
  let key = 0;
  for (let k = 0; k < len; k++) key = key * 65536 + text.charCodeAt(i + k);
  return key;
}

function fits(folded: string, i: number, l: EdgedLiteral): boolean {
  if (l.start && l.before && i > 0 && isWordCode(folded.charCodeAt(i - 1))) return false;
  const j = i + l.text.length;
  return !(l.end && l.after && j < folded.length && isWordCode(folded.charCodeAt(j)));
}
