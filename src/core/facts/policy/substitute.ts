// Prompts assembled by substitution: `PROMPT.replace("{x}", v)`, `.replaceAll(/\{\{name\}\}/g, n)`, chains of them
// (TS), `PROMPT.replace("{x}", v)`, `re.sub(r"\{x\}", v, PROMPT)`, `PATTERN.sub(v, PROMPT)` and chains (Python).
// One rule for both languages:
// - the static text of the base is counted, minus the text each match removes;
// - a static replacement is inserted as text, its back-references (`$1`, `$<name>`, `$&` in JS; `\1`, `\g<name>` in
//   Python's re.sub) expanded to the text each match captured; any other replacement is one placeholder per
//   occurrence it fills (each occurrence is sent, so each is counted);
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
  /** The back-reference syntax the replacement is read with: JS `String.replace`'s, Python `re.sub`'s; none for str.replace. */
  refs?: 'js' | 'python';
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
    const inserted = value.text === null ? null : expand(value.text, value.refs, m, base.text);
    text += base.text.slice(from, m.start) + (inserted ?? '');
    if (inserted === null) placeholders.push(value.source);
    from = m.end;
    done++;
  }
  return { text: text + base.text.slice(from), placeholders };
}

interface Match { start: number; end: number; groups: Array<string | undefined>; named?: Record<string, string | undefined> }

function* matches(text: string, pattern: Pattern): Generator<Match> {
  if ('literal' in pattern) {
    if (!pattern.literal) return;
    for (let i = text.indexOf(pattern.literal); i >= 0; i = text.indexOf(pattern.literal, i + pattern.literal.length)) {
      yield { start: i, end: i + pattern.literal.length, groups: [] };
    }
    return;
  }
  const re = new RegExp(pattern.regex.source, pattern.regex.flags.includes('g') ? pattern.regex.flags : pattern.regex.flags + 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    yield { start: m.index, end: m.index + m[0].length, groups: m.slice(1), named: m.groups };
  }
}

/** A static replacement for one match, back-references expanded; null when it cannot be read here (then a placeholder). */
function expand(template: string, refs: Replacement['refs'], m: Match, text: string): string | null {
  if (refs === 'js') return expandJs(template, m, text);
  if (refs === 'python') return expandPython(template, m, text);
  return template;
}

/** JS GetSubstitution: `$$`, `$&`, `` $` ``, `$'`, `$n` / `$nn` (a group that exists), `$<name>` (when there are named groups). */
function expandJs(template: string, m: Match, text: string): string {
  const group = (n: number): string | null => (n >= 1 && n <= m.groups.length ? m.groups[n - 1] ?? '' : null);
  return template.replace(/\$([$&`']|\d\d?|<[^>]*>)/g, (all, t: string) => {
    if (t === '$') return '$';
    if (t === '&') return text.slice(m.start, m.end);
    if (t === '`') return text.slice(0, m.start);
    if (t === "'") return text.slice(m.end);
    if (t[0] === '<') return m.named ? m.named[t.slice(1, -1)] ?? '' : all;
    if (t.length === 2 && group(Number(t)) !== null) return group(Number(t))!;
    const one = group(Number(t[0]));
    return one === null ? all : one + t.slice(1);
  });
}

/** Character escapes Python reads in a replacement template. */
const PY_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };

/** Python re.sub's template: `\g<name>`, `\g<n>` (0: the whole match), `\n` (1–2 digits), character escapes; null on
 *  what Python rejects (an unknown group, an unknown letter escape) — then the value is a placeholder. */
function expandPython(template: string, m: Match, text: string): string | null {
  const group = (key: string): string | null => {
    if (!/^\d+$/.test(key)) return m.named && key in m.named ? m.named[key] ?? '' : null;
    const n = Number(key);
    if (n === 0) return text.slice(m.start, m.end);
    return n <= m.groups.length ? m.groups[n - 1] ?? '' : null;
  };
  let out = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== '\\') { out += template[i]; continue; }
    const ref = /^(?:g<([^>]*)>|([1-9]\d?))/.exec(template.slice(i + 1));
    const next = template[i + 1] ?? '';
    let value: string | null;
    if (ref) value = group(ref[1] ?? ref[2]!);
    else if (PY_ESCAPES[next] !== undefined) value = PY_ESCAPES[next]!;
    else if (next === '' || /[A-Za-z0-9]/.test(next)) value = null;
    else value = '\\' + next;
    if (value === null) return null;
    out += value;
    i += ref ? ref[0].length : 1;
  }
  return out;
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
