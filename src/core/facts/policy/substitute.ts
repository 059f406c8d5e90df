// Prompts assembled by substitution: `PROMPT.replace("{x}", v)`, `.replaceAll(/\{\{name\}\}/g, n)`, chains of them
// (TS), `PROMPT.replace("{x}", v)`, `re.sub(r"\{x\}", v, PROMPT)`, `PATTERN.sub(v, PROMPT)` and chains (Python).
// One rule for both languages:
// - the static text of the base is counted, minus the text each match removes;
// - a static replacement is inserted as text; any other replacement is one placeholder per occurrence it fills
//   (each occurrence is sent, so each is counted);
// - a pattern that is not static leaves the text as it is and adds one placeholder for the value;
// - a pattern that does not occur changes nothing (the value is never sent).

/** Static text and the dynamic pieces of a value (placeholders are source text, e.g. `${doc}` or `{doc}`). */
export interface Piece { text: string; placeholders: string[] }

/** A static search pattern: a literal string, or a regular expression (JS literal, flags included). */
export type Pattern = { literal: string } | { regex: RegExp };

export interface Replacement {
  /** The replacement's value when static (inserted as text), else null. */
  text: string | null;
  /** Its source text, the placeholder for each occurrence when it is not static. */
  source: string;
}

/** How many occurrences a call replaces: JS `replace` one (a `/g` regex: all), `replaceAll` all; Python all, or `count` (0: all). */
export interface Reach { all: boolean; limit?: number }

export function substitute(base: Piece, pattern: Pattern | null, value: Replacement, reach: Reach): Piece {
  const placeholders = [...base.placeholders];
  if (pattern === null) return { text: base.text, placeholders: [...placeholders, value.source] };
  const max = reach.limit ?? (reach.all || ('regex' in pattern && pattern.regex.global) ? Infinity : 1);
  let text = '';
  let from = 0;
  let done = 0;
  for (const m of matches(base.text, pattern)) {
    if (done >= max) break;
    text += base.text.slice(from, m.start) + (value.text ?? '');
    if (value.text === null) placeholders.push(value.source);
    from = m.end;
    done++;
  }
  return { text: text + base.text.slice(from), placeholders };
}

function* matches(text: string, pattern: Pattern): Generator<{ start: number; end: number }> {
  if ('literal' in pattern) {
    if (!pattern.literal) return;
    for (let i = text.indexOf(pattern.literal); i >= 0; i = text.indexOf(pattern.literal, i + pattern.literal.length)) {
      yield { start: i, end: i + pattern.literal.length };
    }
    return;
  }
  const re = new RegExp(pattern.regex.source, pattern.regex.flags.includes('g') ? pattern.regex.flags : pattern.regex.flags + 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    yield { start: m.index, end: m.index + m[0].length };
  }
}

/** A JS regular-expression literal's text (`/\{name\}/gi`) as a RegExp, or null when it does not compile here. */
export function regexFromLiteral(literal: string): RegExp | null {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(literal);
  if (!m) return null;
  try { return new RegExp(m[1]!, m[2]!); } catch { return null; }
}

/** Python `re` flags as JS RegExp flags (`re.I` / `re.IGNORECASE`, `re.M`, `re.S`; others change nothing here). */
const PY_FLAGS: Record<string, string> = { I: 'i', IGNORECASE: 'i', M: 'm', MULTILINE: 'm', S: 's', DOTALL: 's' };

/**
 * A Python regular expression (`re.sub(r"\{name\}", …)`, `re.compile(…)`) as a RegExp, or null when it uses syntax
 * JS reads differently (then the value is one placeholder, the text unchanged). `flags`: the names written
 * (`re.IGNORECASE | re.M` → ['IGNORECASE', 'M']), and inline `(?i)` at the start.
 */
export function regexFromPython(source: string, flags: readonly string[] = []): RegExp | null {
  let f = flags.map(x => PY_FLAGS[x] ?? '').join('');
  let src = source;
  const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
  if (inline) { f += inline[1]!.split('').map(c => (c === 'i' || c === 'm' || c === 's' ? c : '')).join(''); src = src.slice(inline[0].length); }
  // Python-only syntax that JS would misread: conditionals, possessive/atomic groups, \Z, inline flags elsewhere.
  if (/\(\?\(|\(\?>|\\Z|\(\?[aiLmsux-]+[:)]|[*+?}]\+/.test(src)) return null;
  src = src.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>').replace(/\\A/g, '^');
  try { return new RegExp(src, [...new Set(f)].join('')); } catch { return null; }
}
